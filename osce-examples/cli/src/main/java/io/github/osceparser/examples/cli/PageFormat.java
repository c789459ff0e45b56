package io.github.osceparser.examples.cli;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceParser;
import java.io.IOException;

/** One kind of page file the command reads, such as the text rendering of a page or its HTML. */
non-sealed interface PageFormat extends FileFormat {
    /**
     * Parses the bytes of one page file.
     *
     * @param parser the parser to use
     * @param content the file's bytes
     * @return the page
     * @throws IOException if the bytes cannot be decoded
     * @throws io.github.osceparser.parser.OsceParseException if the parser rejects the page
     */
    OscePage parse(OsceParser parser, byte[] content) throws IOException;
}
