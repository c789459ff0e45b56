package io.github.osceparser.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command's help and version, which a person reads before anything else. */
class OsceCommandTest {
    @Test
    void printsHelpWithTheParseCommand() {
        CommandRun run = CommandRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: osce", "parse", "--version");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsTheOptionsOfParse() {
        CommandRun run = CommandRun.of("parse", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Usage: osce parse", "PATH...", "--output=FILE", "--format=FORMAT", "--threads=N", "--strict")
                .contains("jsonl", "Exit status:", "2   usage error");
    }

    @Test
    void printsTheVersionOfTheBuild() {
        CommandRun run = CommandRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("(?s)osce \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R.*Java .*");
    }

    @Test
    void asksForACommandWhenGivenNone() {
        CommandRun run = CommandRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required subcommand", "Usage: osce");
    }
}
