package io.github.osceparser.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
