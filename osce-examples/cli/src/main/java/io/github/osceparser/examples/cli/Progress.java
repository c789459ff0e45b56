package io.github.osceparser.examples.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows how far a run has got: a progress bar for a person at a terminal, nothing otherwise. */
interface Progress extends AutoCloseable {
    /** Runs of fewer files end before a bar would tell anything. */
    int SMALLEST_RUN_WITH_A_BAR = 50;

    /** One more page written. */
    void step();

    /** Takes the bar off the terminal's current line, before the summary is printed. */
    @Override
    void close();

    /**
     * A bar on {@code err} when a person watches it and the run is long enough; otherwise nothing, so
     * that logs and pipes never receive control characters.
     *
     * @param total how many pages the run will write; -1 when unknown until the end, as with web
     *     archives, in which case the bar counts pages without an end to reach
     */
    static Progress of(StandardStreams streams, int total) {
        if (!streams.errIsTerminal() || (total >= 0 && total <= SMALLEST_RUN_WITH_A_BAR)) {
            return none();
        }
        return bar(streams.err(), total);
    }

    /** No progress display. */
    static Progress none() {
        return new Progress() {
            @Override
            public void step() {}

            @Override
            public void close() {}
        };
    }

    private static Progress bar(PrintStream err, int total) {
        LineEndingConsumer consumer = new LineEndingConsumer(new ConsoleProgressBarConsumer(err));
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("Parsing")
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(consumer)
                .build();
        return new Progress() {
            @Override
            public void step() {
                bar.step();
            }

            @Override
            public void close() {
                bar.close();
                consumer.endLine();
            }
        };
    }

    /**
     * The terminal's consumer, which ends the bar's line once the bar is closed. The library draws
     * the bar on a thread of its own, first as soon as it can and then every second, and when closed
     * draws it a last time and ends the line. But if the run ends before that thread has drawn the
     * bar once (a short run on a busy machine), closing draws the bar without ending its line, and the
     * summary would be written on the bar's line.
     */
    final class LineEndingConsumer implements ProgressBarConsumer {
        private final ProgressBarConsumer terminal;
        private volatile boolean closed;

        LineEndingConsumer(ProgressBarConsumer terminal) {
            this.terminal = terminal;
        }

        @Override
        public int getMaxRenderedLength() {
            return terminal.getMaxRenderedLength();
        }

        @Override
        public void accept(String rendered) {
            terminal.accept(rendered);
        }

        @Override
        public void clear() {
            terminal.clear();
        }

        @Override
        public void close() {
            closed = true;
            terminal.close();
        }

        /**
         * Ends the bar's line if the library did not. Call after {@link ProgressBar#close()}, which
         * returns once the library has drawn the bar for the last time.
         */
        void endLine() {
            if (!closed) {
                close();
            }
        }
    }
}
