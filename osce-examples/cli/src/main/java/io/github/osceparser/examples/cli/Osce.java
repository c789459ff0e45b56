package io.github.osceparser.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code osce} command, main class of {@code osce.jar}.
 *
 * <pre>
 * java -jar osce.jar parse pages/ &gt; pages.jsonl
 * </pre>
 *
 * <p>Exit status: 0 when every page parsed, 1 when some did not (or the output could not be
 * written), 2 for a usage error such as an unknown option or a path that does not exist.
 */
@Command(
        name = "osce",
        mixinStandardHelpOptions = true,
        versionProvider = OsceVersion.class,
        description = "Turns saved pages of osce.org into typed records: JSON Lines, JSON or CSV.",
        footer = {"", "Run 'osce parse --help' for the options of parse."})
public final class Osce {
    private Osce() {}

    /**
     * Runs the command with the process's standard streams and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(StandardStreams.system(), args));
    }

    /**
     * Runs the command with the given streams, as {@link #main(String[])} does but without exiting:
     * for tests and for programs that embed the command.
     *
     * @param streams where the command reads and writes
     * @param args the command line
     * @return the exit status: 0, 1 or 2
     */
    public static int run(StandardStreams streams, String... args) {
        CommandLine commandLine = new CommandLine(new Osce())
                .addSubcommand("parse", new ParseCommand(streams))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(new OutputStreamWriter(streams.out(), StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(streams.err(), StandardCharsets.UTF_8), true))
                .setExecutionExceptionHandler(Osce::reportFailure);
        return commandLine.execute(args);
    }

    /** A failure the command could not turn into records (the output cannot be written): one line, no stack trace. */
    private static int reportFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        commandLine.getErr().println("osce: " + e.getMessage());
        return CommandLine.ExitCode.SOFTWARE;
    }
}
