package io.github.osceparser.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of the {@code osce} main class in this JVM, as a shell would see it: standard output,
 * standard error and the exit status.
 */
record CommandRun(int exitCode, String out, String err) {
    static CommandRun of(String... args) {
        return withInput(new byte[0], false, args);
    }

    static CommandRun withInput(byte[] stdin, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Osce.run(
                new StandardStreams(
                        new ByteArrayInputStream(stdin),
                        out,
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        terminal),
                args);
        return new CommandRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The run's output and messages, for failure messages. */
    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
    }
}
