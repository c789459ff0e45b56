package io.github.osceparser.parser;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Thrown when input cannot be turned into a page: empty text, text over the size limit, invalid
 * UTF-8, binary bytes, malformed JSON, or (with {@link OsceParser.Builder#strict(boolean) strict} parsing) content
 * the parser could not place. The message says what was wrong and, where one applies, on which line
 * ({@link #line()}) or at which byte of the input ({@link #byteOffset()}).
 *
 * <p>This is the only exception the parser and {@link OsceJson} throw for bad input; a {@code null}
 * argument is a caller's mistake and gives a {@link NullPointerException} naming the parameter.
 */
public final class OsceParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The line number, or 0 when the problem concerns no single line. */
    private final int line;

    /** The 0-based offset of the byte at fault, or -1 when the problem concerns no single byte. */
    private final long byteOffset;

    /**
     * An exception about the input as a whole.
     *
     * @param message what was wrong
     */
    public OsceParseException(String message) {
        this(message, 0, null);
    }

    /**
     * An exception about one line of the input.
     *
     * @param message what was wrong
     * @param line the 1-based line number; 0 when no single line is concerned
     */
    public OsceParseException(String message, int line) {
        this(message, line, null);
    }

    /**
     * An exception about one line of the input, caused by another exception.
     *
     * @param message what was wrong
     * @param line the 1-based line number; 0 when no single line is concerned
     * @param cause the underlying exception, or null
     */
    public OsceParseException(String message, int line, Throwable cause) {
        super(line > 0 ? "line " + line + ": " + message : message, cause);
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more, was " + line);
        }
        this.line = line;
        this.byteOffset = -1;
    }

    private OsceParseException(String message, long byteOffset) {
        super(message);
        if (byteOffset < 0) {
            throw new IllegalArgumentException("byteOffset must be 0 or more, was " + byteOffset);
        }
        this.line = 0;
        this.byteOffset = byteOffset;
    }

    /**
     * An exception about one byte of input given as bytes, such as the first byte that is not UTF-8.
     *
     * @param message what was wrong; it should name the offset too, as {@link #getMessage()} is
     *     all many callers show
     * @param byteOffset the 0-based offset of the byte in the input, counted from its first byte
     *     (a byte-order mark included)
     * @return the exception
     * @throws IllegalArgumentException if the offset is negative
     */
    public static OsceParseException atByte(String message, long byteOffset) {
        return new OsceParseException(message, byteOffset);
    }

    /** The 1-based line number the problem is on, or empty when it concerns no single line. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /**
     * The 0-based offset, in the input's bytes, of the byte at fault (the first byte that is not
     * UTF-8, the first control byte of binary input), or empty when the problem concerns no single
     * byte or the input was not given as bytes.
     */
    public OptionalLong byteOffset() {
        return byteOffset >= 0 ? OptionalLong.of(byteOffset) : OptionalLong.empty();
    }
}
