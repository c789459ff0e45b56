package io.github.osceparser.examples.cli;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceParser;
import java.io.IOException;
import java.util.Objects;

/**
 * An input the command refuses before reading it, with the reason its error record gives: a file
 * named on the command line whose extension the command does not read, or a folder a symbolic link
 * leads back into while it is being walked.
 *
 * @param reason what the error record says
 */
record RefusedInput(String reason) implements PageFormat {
    /** Checks the reason is given. */
    RefusedInput {
        Objects.requireNonNull(reason, "reason");
    }

    /** Never called with content: {@link PageTask} gives the error record without reading the input. */
    @Override
    public OscePage parse(OsceParser parser, byte[] content) throws IOException {
        throw new IOException(reason);
    }
}
