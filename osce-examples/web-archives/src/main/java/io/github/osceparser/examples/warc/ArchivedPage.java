package io.github.osceparser.examples.warc;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;

/**
 * A page record of a web archive, read into memory and not yet parsed: either an archived HTTP
 * response whose payload is HTML, or a {@code resource} record holding HTML or page text. Reading
 * the record is the archive reader's job, on one thread and in file order; {@link
 * #parse(OsceParser)} does the rest (HTTP framing, content decoding, charset, parsing) and may run on
 * any thread.
 */
public final class ArchivedPage implements ArchiveEntry {
    /** What the bytes of the record are. */
    enum Kind {
        /** An HTTP response message, status line and headers first: a {@code response} record. */
        HTTP_RESPONSE,
        /** An HTML document: a {@code resource} record of {@code text/html}. */
        HTML,
        /** Page text: a {@code resource} record of {@code text/plain}. */
        TEXT
    }

    private final long offset;
    private final String url;
    private final Instant warcDate;
    private final Kind kind;
    private final byte[] block;
    private final Charset charset;
    private final String damage;

    /**
     * @param block the record's block: the whole HTTP message, or the resource's bytes; not copied
     * @param charset a resource's charset from the record's {@code Content-Type}; null when not given
     * @param damage why the block is shorter than the record said, or null when it is whole
     */
    ArchivedPage(long offset, String url, Instant warcDate, Kind kind, byte[] block, Charset charset, String damage) {
        this.offset = offset;
        this.url = Objects.requireNonNull(url, "url");
        this.warcDate = warcDate;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.block = Objects.requireNonNull(block, "block");
        this.charset = charset;
        this.damage = damage;
    }

    @Override
    public long offset() {
        return offset;
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public Instant warcDate() {
        return warcDate;
    }

    /** How many bytes of the archive's record this page holds in memory. */
    public int size() {
        return block.length;
    }

    /**
     * Parses the page. HTML is read with the record's target URI as its base URI, in the charset the
     * HTTP header (or the resource record's {@code Content-Type}) names, else the one the page's own
     * {@code <meta>} declares; chunked transfer coding and gzip or deflate content coding are undone
     * first. Page text is decoded strictly, in the named charset or UTF-8. Thread-safe.
     *
     * @param parser the parser
     * @return the page
     * @throws IOException if the HTTP message, its content coding or the text's charset is broken
     * @throws io.github.osceparser.parser.OsceParseException if the parser rejects the page
     */
    public OscePage parse(OsceParser parser) throws IOException {
        return parse(parser, damage -> {});
    }

    /**
     * Parses the page, as {@link #parse(OsceParser)} does, and says what damage it was recovered
     * from: a record cut short by the end of the file, or compressed content that ends early. The
     * page is then read from the bytes there are, as warcio reads such records.
     *
     * @param parser the parser
     * @param onDamage told what was damaged, for a person; not called for a whole record
     * @return the page
     * @throws IOException if the HTTP message, its content coding or the text's charset is broken
     * @throws io.github.osceparser.parser.OsceParseException if the parser rejects the page
     */
    public OscePage parse(OsceParser parser, Consumer<String> onDamage) throws IOException {
        if (damage != null) {
            onDamage.accept(damage);
        }
        return switch (kind) {
            case HTTP_RESPONSE -> parseResponse(parser, onDamage);
            case HTML -> parser.parseHtml(new ByteArrayInputStream(block), charset, url);
            case TEXT -> parseText(parser, block, charset);
        };
    }

    private OscePage parseResponse(OsceParser parser, Consumer<String> onDamage) throws IOException {
        HttpResponse http = HttpResponse.parse(new ByteArrayChannel(block));
        byte[] html;
        try (InputStream body = ContentCoding.decode(http.headers().all("Content-Encoding"), http.body().stream())) {
            html = ContentCoding.readAsFarAsItGoes(body, onDamage);
        }
        return parser.parseHtml(new ByteArrayInputStream(html), Charsets.of(http.contentType()), url);
    }

    /**
     * Page text in the charset its record names. UTF-8 (or no charset) is the parser's own strict
     * decoding; a page in another charset is decoded as strictly here, as a wrong byte would parse
     * into records with damaged names.
     */
    private static OscePage parseText(OsceParser parser, byte[] bytes, Charset charset) throws IOException {
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
            return parser.parse(bytes);
        }
        try {
            return parser.parse(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            throw new IOException("the page text is not valid " + charset.name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "ArchivedPage[offset=" + offset + ", url=" + url + ", warcDate=" + warcDate + ", kind=" + kind + ", "
                + block.length + " bytes]";
    }
}
