package io.github.osceparser.examples.warc;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceParser;
import io.github.osceparser.parser.fixtures.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * A web archive written by the tests, with jwarc's writer, from the fixture pages: pages served
 * plainly, gzip-encoded, deflate-encoded and chunked, two Windows-1252 pages, a page-text resource,
 * a page on a subdomain and one on another host, a page the parser rejects, and records that are no
 * pages (warcinfo, request, metadata, an image, a script, robots.txt, a DNS lookup, a revisit, a
 * redirect). Nothing is downloaded; each page record remembers what it holds, so that a test can ask
 * the parser what the page should give.
 */
public final class TestArchive {
    /** A 1x1 PNG's signature and header, enough to be an image that is no page. */
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };

    /** Where a web archive's page came from and how the parser reads it on its own. */
    public record Page(long offset, String url, Instant warcDate, String content, boolean html, boolean osce) {
        /**
         * What the parser gives for the page when handed its content directly.
         *
         * @throws io.github.osceparser.parser.OsceParseException as the parser does
         */
        public OscePage parse(OsceParser parser) {
            return html ? parser.parseHtml(content, url) : parser.parse(content);
        }
    }

    private final List<WarcRecord> records = new ArrayList<>();
    private final List<Boolean> pageRecords = new ArrayList<>();
    private final List<Page> pending = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();
    private final List<long[]> extents = new ArrayList<>();
    private int notPages;
    private Instant clock = Instant.parse("2024-03-01T09:00:00Z");

    /** The archive the tests share; see the class comment for what it holds. */
    public static TestArchive standard() throws IOException {
        TestArchive archive = new TestArchive();
        String release2010 = Fixtures.load("en/press-release-2010-police-experts-meeting.html");
        String policing = Fixtures.load("en/field-of-work-policing.html");
        String newsItem = Fixtures.load("en/news-item-2013-policing-experts.html");
        String release2016 = Fixtures.load("en/press-release-2016-un-chiefs-of-police.html");
        String italian = Fixtures.load("it/field-of-work-ordine-pubblico.html");

        archive.warcinfo();
        archive.htmlResponse("https://www.osce.org/secretariat/69402", release2010, Encoding.PLAIN);
        archive.request("https://www.osce.org/secretariat/69402");
        archive.metadata("https://www.osce.org/secretariat/69402");
        archive.otherResponse("https://www.osce.org/sites/all/themes/osce/logo.png", "image/png", PNG);
        archive.otherResponse(
                "https://www.osce.org/misc/osce.js",
                "application/javascript",
                "var osce = {};".getBytes(StandardCharsets.US_ASCII));
        archive.otherResponse(
                "https://www.osce.org/robots.txt",
                "text/plain",
                "User-agent: *\nDisallow: /search\n".getBytes(StandardCharsets.US_ASCII));
        archive.dns("www.osce.org");
        archive.htmlResponse("https://www.osce.org/policing", policing, Encoding.GZIP);
        archive.htmlResponse("https://www.osce.org/secretariat/news/policing-experts", newsItem, Encoding.CHUNKED);
        archive.htmlResponse("https://www.osce.org/secretariat/un-chiefs-of-police", release2016, Encoding.DEFLATE);
        archive.revisit("https://www.osce.org/secretariat/69402");
        archive.redirect("https://osce.org/policing", "https://www.osce.org/policing");
        archive.windows1252Page("https://www.osce.org/secretariat/69402-cp1252-header", release2010, true);
        archive.windows1252Page("https://www.osce.org/secretariat/69402-cp1252-meta", release2010, false);
        archive.textResource(
                "https://www.osce.org/secretariat/un-chiefs-of-police.txt",
                Fixtures.load("en/press-release-2016-un-chiefs-of-police"));
        archive.htmlResponse("https://polis.osce.org/it/ordine-pubblico", italian, Encoding.PLAIN);
        archive.htmlResponse("https://www.example.org/news/osce-policing", policing, Encoding.PLAIN);
        archive.htmlResponse(
                "https://www.osce.org/empty",
                "<!DOCTYPE html><html><head><title>OSCE</title></head><body><nav><ul><li><a href=\"/\">Home</a>"
                        + "</li></ul></nav><footer><p>Organization for Security and Co-operation in Europe</p>"
                        + "</footer></body></html>",
                Encoding.PLAIN);
        archive.otherResource("https://www.osce.org/files/photo.jpg", "image/jpeg", PNG);
        return archive;
    }

    /** How an HTML payload is sent. */
    public enum Encoding {
        PLAIN,
        GZIP,
        DEFLATE,
        CHUNKED
    }

    /** An archive without records; add them with the methods below, then {@link #write(Path)}. */
    public TestArchive() {}

    /** A {@code warcinfo} record, as every crawler writes first. */
    public TestArchive warcinfo() {
        notPages++;
        return add(
                new Warcinfo.Builder()
                        .date(tick())
                        .fields(Map.of("software", List.of("osce-examples tests")))
                        .build(),
                null);
    }

    /** A successful HTTP response with an HTML page, sent as {@code encoding} says. */
    public TestArchive htmlResponse(String url, String html, Encoding encoding) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        List<String> headers = new ArrayList<>(List.of("Content-Type: text/html; charset=utf-8"));
        byte[] body = switch (encoding) {
            case PLAIN -> bytes;
            case GZIP -> gzip(bytes);
            case DEFLATE -> zlib(bytes);
            case CHUNKED -> chunked(bytes);
        };
        switch (encoding) {
            case GZIP -> headers.add("Content-Encoding: gzip");
            case DEFLATE -> headers.add("Content-Encoding: deflate");
            case CHUNKED -> headers.add("Transfer-Encoding: chunked");
            case PLAIN -> headers.add("Content-Length: " + bytes.length);
        }
        if (encoding == Encoding.GZIP || encoding == Encoding.DEFLATE) {
            headers.add("Content-Length: " + body.length);
        }
        Instant date = tick();
        return add(response(url, date, "200 OK", headers, body), new Page(-1, url, date, html, true, isOsce(url)));
    }

    /**
     * A page in Windows-1252 with typographic quotes, a dash and a euro sign in its title (wherever
     * the page says "discusses"). With
     * {@code charsetInHeader}, the HTTP header names the charset and the page's meta tag wrongly says
     * UTF-8 (the header wins); otherwise the header names none and the meta tag says Windows-1252.
     */
    public TestArchive windows1252Page(String url, String utf8Html, boolean charsetInHeader) throws IOException {
        String html = utf8Html.replace("discusses", "discusses \u201cCaf\u00e9\u201d \u2013 \u20ac5 and")
                .replace(
                        "<meta charset=\"UTF-8\">",
                        charsetInHeader ? "<meta charset=\"UTF-8\">" : "<meta charset=\"windows-1252\">");
        byte[] body = html.getBytes(Charset.forName("windows-1252"));
        String type = charsetInHeader ? "text/html; charset=windows-1252" : "text/html";
        Instant date = tick();
        return add(
                response(url, date, "200 OK", List.of("Content-Type: " + type, "Content-Length: " + body.length), body),
                new Page(-1, url, date, html, true, isOsce(url)));
    }

    /** A {@code resource} record holding the text rendering of a page. */
    public TestArchive textResource(String url, String text) {
        Instant date = tick();
        return add(
                new WarcResource.Builder(URI.create(url))
                        .date(date)
                        .body(MediaType.parse("text/plain; charset=utf-8"), text.getBytes(StandardCharsets.UTF_8))
                        .build(),
                new Page(-1, url, date, text, false, isOsce(url)));
    }

    /** A successful response whose payload is not a page. */
    public TestArchive otherResponse(String url, String contentType, byte[] body) throws IOException {
        notPages++;
        return add(
                response(
                        url,
                        tick(),
                        "200 OK",
                        List.of("Content-Type: " + contentType, "Content-Length: " + body.length),
                        body),
                null);
    }

    /** A {@code resource} record that is not a page. */
    public TestArchive otherResource(String url, String contentType, byte[] body) {
        notPages++;
        return add(
                new WarcResource.Builder(URI.create(url))
                        .date(tick())
                        .body(MediaType.parse(contentType), body)
                        .build(),
                null);
    }

    /** The request a crawler sent for a page. */
    public TestArchive request(String url) throws IOException {
        notPages++;
        URI uri = URI.create(url);
        HttpRequest http = new HttpRequest.Builder("GET", uri.getRawPath())
                .addHeader("Host", uri.getHost())
                .build();
        return add(new WarcRequest.Builder(uri).date(tick()).body(http).build(), null);
    }

    /** A metadata record about a capture, as Heritrix writes (outlinks, fetch time). */
    public TestArchive metadata(String url) {
        notPages++;
        return add(
                new WarcMetadata.Builder()
                        .targetURI(url)
                        .date(tick())
                        .body(
                                MediaType.parse("application/warc-fields"),
                                "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.US_ASCII))
                        .build(),
                null);
    }

    /** A DNS lookup, which Heritrix archives as a response of {@code text/dns}. */
    public TestArchive dns(String host) {
        notPages++;
        return add(
                new WarcResponse.Builder("dns:" + host)
                        .date(tick())
                        .body(
                                MediaType.parse("text/dns"),
                                ("20240301090000\n" + host + ".\t300\tIN\tA\t192.0.2.1\n")
                                        .getBytes(StandardCharsets.US_ASCII))
                        .build(),
                null);
    }

    /** A revisit: the page was fetched again and had not changed, so only the headers are kept. */
    public TestArchive revisit(String url) throws IOException {
        notPages++;
        HttpResponse headersOnly = new HttpResponse.Builder(200, "OK")
                .addHeader("Content-Type", "text/html; charset=utf-8")
                .build();
        return add(
                new WarcRevisit.Builder(
                                url, URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"))
                        .date(tick())
                        .body(headersOnly)
                        .build(),
                null);
    }

    /** A redirect, whose small HTML body is not the page. */
    public TestArchive redirect(String url, String location) throws IOException {
        notPages++;
        byte[] body = ("<html><body><a href=\"" + location + "\">Moved</a></body></html>")
                .getBytes(StandardCharsets.US_ASCII);
        return add(
                response(
                        url,
                        tick(),
                        "301 Moved Permanently",
                        List.of("Location: " + location, "Content-Type: text/html", "Content-Length: " + body.length),
                        body),
                null);
    }

    /**
     * Writes the archive, gzip-compressed record by record when the name ends in {@code .gz}; the
     * pages learn their offsets.
     *
     * @return the file
     */
    public Path write(Path file) throws IOException {
        boolean gzip = file.getFileName().toString().endsWith(".gz");
        pages.clear();
        extents.clear();
        try (OutputStream out = Files.newOutputStream(file);
                WarcWriter writer = new WarcWriter(
                        java.nio.channels.Channels.newChannel(out),
                        gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            int next = 0;
            for (int i = 0; i < records.size(); i++) {
                long start = writer.position();
                writer.write(records.get(i));
                extents.add(new long[] {start, writer.position()});
                if (pageRecords.get(i)) {
                    Page page = pending.get(next++);
                    pages.add(new Page(start, page.url(), page.warcDate(), page.content(), page.html(), page.osce()));
                }
            }
        }
        return file;
    }

    /**
     * Writes the archive cut in the middle of a record, as an interrupted download leaves it.
     *
     * @param record the record's index, counting every record from 0
     * @return the file
     */
    public Path writeCutInside(Path file, int record) throws IOException {
        write(file);
        long[] extent = extents.get(record);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, (int) ((extent[0] + extent[1]) / 2)));
        return file;
    }

    /** The page records of the last written file, in file order, with their offsets. */
    public List<Page> pages() {
        return List.copyOf(pages);
    }

    /** Where each record starts in the last written file. */
    public long offsetOf(int record) {
        return extents.get(record)[0];
    }

    /** The index of the n-th page record (from 0) among all records. */
    public int recordOfPage(int n) {
        int seen = -1;
        for (int i = 0; i < pageRecords.size(); i++) {
            if (pageRecords.get(i) && ++seen == n) {
                return i;
            }
        }
        throw new IllegalArgumentException("no page " + n);
    }

    /** How many records are no pages. */
    public int notPages() {
        return notPages;
    }

    /** How many page records are of hosts other than osce.org. */
    public int otherHosts() {
        return (int) pending.stream().filter(page -> !page.osce()).count();
    }

    private TestArchive add(WarcRecord record, Page page) {
        records.add(record);
        pageRecords.add(page != null);
        if (page != null) {
            pending.add(page);
        }
        return this;
    }

    private Instant tick() {
        clock = clock.plusSeconds(7);
        return clock;
    }

    private static boolean isOsce(String url) {
        String host = URI.create(url).getHost();
        return host.equals("osce.org") || host.endsWith(".osce.org");
    }

    /** A response record with an HTTP message written byte for byte, so that its headers are exactly these. */
    private static WarcResponse response(String url, Instant date, String status, List<String> headers, byte[] body)
            throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append("\r\n");
        headers.forEach(header -> head.append(header).append("\r\n"));
        head.append("\r\n");
        message.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        message.write(body);
        return new WarcResponse.Builder(url)
                .date(date)
                .body(MediaType.HTTP_RESPONSE, message.toByteArray())
                .build();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    /** RFC 9110's deflate: zlib data, header and checksum included. */
    private static byte[] zlib(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
            deflate.write(bytes);
        }
        return out.toByteArray();
    }

    /** Chunks of 1,000 bytes, then the last chunk, as a server streaming the page sends it. */
    private static byte[] chunked(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int start = 0; start < bytes.length; start += 1000) {
            int length = Math.min(1000, bytes.length - start);
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, start, length);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
