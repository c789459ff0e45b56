package io.github.osceparser.parser;

import java.util.OptionalInt;

/**
 * Thrown when input cannot be turned into a page: empty text, text over the size limit, invalid
 * UTF-8, malformed JSON, or (with {@link OsceParser.Builder#strict(boolean) strict} parsing) content
 * the parser could not place. The message says what was wrong and, where one applies, on which line.
 *
 * <p>This is the only exception the parser and {@link OsceJson} throw for bad input; a {@code null}
 * argument is a caller's mistake and gives a {@link NullPointerException} naming the parameter.
 */
public final class OsceParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The line number, or 0 when the problem concerns no single line. */
    private final int line;

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
    }

    /** The 1-based line number the problem is on, or empty when it concerns no single line. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }
}
