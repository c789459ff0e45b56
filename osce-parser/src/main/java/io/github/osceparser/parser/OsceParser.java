package io.github.osceparser.parser;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.internal.input.StrictUtf8;
import io.github.osceparser.parser.internal.pipeline.PageParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Parses pages of osce.org into {@link OscePage} records.
 *
 * <p>The input is the text rendering of a page: the site's navigation menu, if the tool that saved
 * the page kept it, then the page's content. The parser recognises the kind of page from the text
 * itself and returns one of the kinds of the sealed {@link OscePage}: a {@link
 * io.github.osceparser.model.PressRelease} (press releases and news items), a {@link
 * io.github.osceparser.model.FieldOfWorkPage}, a {@link io.github.osceparser.model.MissionPage}
 * (a field operation's page), a {@link io.github.osceparser.model.Listing} (a list of news,
 * statements or publications) or, for anything else, a {@link
 * io.github.osceparser.model.GenericPage}; what it could not place is in the page's diagnostics.
 * Page text comes as a string, as bytes or a stream (strict UTF-8), or as a file; HTML as a string
 * or a stream.
 *
 * <pre>{@code
 * OsceParser parser = OsceParser.create();
 * OscePage page = parser.parse(Path.of("press-release.txt")); // throws IOException
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
     * Reads a page file as UTF-8 (a byte-order mark is removed) and parses it, as {@link
     * #parse(byte[])} does.
     *
     * @param file the page file
     * @return the page; never null
     * @throws NullPointerException if {@code file} is null
     * @throws IOException if the file cannot be read
     * @throws OsceParseException for the reasons {@link #parse(byte[])} gives
     */
    public OscePage parse(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    /**
     * Decodes page text from its bytes and parses it. The bytes must be UTF-8, decoded strictly:
     * nothing is replaced, a leading byte-order mark is removed, and the first byte that is not
     * UTF-8 is reported with its offset. Binary input (an executable or an image saved under a
     * page's name: more than 5% control characters, other than tab, line feed, form feed, carriage
     * return and escape, among the first 8,192 bytes) is refused the same way.
     *
     * <pre>{@code
     * OscePage page = parser.parse(record.payloadBytes());
     * }</pre>
     *
     * @param bytes the page text in UTF-8; not copied, not changed
     * @return the page, a {@link io.github.osceparser.model.GenericPage} at worst; never null
     * @throws NullPointerException if {@code bytes} is null
     * @throws OsceParseException if the bytes are not valid UTF-8 or look binary ({@link
     *     OsceParseException#byteOffset()} tells where), or for the reasons {@link #parse(String)}
     *     gives
     */
    public OscePage parse(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return parse(StrictUtf8.decode(bytes, bytes.length));
    }

    /**
     * Reads page text from a stream to its end and parses it as {@link #parse(byte[])} does. A
     * stream holding more bytes than the {@linkplain #maxInputLength() limit} can fit (three bytes
     * per character, the most UTF-8 spends on one) is refused without reading the rest, so that one
     * huge input cannot exhaust the heap. The stream is not closed.
     *
     * <pre>{@code
     * try (InputStream in = Files.newInputStream(path)) {
     *     OscePage page = parser.parse(in);
     * }
     * }</pre>
     *
     * @param in the page text in UTF-8
     * @return the page; never null
     * @throws NullPointerException if {@code in} is null
     * @throws IOException if the stream cannot be read
     * @throws OsceParseException if the stream is too long, or for the reasons {@link #parse(byte[])}
     *     gives
     */
    public OscePage parse(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        // A byte-order mark (3 bytes) and at most three bytes per character.
        long maxBytes = Math.min(3L * maxInputLength + 3, Integer.MAX_VALUE - 8L);
        byte[] bytes = in.readNBytes((int) maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new OsceParseException("the page has more than " + maxBytes + " bytes, more than the limit of "
                    + maxInputLength + " characters allows; raise it with OsceParser.builder().maxInputLength(...)");
        }
        return parse(bytes);
    }

    /**
     * Parses the HTML of a page, as a browser's "save as", a crawler or a web archive keeps it. The
     * record is the one {@link #parse(String)} gives for the page's text (the same extractors read
     * both), plus what only the markup says: link targets ({@code Mission.url}, {@code
     * Resource.url}, {@code ListingEntry.url}, {@code PressRelease.readMore}), photos with their
     * captions, the exact time of publication and, when the text gives no date or only lets the
     * parser infer one, the date of {@code <time datetime>}, {@code article:published_time} or the
     * JSON-LD {@code datePublished}. The site's menu is read from the nested lists of the header's
     * navigation; navigation, header, footer, sidebars, cookie banners, scripts, styles and forms
     * are never content. Diagnostics give lines of the HTML.
     *
     * <pre>{@code
     * OscePage page = parser.parseHtml(html, "https://www.osce.org/policing");
     * }</pre>
     *
     * @param html the markup; broken markup is repaired as browsers repair it
     * @param baseUri the page's address, against which relative links are resolved; null or empty
     *     when unknown, in which case the page's {@code <base>}, {@code <link rel="canonical">} or
     *     {@code og:url} is used, and links that stay relative are left out
     * @return the page, a {@link io.github.osceparser.model.GenericPage} at worst; never null
     * @throws NullPointerException if {@code html} is null
     * @throws OsceParseException if the markup is longer than the {@linkplain #maxInputLength()
     *     limit}, nests elements more than 512 levels deep, holds no content outside navigation and
     *     other furniture, or (with {@link Builder#strict(boolean)}) holds content the parser could
     *     not place
     */
    public OscePage parseHtml(String html, String baseUri) {
        Objects.requireNonNull(html, "html");
        return pipeline.parseHtml(html, baseUri);
    }

    /**
     * Reads the bytes of a page's HTML and parses them as {@link #parseHtml(String, String)} does.
     * The charset is the one a browser would use: a byte-order mark first, then {@code
     * charsetOrNull} (the HTTP header's), then the page's {@code <meta charset>} or {@code
     * http-equiv} declaration, then UTF-8; as in browsers, ISO-8859-1 means Windows-1252, and a page
     * that declares nothing and is not valid UTF-8 is read as Windows-1252. The stream is read to
     * its end but not closed.
     *
     * <pre>{@code
     * try (InputStream in = Files.newInputStream(path)) {
     *     OscePage page = parser.parseHtml(in, null, "https://www.osce.org/policing");
     * }
     * }</pre>
     *
     * @param in the page's bytes
     * @param charsetOrNull the charset the page was served with, or null to detect it
     * @param baseUri the page's address, or null or empty when unknown; see {@link
     *     #parseHtml(String, String)}
     * @return the page; never null
     * @throws NullPointerException if {@code in} is null
     * @throws IOException if the stream cannot be read
     * @throws OsceParseException if the page has more bytes than the {@linkplain #maxInputLength()
     *     limit} (the rest is not read), or for the reasons {@link #parseHtml(String, String)} gives
     */
    public OscePage parseHtml(InputStream in, Charset charsetOrNull, String baseUri) throws IOException {
        Objects.requireNonNull(in, "in");
        return pipeline.parseHtml(in, charsetOrNull, baseUri);
    }

    /** Whether this parser rejects content it could not place. */
    public boolean isStrict() {
        return strict;
    }

    /** The longest page, in characters (in bytes for HTML read from a stream), this parser accepts. */
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
