package io.github.osceparser.parser;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.internal.PageParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Parses pages of osce.org into {@link OscePage} records.
 *
 * <p>The input is the text rendering of a page: the site's navigation menu, if the tool that saved
 * the page kept it, then the page's content. The parser recognises the kind of page from the text
 * itself and returns a {@link io.github.osceparser.model.PressRelease}, a {@link
 * io.github.osceparser.model.FieldOfWorkPage} or, for anything else, a {@link
 * io.github.osceparser.model.GenericPage}; what it could not place is in the page's diagnostics.
 *
 * <pre>{@code
 * OsceParser parser = OsceParser.create();
 * OscePage page = parser.parse(Files.readString(path));
 * }</pre>
 *
 * <p>An {@code OsceParser} is immutable and thread-safe: build one and share it.
 */
public final class OsceParser {
    /** The default limit on the length of a page: 16 million characters. */
    public static final int DEFAULT_MAX_INPUT_LENGTH = 16 * 1024 * 1024;

    private final boolean strict;
    private final int maxInputLength;
    private final PageParser pipeline;

    private OsceParser(Builder builder) {
        this.strict = builder.strict;
        this.maxInputLength = builder.maxInputLength;
        this.pipeline = new PageParser(strict, maxInputLength);
    }

    /** A parser with the default options: lenient, with a limit of {@value #DEFAULT_MAX_INPUT_LENGTH} characters. */
    public static OsceParser create() {
        return builder().build();
    }

    /** A builder for a parser with other options. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses the text of a page.
     *
     * @param text the page text; line ends may be LF, CRLF or CR, and a leading byte-order mark is ignored
     * @return the page, a {@link io.github.osceparser.model.GenericPage} at worst; never null
     * @throws NullPointerException if {@code text} is null
     * @throws OsceParseException if the text is empty or blank, holds a menu but no content, is
     *     longer than the limit, or (with {@link Builder#strict(boolean)}) holds content the parser
     *     could not place
     */
    public OscePage parse(String text) {
        Objects.requireNonNull(text, "text");
        return pipeline.parseText(text);
    }

    /**
     * Reads a page file as UTF-8 (a byte-order mark is removed) and parses it.
     *
     * @param file the page file
     * @return the page; never null
     * @throws NullPointerException if {@code file} is null
     * @throws IOException if the file cannot be read
     * @throws OsceParseException if the file is not valid UTF-8 (the message gives the byte
     *     offset), or for the reasons {@link #parse(String)} gives
     */
    public OscePage parse(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return parse(text);
        } catch (CharacterCodingException e) {
            throw new OsceParseException(file + " is not valid UTF-8 (" + e.getMessage() + ")", 0, e);
        }
    }

    /** Whether this parser rejects content it could not place. */
    public boolean isStrict() {
        return strict;
    }

    /** The longest page, in characters, this parser accepts. */
    public int maxInputLength() {
        return maxInputLength;
    }

    /** Options for an {@link OsceParser}. A builder is not thread-safe; the parser it builds is. */
    public static final class Builder {
        private boolean strict;
        private int maxInputLength = DEFAULT_MAX_INPUT_LENGTH;

        private Builder() {}

        /**
         * Whether content the parser cannot place is an error rather than a diagnostic; default false.
         *
         * @param strict true to throw {@link OsceParseException} on the first line that could not be placed
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * The longest page, in characters, the parser accepts; longer input is refused with {@link
         * OsceParseException}. Default {@value OsceParser#DEFAULT_MAX_INPUT_LENGTH}.
         *
         * @param maxInputLength a positive number of characters
         * @return this builder
         * @throws IllegalArgumentException if the number is not positive
         */
        public Builder maxInputLength(int maxInputLength) {
            if (maxInputLength < 1) {
                throw new IllegalArgumentException("maxInputLength must be positive, was " + maxInputLength);
            }
            this.maxInputLength = maxInputLength;
            return this;
        }

        /** The parser. */
        public OsceParser build() {
            return new OsceParser(this);
        }
    }
}
