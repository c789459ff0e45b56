package io.github.osceparser.examples.warc;

import java.time.Instant;

/**
 * What a web archive gave for one record that was not skipped: a page to parse, or a record that
 * could not be read.
 */
public sealed interface ArchiveEntry permits ArchivedPage, UnreadableRecord {
    /**
     * Where the record starts in the archive file: the byte offset of its {@code WARC/1.x} line, or,
     * in a {@code .warc.gz} file, of the gzip member that holds it (the offset that CDX indexes give
     * and that a reader seeks to).
     */
    long offset();

    /** The record's {@code WARC-Target-URI}; null when it could not be read. */
    String url();

    /** The capture time, the record's {@code WARC-Date}; null when it could not be read. */
    Instant warcDate();
}
