package io.github.osceparser.examples.cli;

import io.github.osceparser.examples.common.PageOrigin;
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

    /** The record of a page, named by where it came from. */
    String page(PageOrigin origin, OscePage page);

    /** The record of a file (or an archive's record) that gave no page, with why. */
    String error(PageOrigin origin, String message);
}
