package io.github.osceparser.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.parser.fixtures.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user hit (issue 15, points 1, 2, 6, 7 and 8), each as the command now answers it. */
class NewUserFindingsTest {
    @TempDir
    Path temp;

    private Path pages() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("pages"));
        Files.writeString(folder.resolve("a.txt"), Fixtures.load("en/press-release-2016-un-chiefs-of-police"));
        Files.writeString(folder.resolve("b.txt"), Fixtures.load("en/field-of-work-policing"));
        return folder;
    }

    private static CommandRun runWithOutput(OutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Osce.run(
                new StandardStreams(
                        new ByteArrayInputStream(new byte[0]),
                        out,
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        false),
                args);
        return new CommandRun(exit, "", err.toString(StandardCharsets.UTF_8));
    }

    /** A full disk: every write fails, as on {@code > /dev/full}. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    @Test
    void endsTheRunWithStatusOneWhenStandardOutputCannotBeWritten() throws IOException {
        for (String format : new String[] {"jsonl", "json", "csv"}) {
            CommandRun run = runWithOutput(new FullDisk(), "parse", "--format", format, pages().toString());

            assertThat(run.exitCode()).as(format).isEqualTo(1);
            assertThat(run.err())
                    .as(format)
                    .contains("osce: cannot write standard output: No space left on device")
                    .doesNotContain("0 errors");
        }
    }

    @Test
    void seesTheErrorsAPrintStreamKeepsToItself() throws IOException {
        CommandRun run = runWithOutput(new PrintStream(new FullDisk()), "parse", pages().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("osce: cannot write standard output: the stream reported an error");
    }

    @Test
    void followsAFolderGivenThroughASymbolicLink() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("linkdir"), pages());

        CommandRun run = CommandRun.of("parse", link.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.err()).contains("osce: 2 pages (");
    }

    @Test
    void reportsASymbolicLinkLoopInsteadOfWalkingForever() throws IOException {
        Path folder = pages();
        Files.createSymbolicLink(folder.resolve("loop"), folder);

        CommandRun run = CommandRun.of("parse", folder.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(3);
        assertThat(run.out()).contains("{\"file\":\"loop\",\"error\":\"a symbolic link loop: this folder is ");
    }

    @Test
    void offersMaxInputLengthForAPageOverTheLimit() throws IOException {
        Path big = Files.writeString(temp.resolve("big.txt"), "Title\n\n" + "word ".repeat(100));

        CommandRun run = CommandRun.of("parse", "--max-input-length", "100", big.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("--max-input-length").doesNotContain("OsceParser.builder()");
        assertThat(CommandRun.of("parse", "--max-input-length", "1000", big.toString())
                        .exitCode())
                .isZero();
    }

    @Test
    void refusesABinaryFileNamedHtml() throws IOException {
        byte[] elf = new byte[4096];
        new Random(7).nextBytes(elf);
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        Path html = Files.write(temp.resolve("program.html"), elf);
        Path text = Files.write(temp.resolve("program.txt"), elf);

        CommandRun run = CommandRun.of("parse", html.toString(), text.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines())
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("\"error\":\"the input is binary, not a page:"));
    }

    @Test
    void givesAnErrorForAFileNamedOnTheCommandLineThatItDoesNotRead() throws IOException {
        Path notes = Files.writeString(temp.resolve("notes.md"), "# Notes\n");

        CommandRun run = CommandRun.of("parse", notes.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("\"error\":\"not a file osce reads: it reads files ending in .arc, .arc.gz, .htm, .html,");
    }

    @Test
    void saysWhichExtensionsItReadsInTheSkippedFilesNote() throws IOException {
        Path folder = pages();
        Files.writeString(folder.resolve("c.json"), "{}");

        CommandRun run = CommandRun.of("parse", folder.toString());

        assertThat(run.err())
                .contains("osce: skipped 1 file with an extension osce does not read (it reads .arc, .arc.gz, .htm,"
                        + " .html, .txt, .warc, .warc.gz): 1 .json (c.json)");
    }
}
