package io.github.osceparser.parser.internal.html;

import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.internal.input.BinaryInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * HTML input to a jsoup document with source positions, within the size limit.
 *
 * <p>Bytes are decoded as a browser would: a byte-order mark first, then the caller's charset (the
 * HTTP header's, when the page came over the network), then the page's {@code <meta charset>} or
 * {@code http-equiv} declaration, then UTF-8. Two corrections follow the WHATWG encoding standard
 * that browsers implement: a page labelled ISO-8859-1 or US-ASCII is read as Windows-1252 (pages
 * so labelled use its curly quotes and dashes), and a page that declares nothing and is not valid
 * UTF-8 is read as Windows-1252 too (pages saved by older Windows tools).
 *
 * <p>jsoup never fails on malformed markup; it builds a tree the way browsers do. The tree's depth
 * is capped at {@link #MAX_DEPTH} + 1 levels so that {@link DocumentIndex} can tell markup deeper than
 * the limit from markup that reaches it.
 */
final class HtmlLoader {
    /** The deepest element nesting accepted; browsers render real pages well within 100 levels. */
    static final int MAX_DEPTH = 512;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlLoader() {}

    /** Parses markup already decoded; refuses markup longer than {@code maxLength} characters. */
    static Document load(String html, String baseUri, int maxLength) {
        if (html.length() > maxLength) {
            throw new OsceParseException("the HTML page is " + html.length() + " characters long, over the limit of "
                    + maxLength + "; raise it with OsceParser.builder().maxInputLength(...)");
        }
        String markup = html.startsWith("\uFEFF") ? html.substring(1) : html;
        if (markup.indexOf('\r') >= 0) {
            markup = markup.replace("\r\n", "\n").replace('\r', '\n');
        }
        return Jsoup.parse(markup, baseUri, parser());
    }

    /**
     * Reads and parses a page's bytes; refuses more than {@code maxLength} bytes without reading the
     * rest.
     */
    static Document load(InputStream in, Charset charsetOrNull, String baseUri, int maxLength) throws IOException {
        byte[] bytes = readAtMost(in, maxLength);
        Charset given = charsetOrNull == null ? null : webCharset(charsetOrNull);
        if (!isWide(bytes, given)) {
            // Before the charset is guessed: Windows-1252, the fallback, would map any byte to a character.
            BinaryInput.refuse(bytes, bytes.length);
            crToLf(bytes);
        }
        try {
            Document document = parse(bytes, given, baseUri);
            if (given == null && !hasByteOrderMark(bytes)) {
                Charset found = document.charset();
                if (found.equals(StandardCharsets.ISO_8859_1) || found.equals(StandardCharsets.US_ASCII)) {
                    document = parse(bytes, WINDOWS_1252, baseUri);
                } else if (found.equals(StandardCharsets.UTF_8) && !declaresCharset(document) && !isUtf8(bytes)) {
                    document = parse(bytes, WINDOWS_1252, baseUri);
                }
            }
            return document;
        } catch (UncheckedIOException | IllegalArgumentException e) {
            // jsoup reports an unsupported declared charset or a decoding failure this way; both are
            // faults of the input, not of the caller.
            throw new OsceParseException("could not decode the HTML page: " + e.getMessage(), 0, e);
        }
    }

    private static Document parse(byte[] bytes, Charset charset, String baseUri) throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(bytes), charset == null ? null : charset.name(), baseUri, parser());
    }

    /** A new parser per page: a jsoup parser is thread-safe but parses one input at a time. */
    private static Parser parser() {
        return Parser.htmlParser().setTrackPosition(true).setMaxDepth(MAX_DEPTH + 1);
    }

    private static byte[] readAtMost(InputStream in, int maxLength) throws IOException {
        int capacity = (int) Math.min((long) maxLength + 1, Integer.MAX_VALUE - 8L);
        byte[] buffer = new byte[Math.min(capacity, 64 * 1024)];
        int size = 0;
        while (true) {
            if (size == buffer.length) {
                if (size >= capacity) {
                    throw new OsceParseException("the HTML page is longer than the limit of " + maxLength
                            + " bytes; raise it with OsceParser.builder().maxInputLength(...)");
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(capacity, 2L * buffer.length));
            }
            int read = in.read(buffer, size, buffer.length - size);
            if (read < 0) {
                return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
            }
            size += read;
        }
    }

    /**
     * Lone carriage returns become line feeds, as HTML's input preprocessing makes them, so that
     * pages saved with old Mac line ends get the line numbers a text editor shows (jsoup counts
     * line feeds only). In place: a CR is one byte in every charset but UTF-16 and UTF-32.
     */
    private static void crToLf(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                bytes[i] = '\n';
            }
        }
    }

    /** Whether the page is in UTF-16 or UTF-32, by its byte-order mark or the caller's charset. */
    private static boolean isWide(byte[] bytes, Charset given) {
        String name = given == null ? "" : given.name().toUpperCase(Locale.ROOT);
        if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
            return true;
        }
        return bytes.length >= 2
                && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                        || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE));
    }

    /** The charset a browser uses for the label: ISO-8859-1 and US-ASCII mean Windows-1252. */
    private static Charset webCharset(Charset charset) {
        return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
                ? WINDOWS_1252
                : charset;
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return (bytes.length >= 3
                        && (bytes[0] & 0xFF) == 0xEF
                        && (bytes[1] & 0xFF) == 0xBB
                        && (bytes[2] & 0xFF) == 0xBF)
                || (bytes.length >= 2
                        && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)));
    }

    private static boolean declaresCharset(Document document) {
        return document.selectFirst("meta[charset], meta[http-equiv=content-type][content*=charset]") != null;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
