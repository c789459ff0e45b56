package io.github.osceparser.examples.cli;

import io.github.osceparser.model.PageType;

/**
 * What became of one page: its record, already in the output format, and what the summary counts.
 *
 * @param record the record as the output format writes it
 * @param type the page's type; null when the page could not be parsed
 * @param damaged whether the page was recovered from a damaged archive record, whose error record
 *     follows the page's in {@code record}
 */
record Outcome(String record, PageType type, boolean damaged) {
    /** Whether the page gave an error record. */
    boolean failed() {
        return type == null;
    }
}
