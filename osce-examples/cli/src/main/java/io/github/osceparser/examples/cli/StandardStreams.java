package io.github.osceparser.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Where the command reads standard input and writes its output and its messages.
 *
 * @param in read when a path is {@code -}
 * @param out the records, unless {@code --output} names a file; the help and version text
 * @param err notes, errors, the progress bar and the summary
 * @param errIsTerminal whether a person watches {@code err}: only then is there a progress bar
 */
public record StandardStreams(InputStream in, OutputStream out, PrintStream err, boolean errIsTerminal) {
    /** Checks that no stream is null. */
    public StandardStreams {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /**
     * The process's own streams. Standard output is the file descriptor itself, not {@code
     * System.out}: a {@code PrintStream} swallows write errors, and a full disk ({@code > /dev/full})
     * or a closed pipe ({@code | head}) must end the run with a message and status 1.
     */
    public static StandardStreams system() {
        return new StandardStreams(
                System.in, new FileOutputStream(FileDescriptor.out), System.err, Terminals.isInteractive());
    }
}
