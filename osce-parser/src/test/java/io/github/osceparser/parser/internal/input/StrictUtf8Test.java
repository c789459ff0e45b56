package io.github.osceparser.parser.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.osceparser.parser.OsceParseException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Page text from bytes: a leading byte-order mark removed, the first bad byte refused with its offset. */
class StrictUtf8Test {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(String text) {
        byte[] body = utf8(text);
        byte[] bytes = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(body, 0, bytes, BOM.length, body.length);
        return bytes;
    }

    private static String decode(byte[] bytes) {
        return StrictUtf8.decode(bytes, bytes.length);
    }

    @Test
    void decodesTextAsItIs() {
        assertThat(decode(utf8("Vienna"))).isEqualTo("Vienna");
        assertThat(decode(utf8("Вена"))).isEqualTo("Вена");
        assertThat(decode(utf8("ab"))).isEqualTo("ab");
        assertThat(decode(new byte[0])).isEmpty();
    }

    @Test
    void removesALeadingByteOrderMarkAndOnlyThat() {
        assertThat(decode(withBom("Vienna"))).isEqualTo("Vienna");
        assertThat(decode(BOM)).as("a byte-order mark alone").isEmpty();
        assertThat(decode(utf8("a\uFEFF"))).as("a mark that does not lead").isEqualTo("a\uFEFF");
    }

    @Test
    void keepsThreeBytesThatOnlyBeginLikeAByteOrderMark() {
        // Each of the mark's bytes checked: a mark with one byte changed is text (or invalid UTF-8).
        assertThat(decode(utf8("\uFEFE"))).isEqualTo("\uFEFE"); // EF BB BE
        assertThat(decode(utf8("\uFF3F"))).isEqualTo("\uFF3F"); // EF BC BF
        assertThat(decode(utf8("\uEEFF"))).isEqualTo("\uEEFF"); // EE BB BF
        assertThat(decode(utf8("abc"))).isEqualTo("abc");
    }

    @Test
    void decodesOnlyTheLengthGiven() {
        byte[] bytes = utf8("Vienna, more");

        assertThat(StrictUtf8.decode(bytes, 6)).isEqualTo("Vienna");
    }

    @Test
    void refusesTheFirstBadByteWithItsOffset() {
        OsceParseException e =
                catchThrowableOfType(() -> decode(new byte[] {'a', (byte) 0xFF, 'b', 'c'}), OsceParseException.class);

        assertThat(e.getMessage())
                .isEqualTo("the page text is not valid UTF-8: malformed byte sequence \\xFF at byte offset 1");
        assertThat(e.byteOffset()).hasValue(1);
    }

    @Test
    void countsTheByteOrderMarkInTheOffset() {
        byte[] bytes = withBom("ab");
        bytes[4] = (byte) 0xA8;

        OsceParseException e = catchThrowableOfType(() -> decode(bytes), OsceParseException.class);

        assertThat(e.getMessage()).endsWith("malformed byte sequence \\xA8 at byte offset 4");
        assertThat(e.byteOffset()).hasValue(4);
    }
}
