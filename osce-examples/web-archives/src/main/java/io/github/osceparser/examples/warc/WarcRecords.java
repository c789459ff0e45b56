package io.github.osceparser.examples.warc;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.netpreserve.jwarc.WarcCompression;
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
    private final CountingInputStream file;
    private long offset;
    private String warning;

    /** @param reader null when the file ended before jwarc could tell its format */
    private WarcRecords(CountingInputStream file, WarcReader reader) {
        this.file = file;
        this.reader = reader;
        if (reader != null) {
            reader.onWarning(message -> warning = message);
        }
    }

    /**
     * Reads a WARC or ARC file from its first byte.
     *
     * @param in the file; closed by {@link #close()}
     * @throws IOException if the file's first bytes cannot be read
     */
    static WarcRecords open(InputStream in) throws IOException {
        CountingInputStream file = new CountingInputStream(in);
        try {
            return new WarcRecords(file, new WarcReader(new BufferedInputStream(file, 64 * 1024)));
        } catch (EOFException e) {
            // jwarc reads a file's first bytes to tell gzip from plain WARC; a file of one byte ends
            // there (found by WarcPageReaderFuzzTest). That is a damaged archive, said by next().
            return new WarcRecords(file, null);
        }
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
        if (reader == null) {
            throw new EOFException("the file holds " + file.count() + " byte" + (file.count() == 1 ? "" : "s")
                    + ", too few for a record");
        }
        Optional<WarcRecord> record;
        try {
            record = reader.next();
        } finally {
            // jwarc moves its position to the next record's start before it parses the header. It
            // counts that start by the records' Content-Length, which a damaged file can carry past
            // its end (found by WarcPageReaderFuzzTest): then the file's end is where reading stops.
            offset = reader.position();
            if (reader.compression() == WarcCompression.NONE && offset > file.count()) {
                offset = file.count();
            }
        }
        if (record.isPresent() && reader.compression() == WarcCompression.NONE && offset >= file.count()) {
            // A record whose block is longer than its Content-Length, last in the file, leaves jwarc
            // parsing the bytes of earlier records again from its buffer, as records past the end of
            // the file (found by WarcPageReaderFuzzTest: src/test/resources/fuzz/readArchive/). Only
            // an uncompressed file's offsets are counted in its bytes: a compressed record's is where
            // its gzip member starts, and a member may hold several records (example-wrong-chunks).
            long end = file.count();
            String message = "a record would start at byte " + offset + ", past the end of the file at byte " + end
                    + ": the last record's Content-Length does not match its bytes";
            offset = end;
            throw new IOException(message);
        }
        return record;
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
        if (reader != null) {
            reader.close();
        } else {
            file.close();
        }
    }

    /** The file's bytes as jwarc reads them, counted: no record starts at or past the last of them. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
