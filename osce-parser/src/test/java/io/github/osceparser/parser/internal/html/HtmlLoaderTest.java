package io.github.osceparser.parser.internal.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osceparser.parser.OsceParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlLoaderTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String TEXT = "Priština café – “quoted” €";

    private static String read(byte[] bytes, Charset given) throws IOException {
        Document document = HtmlLoader.load(new ByteArrayInputStream(bytes), given, "", Integer.MAX_VALUE);
        return document.selectFirst("p").text();
    }

    private static byte[] page(String head, Charset encoding) {
        return (head + "<p>" + TEXT + "</p>").getBytes(encoding);
    }

    @Test
    void readsUtf8ByDefault() throws IOException {
        assertThat(read(page("", StandardCharsets.UTF_8), null)).isEqualTo(TEXT);
    }

    @Test
    void readsTheCharsetTheMetaTagDeclares() throws IOException {
        assertThat(read(page("<meta charset=windows-1252>", WINDOWS_1252), null))
                .isEqualTo(TEXT);
        assertThat(read(
                        page("<meta http-equiv=Content-Type content='text/html; charset=windows-1252'>", WINDOWS_1252),
                        null))
                .isEqualTo(TEXT);
    }

    @Test
    void readsIso88591AsWindows1252AsBrowsersDo() throws IOException {
        assertThat(read(page("<meta charset=iso-8859-1>", WINDOWS_1252), null)).isEqualTo(TEXT);
        assertThat(read(page("", WINDOWS_1252), StandardCharsets.ISO_8859_1)).isEqualTo(TEXT);
    }

    @Test
    void readsUndeclaredBytesThatAreNotUtf8AsWindows1252() throws IOException {
        assertThat(read(page("", WINDOWS_1252), null)).isEqualTo(TEXT);
    }

    @Test
    void keepsDeclaredUtf8EvenWhenSomeBytesAreBroken() throws IOException {
        byte[] bytes = "<meta charset=utf-8><p>caf\u00e9 \u00e9</p>".getBytes(WINDOWS_1252);

        assertThat(read(bytes, null)).isEqualTo("caf\uFFFD \uFFFD");
    }

    @Test
    void prefersTheCallersCharsetToTheMetaTag() throws IOException {
        assertThat(read(page("<meta charset=utf-8>", WINDOWS_1252), WINDOWS_1252))
                .isEqualTo(TEXT);
    }

    @Test
    void prefersTheByteOrderMarkToEverythingElse() throws IOException {
        byte[] body = page("<meta charset=windows-1252>", StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        assertThat(read(bytes, WINDOWS_1252)).isEqualTo(TEXT);
        assertThat(read(bytes, null)).isEqualTo(TEXT);
    }

    @Test
    void dropsByteOrderMarkOfDecodedText() {
        Document document = HtmlLoader.load("\uFEFF<p>x</p>", "", 100);

        assertThat(document.body().text()).isEqualTo("x");
    }

    @Test
    void refusesTextOverTheLimitNamingSizeAndLimit() {
        assertThatThrownBy(() -> HtmlLoader.load("<p>" + "x".repeat(20) + "</p>", "", 20))
                .isInstanceOf(OsceParseException.class)
                .hasMessage("the HTML page is 27 characters long, over the limit of 20;"
                        + " raise it with OsceParser.builder().maxInputLength(...)");
        assertThat(HtmlLoader.load("x".repeat(20), "", 20).body().text()).hasSize(20);
    }

    @Test
    void refusesStreamOverTheLimitWithoutReadingTheRest() throws IOException {
        CountingStream in = new CountingStream(10_000_000);

        assertThatThrownBy(() -> HtmlLoader.load(in, null, "", 100_000))
                .isInstanceOf(OsceParseException.class)
                .hasMessage("the HTML page is longer than the limit of 100000 bytes;"
                        + " raise it with OsceParser.builder().maxInputLength(...)");
        assertThat(in.served).isLessThanOrEqualTo(100_001);
        assertThat(HtmlLoader.load(new CountingStream(100_000), null, "", 100_000)
                        .body()
                        .text())
                .hasSize(100_000);
    }

    /** Serves the given number of 'x' bytes, in small reads, and counts what was taken. */
    private static final class CountingStream extends InputStream {
        private final int size;
        int served;

        CountingStream(int size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = Math.min(Math.min(len, 1000), size - served);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            served += n;
            return n;
        }
    }

    private static List<Integer> paragraphLines(Document document) {
        return document.select("p").stream()
                .map(p -> p.sourceRange().start().lineNumber())
                .toList();
    }

    private static byte[] withPrefix(int[] prefix, byte[] body) {
        byte[] bytes = new byte[prefix.length + body.length];
        for (int i = 0; i < prefix.length; i++) {
            bytes[i] = (byte) prefix[i];
        }
        System.arraycopy(body, 0, bytes, prefix.length, body.length);
        return bytes;
    }

    @Test
    void countsLoneCarriageReturnsAndCrLfAsOneLineEndInText() {
        Document document = HtmlLoader.load("<p>a</p>\r<p>b</p>\r\n<p>c</p>\n<p>d</p>\r", "", 100);

        assertThat(paragraphLines(document)).containsExactly(1, 2, 3, 4);
        assertThat(paragraphLines(HtmlLoader.load("\r<p>a</p>", "", 100))).containsExactly(2);
    }

    @Test
    void countsLoneCarriageReturnsAndCrLfAsOneLineEndInBytes() throws IOException {
        byte[] bytes = "<p>a</p>\r<p>b</p>\r\n<p>c</p>\n<p>d</p>\r".getBytes(StandardCharsets.UTF_8);

        Document document = HtmlLoader.load(new ByteArrayInputStream(bytes), null, "", 1000);

        assertThat(paragraphLines(document)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void leavesTheBytesOfWideCharsetsAlone() throws IOException {
        // U+0D41 is 0D 41 in UTF-16BE and U+410D is 0D 41 in UTF-16LE: a byte that looks like a CR.
        String text = "Malayalam \u0D41 and CJK \u410D";
        String html = "<p>" + text + "</p>";

        assertThat(read(withPrefix(new int[] {0xFE, 0xFF}, html.getBytes(StandardCharsets.UTF_16BE)), null))
                .isEqualTo(text);
        assertThat(read(withPrefix(new int[] {0xFF, 0xFE}, html.getBytes(StandardCharsets.UTF_16LE)), null))
                .isEqualTo(text);
        assertThat(read(html.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE))
                .isEqualTo(text);
        assertThat(read(html.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE))
                .isEqualTo(text);
        Charset utf32 = Charset.forName("UTF-32BE");
        assertThat(read(html.getBytes(utf32), utf32)).isEqualTo(text);
    }

    @Test
    void keepsUtf8AfterAByteOrderMarkEvenWhenSomeBytesAreBroken() throws IOException {
        byte[] bytes = withPrefix(new int[] {0xEF, 0xBB, 0xBF}, "<p>caf\u00e9</p>".getBytes(WINDOWS_1252));

        assertThat(read(bytes, null)).isEqualTo("caf\uFFFD");
    }

    @Test
    void readsUsAsciiAsWindows1252AsBrowsersDo() throws IOException {
        assertThat(read(page("<meta charset=us-ascii>", WINDOWS_1252), null)).isEqualTo(TEXT);
        assertThat(read(page("", WINDOWS_1252), StandardCharsets.US_ASCII)).isEqualTo(TEXT);
    }

    @Test
    void readsTheCallersUtf8AsUtf8() throws IOException {
        byte[] bytes = "<p>caf\u00e9</p>".getBytes(WINDOWS_1252);

        assertThat(read(bytes, StandardCharsets.UTF_8)).isEqualTo("caf\uFFFD");
        assertThat(read(page("", StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo(TEXT);
    }

    @Test
    void readsAStreamLongerThanTheFirstBufferUpToTheLimit() throws IOException {
        assertThat(HtmlLoader.load(new CountingStream(200_000), null, "", 200_000)
                        .body()
                        .text())
                .hasSize(200_000);
        assertThatThrownBy(() -> HtmlLoader.load(new CountingStream(200_001), null, "", 200_000))
                .isInstanceOf(OsceParseException.class)
                .hasMessage("the HTML page is longer than the limit of 200000 bytes;"
                        + " raise it with OsceParser.builder().maxInputLength(...)");
        assertThatThrownBy(() -> HtmlLoader.load(new CountingStream(11), null, "", 10))
                .isInstanceOf(OsceParseException.class)
                .hasMessage("the HTML page is longer than the limit of 10 bytes;"
                        + " raise it with OsceParser.builder().maxInputLength(...)");
        assertThat(HtmlLoader.load(new CountingStream(10), null, "", 10).body().text())
                .isEqualTo("x".repeat(10));
        assertThat(HtmlLoader.load(new CountingStream(0), null, "", 0).body().text())
                .isEmpty();
    }

    @Test
    void capsTheDepthOfTheTreeJustAboveTheLimit() {
        String html = "<div>".repeat(HtmlLoader.MAX_DEPTH + 50) + "x";

        Document document = HtmlLoader.load(html, "", Integer.MAX_VALUE);

        int depth = 0;
        for (org.jsoup.nodes.Element e = document.body(); e != null; e = e.firstElementChild()) {
            depth++;
        }
        assertThat(depth).as("<body> and the <div>s under <html>").isEqualTo(HtmlLoader.MAX_DEPTH);
    }
}
