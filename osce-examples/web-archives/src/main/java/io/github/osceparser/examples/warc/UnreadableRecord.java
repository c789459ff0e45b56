package io.github.osceparser.examples.warc;

import java.time.Instant;
import java.util.Objects;

/**
 * A record that gave no page because it could not be read: a payload over the size limit, an HTTP
 * message that is not one, or the place where a damaged or truncated archive stops.
 *
 * @param offset where the record starts, as {@link ArchiveEntry#offset()} says
 * @param url the record's target URI; null when unknown
 * @param warcDate the record's capture time; null when unknown
 * @param message what went wrong, for a person
 * @param endsArchive whether the archive cannot be read past this point, so that this is its last entry
 */
public record UnreadableRecord(long offset, String url, Instant warcDate, String message, boolean endsArchive)
        implements ArchiveEntry {
    /** Checks the message is given. */
    public UnreadableRecord {
        Objects.requireNonNull(message, "message");
    }
}
