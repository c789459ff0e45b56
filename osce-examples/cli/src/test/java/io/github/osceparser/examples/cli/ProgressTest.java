package io.github.osceparser.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBarConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar: for a person at a terminal watching a long run, and for no one else. */
class ProgressTest {
    @TempDir
    Path temp;

    private Path folderOf(int pages) throws IOException {
        Path folder = Files.createDirectory(temp.resolve("pages-" + pages));
        for (int i = 0; i < pages; i++) {
            Files.writeString(
                    folder.resolve(String.format("page-%03d.txt", i)),
                    "Page number " + i + "\n\nA paragraph written for this test, page " + i + ".\n");
        }
        return folder;
    }

    @Test
    void showsABarOnATerminalForALongRun() throws IOException {
        CommandRun run =
                CommandRun.withInput(new byte[0], true, "parse", folderOf(60).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("Parsing", "60/60", "\r");
        assertThat(run.err().lines().toList().get(run.err().lines().toList().size() - 1))
                .startsWith("osce: 60 pages (60 page), 0 errors");
        assertThat(run.out().lines()).hasSize(60);
    }

    /**
     * The library draws a bar on a thread of its own, first as soon as that thread runs. A run that
     * ends before then (a short run on a busy machine) once left the bar's line unended, and the
     * summary was written on it: the consumer ends the line itself when the library did not.
     */
    @Test
    void endsTheBarsLineWhenTheLibraryDidNot() {
        RecordingConsumer terminal = new RecordingConsumer();
        Progress.LineEndingConsumer consumer = new Progress.LineEndingConsumer(terminal);

        consumer.accept("Parsing 60/60");
        consumer.endLine();

        assertThat(terminal.calls).containsExactly("accept Parsing 60/60", "close");
    }

    @Test
    void endsTheBarsLineOnceWhenTheLibraryDid() {
        RecordingConsumer terminal = new RecordingConsumer();
        Progress.LineEndingConsumer consumer = new Progress.LineEndingConsumer(terminal);

        consumer.accept("Parsing 60/60");
        consumer.close();
        consumer.endLine();

        assertThat(terminal.calls).containsExactly("accept Parsing 60/60", "close");
    }

    @Test
    void passesTheLibrarysRequestsOnToTheTerminal() {
        RecordingConsumer terminal = new RecordingConsumer();
        Progress.LineEndingConsumer consumer = new Progress.LineEndingConsumer(terminal);

        consumer.accept("Parsing 1/60");
        consumer.clear();

        assertThat(consumer.getMaxRenderedLength()).isEqualTo(80);
        assertThat(terminal.calls).containsExactly("accept Parsing 1/60", "clear");
    }

    /** A terminal that notes what it was asked to do. */
    private static final class RecordingConsumer implements ProgressBarConsumer {
        final List<String> calls = new ArrayList<>();

        @Override
        public int getMaxRenderedLength() {
            return 80;
        }

        @Override
        public void accept(String rendered) {
            calls.add("accept " + rendered);
        }

        @Override
        public void clear() {
            calls.add("clear");
        }

        @Override
        public void close() {
            calls.add("close");
        }
    }

    @Test
    void showsNoBarWhenStandardErrorIsNotATerminal() throws IOException {
        CommandRun run =
                CommandRun.withInput(new byte[0], false, "parse", folderOf(60).toString());

        assertThat(run.err()).doesNotContain("Parsing").doesNotContain("\r");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void showsNoBarForAShortRun() throws IOException {
        CommandRun run =
                CommandRun.withInput(new byte[0], true, "parse", folderOf(50).toString());

        assertThat(run.err()).doesNotContain("Parsing").doesNotContain("\r");
    }
}
