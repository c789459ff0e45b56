package io.github.osceparser.examples.cli;

import io.github.osceparser.model.OscePage;

/**
 * How one output record looks. Implementations are stateless and thread-safe: records are made on
 * the parsing threads, and only written in order on the main thread.
 */
interface RecordFormat {
    /** The text before the first record ({@code [} for a JSON array, the header row of CSV). */
    String header();

    /** The text between two records. */
    String separator();

    /** The text after the last record; {@code empty} tells whether there was none. */
    String footer(boolean empty);

    /** The record of a page, named by the file it came from. */
    String page(String file, OscePage page);

    /** The record of a file that gave no page, with why. */
    String error(String file, String message);
}
