package io.github.osceparser.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.DrawingThread;
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
     * summary was written on it. Holding the library's thread makes that order certain here.
     */
    @Test
    void endsTheBarsLineWhenTheRunEndsBeforeTheBarWasFirstDrawn() throws Exception {
        String folder = folderOf(60).toString();
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try (DrawingThread drawing = DrawingThread.hold()) {
            Future<CommandRun> running = runner.submit(() -> CommandRun.withInput(new byte[0], true, "parse", folder));
            drawing.releaseWhenABarCloses(60, TimeUnit.SECONDS);
            CommandRun run = running.get(60, TimeUnit.SECONDS);

            assertThat(run.exitCode()).isZero();
            assertThat(run.err()).contains("Parsing", "60/60", "\r");
            List<String> lines = run.err().lines().toList();
            assertThat(lines.get(lines.size() - 1)).startsWith("osce: 60 pages (60 page), 0 errors");
            assertThat(run.out().lines()).hasSize(60);
        } finally {
            runner.shutdownNow();
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
