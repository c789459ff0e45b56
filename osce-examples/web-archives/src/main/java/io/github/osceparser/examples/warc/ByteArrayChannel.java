package io.github.osceparser.examples.warc;

import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A record's block, already in memory, as the channel jwarc parses an HTTP message from. It is
 * seekable so that jwarc takes the body's length from the block (an archived response need not have
 * a {@code Content-Length} header), not from the header.
 */
final class ByteArrayChannel implements SeekableByteChannel {
    private final byte[] bytes;
    private int position;

    ByteArrayChannel(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public int read(ByteBuffer destination) {
        if (position >= bytes.length) {
            return -1;
        }
        int n = Math.min(destination.remaining(), bytes.length - position);
        destination.put(bytes, position, n);
        position += n;
        return n;
    }

    @Override
    public int write(ByteBuffer source) {
        throw new NonWritableChannelException();
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
        position = (int) Math.min(Math.max(newPosition, 0), bytes.length);
        return this;
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void close() {}
}
