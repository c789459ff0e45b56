package io.github.osceparser.examples.warc;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * The records of one WARC or ARC file, compressed or not, each with its offset: the file is read
 * once, front to back, and a record's body must be read (or left) before the next record is asked
 * for. jwarc tells gzip from the bytes, reads gzip members that hold one record each, several, or
 * part of one (as {@code example-wrong-chunks.warc.gz} of warcio's tests has them), and gives the
 * offset of a compressed record's member, as CDX indexes do.
 */
final class WarcRecords implements Closeable {
    private final WarcReader reader;
    private long offset;
    private String warning;

    private WarcRecords(WarcReader reader) {
        this.reader = reader;
        reader.onWarning(message -> warning = message);
    }

    /**
     * Reads a WARC or ARC file from its first byte.
     *
     * @param in the file; closed by {@link #close()}
     * @throws IOException if the file's first bytes cannot be read
     */
    static WarcRecords open(InputStream in) throws IOException {
        return new WarcRecords(new WarcReader(new BufferedInputStream(in, 64 * 1024)));
    }

    /**
     * The next record.
     *
     * @return the record, or empty at the end of the file
     * @throws IOException if the file is damaged or ends inside a record's header; {@link #offset()}
     *     then tells where
     */
    Optional<WarcRecord> next() throws IOException {
        warning = null;
        try {
            return reader.next();
        } finally {
            // jwarc moves its position to the next record's start before it parses the header.
            offset = reader.position();
        }
    }

    /**
     * Where the record last returned starts; after a failure, where the record that could not be
     * read starts.
     */
    long offset() {
        return offset;
    }

    /**
     * What jwarc warned of during the last {@link #next()}, such as a record not followed by its
     * closing blank lines; null if nothing.
     */
    String warning() {
        return warning;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
