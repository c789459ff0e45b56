package io.github.osceparser.examples.spark;

import io.github.osceparser.parser.OsceParser;

/**
 * The one parser of an executor JVM, shared by all its task threads: a parser is immutable and
 * thread-safe, and building one per task or per page would cost for nothing. The holder class is
 * loaded, and the parser built, the first time a task asks for it.
 */
final class SharedParser {
    private static final OsceParser PARSER = OsceParser.create();

    private SharedParser() {}

    static OsceParser get() {
        return PARSER;
    }
}
