package io.github.osceparser.examples.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Whether standard error goes to a terminal, so that a progress bar there is seen rather than logged. */
final class Terminals {
    private static final Path STANDARD_ERROR_LINK = Path.of("/proc/self/fd/2");

    private Terminals() {}

    /**
     * True when standard error is a terminal. Java cannot ask that of one stream, and {@link
     * System#console()} answers for standard input and output, which is wrong for the usual {@code
     * osce parse pages > pages.jsonl}. Linux tells where the stream goes, so ask there first.
     */
    static boolean isInteractive() {
        return standardErrorDevice().map(Terminals::isTerminalDevice).orElseGet(Terminals::hasConsole);
    }

    /** The device or file standard error goes to, on systems with {@code /proc}. */
    private static Optional<String> standardErrorDevice() {
        try {
            return Optional.of(Files.readSymbolicLink(STANDARD_ERROR_LINK).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    static boolean isTerminalDevice(String device) {
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
    }

    /**
     * Elsewhere, whether the JVM has a console that is a terminal. Before JDK 22 {@link
     * System#console()} is null whenever standard input or output is redirected; from JDK 22 on it
     * may return a console anyway, and {@code Console.isTerminal()} (looked up by reflection, as we
     * compile for Java 17) tells.
     */
    private static boolean hasConsole() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
