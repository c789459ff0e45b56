package io.github.osceparser.examples.warc;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * The records of one WARC file, compressed or not, each with its offset: the file is read once,
 * front to back, and a record's body must be read (or left) before the next record is asked for.
 */
final class WarcRecords implements Closeable {
    private final InputStream in;
    private final GzipMembers members;
    private WarcReader reader;
    private long offset;
    private String warning;

    private WarcRecords(InputStream in, GzipMembers members) {
        this.in = in;
        this.members = members;
    }

    /**
     * Reads a WARC file from its first byte; gzip compression is told from the bytes, not the name.
     *
     * @param in the file; closed by {@link #close()}
     * @throws IOException if the file's first bytes cannot be read
     */
    static WarcRecords open(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        buffered.mark(2);
        boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
        buffered.reset();
        return gzip ? new WarcRecords(buffered, new GzipMembers(buffered)) : new WarcRecords(buffered, null);
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
        return members == null ? nextUncompressed() : nextCompressed();
    }

    private Optional<WarcRecord> nextUncompressed() throws IOException {
        if (reader == null) {
            reader = newReader(in);
        }
        try {
            return reader.next();
        } finally {
            // jwarc moves its position to the next record's start before it parses the header.
            offset = reader.position();
        }
    }

    /** One gzip member per record, as the WARC standard recommends; a member may hold more than one. */
    private Optional<WarcRecord> nextCompressed() throws IOException {
        while (true) {
            if (reader != null) {
                Optional<WarcRecord> record = reader.next();
                if (record.isPresent()) {
                    return record;
                }
            }
            InputStream member = members.next();
            offset = members.memberStart();
            if (member == null) {
                return Optional.empty();
            }
            reader = newReader(member);
        }
    }

    private WarcReader newReader(InputStream input) throws IOException {
        WarcReader newReader = new WarcReader(input);
        newReader.onWarning(message -> warning = message);
        return newReader;
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
        if (members != null) {
            members.close();
        } else {
            in.close();
        }
    }
}
