package io.github.osceparser.examples.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Reads a gzip file one member at a time and knows where each member starts. A {@code .warc.gz}
 * file compresses each record as a member of its own, so that a reader can seek to a record; the
 * member's offset is the record's address. jwarc's own gzip reading reports offsets that depend on
 * how far the previous record's body was read, so the members are split here, with the JDK's
 * {@link Inflater}, and jwarc reads the records inside each.
 *
 * <p>Only one member is open at a time, and only its unread input is buffered, so memory does not
 * depend on the size of the file or of a record.
 */
final class GzipMembers {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final byte[] buffer = new byte[64 * 1024];
    private final PushbackInputStream in;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private long position;
    private long memberStart;
    private Member current;

    /** @param in the gzip file, read from its first byte; closed by {@link #close()} */
    GzipMembers(InputStream in) {
        this.in = new PushbackInputStream(in, buffer.length);
    }

    /**
     * The next member's uncompressed bytes; what is left of the previous member is read first.
     *
     * @return the member, or null when the file ends where a member would start
     * @throws EOFException if the file ends inside a member or its header
     * @throws ZipException if the bytes are not gzip, or a member's checksum or length is wrong
     */
    InputStream next() throws IOException {
        if (current != null) {
            current.transferTo(OutputStream.nullOutputStream());
            current = null;
        }
        memberStart = position;
        int first = in.read();
        if (first < 0) {
            return null;
        }
        position++;
        readHeader(first);
        inflater.reset();
        crc.reset();
        current = new Member();
        return current;
    }

    /** Where the member last returned by {@link #next()} starts, in bytes from the start of the file. */
    long memberStart() {
        return memberStart;
    }

    /** Closes the file. */
    void close() throws IOException {
        inflater.end();
        in.close();
    }

    /** RFC 1952, section 2.3: magic, method, flags, time, extra flags, system; then the optional fields the flags announce. */
    private void readHeader(int first) throws IOException {
        int second = readByte();
        if (first != 0x1f || second != 0x8b) {
            throw new ZipException("not gzip data at byte offset " + memberStart);
        }
        int method = readByte();
        if (method != 8) {
            throw new ZipException("unknown gzip compression method " + method + " at byte offset " + memberStart);
        }
        int flags = readByte();
        for (int i = 0; i < 6; i++) {
            readByte();
        }
        if ((flags & FEXTRA) != 0) {
            int length = readByte() | readByte() << 8;
            for (int i = 0; i < length; i++) {
                readByte();
            }
        }
        if ((flags & FNAME) != 0) {
            while (readByte() != 0) {
                // the original file name, which a WARC does not need
            }
        }
        if ((flags & FCOMMENT) != 0) {
            while (readByte() != 0) {
                // a comment
            }
        }
        if ((flags & FHCRC) != 0) {
            readByte();
            readByte();
        }
    }

    private int readByte() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("the file ends inside the gzip header at byte offset " + memberStart);
        }
        position++;
        return b;
    }

    /** The uncompressed bytes of one member; at its end, the unread input goes back for the next member. */
    private final class Member extends InputStream {
        private boolean finished;
        private int inputLength;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (finished) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            while (true) {
                int n = inflate(b, off, len);
                if (n > 0) {
                    crc.update(b, off, n);
                    return n;
                }
                if (inflater.finished()) {
                    finish();
                    return -1;
                }
                if (inflater.needsDictionary()) {
                    throw new ZipException("gzip member at byte offset " + memberStart + " needs a preset dictionary");
                }
                if (inflater.needsInput()) {
                    inputLength = in.read(buffer);
                    if (inputLength < 0) {
                        throw new EOFException("the file ends inside the gzip member at byte offset " + memberStart);
                    }
                    position += inputLength;
                    inflater.setInput(buffer, 0, inputLength);
                }
            }
        }

        private int inflate(byte[] b, int off, int len) throws ZipException {
            try {
                return inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw new ZipException(
                        "corrupt gzip data in the member at byte offset " + memberStart + ": " + e.getMessage());
            }
        }

        /** Gives back the input read past the compressed data, then checks the trailer: CRC-32 and length. */
        private void finish() throws IOException {
            int remaining = inflater.getRemaining();
            if (remaining > 0) {
                in.unread(buffer, inputLength - remaining, remaining);
                position -= remaining;
            }
            long expectedCrc = readInt();
            long expectedSize = readInt();
            if (expectedCrc != crc.getValue() || expectedSize != (inflater.getBytesWritten() & 0xffffffffL)) {
                throw new ZipException("gzip checksum mismatch in the member at byte offset " + memberStart);
            }
            finished = true;
        }

        private long readInt() throws IOException {
            long value = 0;
            for (int i = 0; i < 4; i++) {
                int b = in.read();
                if (b < 0) {
                    throw new EOFException(
                            "the file ends inside the gzip trailer of the member at byte offset " + memberStart);
                }
                position++;
                value |= (long) b << (8 * i);
            }
            return value;
        }
    }
}
