package io.github.osceparser.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.OsceParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Where the input limits lie exactly (a page of the limit's length is read, one more character or
 * byte is refused), and HTML bytes whose byte-order mark decides the charset.
 */
class InputLimitsAndEncodingsTest {
    private static final String TITLE = "Čačak hosts the regional meeting";
    private static final String HTML =
            "<html><body>\r<h1>" + TITLE + "</h1>\r<p>The mayors of Čačak and Kraljevo met.</p>\r" + "</body></html>";

    @Test
    void readsTextOfExactlyTheLimitAndRefusesOneCharacterMore() {
        String text = "Who we are\nThe OSCE works for security.";
        OsceParser exact = OsceParser.builder().maxInputLength(text.length()).build();
        OsceParser shorter =
                OsceParser.builder().maxInputLength(text.length() - 1).build();

        assertThat(exact.parse(text).title()).isEqualTo("Who we are");
        assertThatThrownBy(() -> shorter.parse(text))
                .isInstanceOf(OsceParseException.class)
                .hasMessageContaining(text.length() + " characters long, over the limit of " + (text.length() - 1));
    }

    @Test
    void readsHtmlOfExactlyTheLimitAndRefusesOneCharacterMore() {
        OsceParser exact = OsceParser.builder().maxInputLength(HTML.length()).build();
        OsceParser shorter =
                OsceParser.builder().maxInputLength(HTML.length() - 1).build();

        assertThat(exact.parseHtml(HTML, null).title()).isEqualTo(TITLE);
        assertThatThrownBy(() -> shorter.parseHtml(HTML, null)).isInstanceOf(OsceParseException.class);
    }

    @Test
    void readsHtmlBytesOfExactlyTheLimitAndRefusesOneByteMore() throws IOException {
        byte[] bytes = HTML.getBytes(StandardCharsets.UTF_8);
        OsceParser exact = OsceParser.builder().maxInputLength(bytes.length).build();
        OsceParser shorter =
                OsceParser.builder().maxInputLength(bytes.length - 1).build();

        assertThat(exact.parseHtml(new ByteArrayInputStream(bytes), null, null).title())
                .isEqualTo(TITLE);
        assertThatThrownBy(() -> shorter.parseHtml(new ByteArrayInputStream(bytes), null, null))
                .isInstanceOf(OsceParseException.class)
                .hasMessageContaining("limit of " + (bytes.length - 1) + " bytes");
    }

    @Test
    void readsUtf16LittleEndianByItsByteOrderMark() throws IOException {
        assertDecodes(bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, HTML, StandardCharsets.UTF_16LE));
    }

    @Test
    void readsUtf16BigEndianByItsByteOrderMark() throws IOException {
        assertDecodes(bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, HTML, StandardCharsets.UTF_16BE));
    }

    @Test
    void readsUtf16TheCallerNamesWithoutByteOrderMark() throws IOException {
        byte[] page = HTML.getBytes(StandardCharsets.UTF_16LE);

        OscePage read = OsceParser.create().parseHtml(new ByteArrayInputStream(page), StandardCharsets.UTF_16LE, null);

        assertThat(read.title()).isEqualTo(TITLE);
    }

    @Test
    void keepsUtf8WithByteOrderMarkEvenWhenALaterByteIsInvalid() throws IOException {
        byte[] page = bytes(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                HTML.replace("</body>", "<p>A broken byte: \u0000</p></body>"),
                StandardCharsets.UTF_8);
        for (int i = 0; i < page.length; i++) {
            if (page[i] == 0) {
                page[i] = (byte) 0xFF; // not UTF-8, yet the mark says the page is
            }
        }

        assertDecodes(page);
    }

    private static void assertDecodes(byte[] page) throws IOException {
        OscePage read = OsceParser.create().parseHtml(new ByteArrayInputStream(page), null, null);

        assertThat(read.title()).isEqualTo(TITLE);
        PageProperties.assertRoundTrips(read);
    }

    private static byte[] bytes(byte[] mark, String text, Charset charset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(mark);
        out.write(text.getBytes(charset));
        return out.toByteArray();
    }
}
