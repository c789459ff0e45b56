package io.github.osceparser.apitests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.OsceParser;
import io.github.osceparser.parser.fixtures.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code parse(byte[])} and {@code parse(InputStream)}, and binary input refused in every format. */
class ParseBytesTest {
    private static final OsceParser PARSER = OsceParser.create();
    private static final String PAGE = Fixtures.load("en/press-release-2016-un-chiefs-of-police");

    /** The start of an ELF executable's header, then its NUL-padded tables. */
    private static final byte[] ELF = elf();

    @Test
    void parsesUtf8BytesAsTheirText() {
        assertThat(PARSER.parse(PAGE.getBytes(StandardCharsets.UTF_8))).isEqualTo(PARSER.parse(PAGE));
    }

    @Test
    void removesAByteOrderMark() {
        byte[] marked =
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PAGE.getBytes(StandardCharsets.UTF_8));

        assertThat(PARSER.parse(marked)).isEqualTo(PARSER.parse(PAGE));
    }

    @Test
    void parsesAStreamAsItsBytes() throws IOException {
        try (InputStream in = new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8))) {
            assertThat(PARSER.parse(in)).isEqualTo(PARSER.parse(PAGE));
        }
    }

    @Test
    void reportsTheByteOffsetOfTheFirstBadByte() {
        byte[] bytes = "Title\nCaf\u00e9 au lait.".getBytes(StandardCharsets.ISO_8859_1);

        OsceParseException e = catchThrowableOfType(OsceParseException.class, () -> PARSER.parse(bytes));

        assertThat(e.byteOffset()).hasValue(9);
        assertThat(e.line()).isEmpty();
        assertThat(e.getMessage())
                .isEqualTo("the page text is not valid UTF-8: malformed byte sequence \\xE9 at byte offset 9");
    }

    @Test
    void countsTheByteOrderMarkInTheOffset() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A', (byte) 0xFF}, new byte[0]);

        assertThat(catchThrowableOfType(OsceParseException.class, () -> PARSER.parse(bytes))
                        .byteOffset())
                .hasValue(4);
    }

    @Test
    void refusesAStreamLongerThanTheLimitAllowsWithoutReadingItAll() {
        OsceParser small = OsceParser.builder().maxInputLength(10).build();
        CountingStream in = new CountingStream(1_000_000);

        OsceParseException e = catchThrowableOfType(OsceParseException.class, () -> small.parse(in));

        assertThat(e).hasMessageContaining("more than 33 bytes");
        assertThat(in.read).isLessThan(1_000);
    }

    @Test
    void refusesAnExecutableAsText() {
        OsceParseException e = catchThrowableOfType(OsceParseException.class, () -> PARSER.parse(ELF));

        assertThat(e).hasMessageStartingWith("the input is binary, not a page:");
        assertThat(e.byteOffset()).hasValue(0);
    }

    @Test
    void refusesValidUtf8ThatIsBinary() {
        byte[] zeros = new byte[4096];

        assertThat(catchThrowableOfType(OsceParseException.class, () -> PARSER.parse(zeros)))
                .hasMessageStartingWith("the input is binary, not a page:");
    }

    @Test
    void refusesAnExecutableAsHtml() {
        OsceParseException e = catchThrowableOfType(
                OsceParseException.class, () -> PARSER.parseHtml(new ByteArrayInputStream(ELF), null, null));

        assertThat(e).hasMessageStartingWith("the input is binary, not a page:");
    }

    @Test
    void refusesRandomBytesAsHtmlAndAsText() {
        Random random = new Random(15);
        for (int size : new int[] {100, 5_000, 100_000}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);

            assertThat(catchThrowableOfType(
                            OsceParseException.class,
                            () -> PARSER.parseHtml(new ByteArrayInputStream(bytes), null, null)))
                    .as("%d random bytes as HTML", size)
                    .isNotNull();
            assertThat(catchThrowableOfType(OsceParseException.class, () -> PARSER.parse(bytes)))
                    .as("%d random bytes as text", size)
                    .isNotNull();
        }
    }

    @Test
    void stillReadsAPageInALegacyEightBitCharset() throws IOException {
        String html = "<html><head><title>t</title></head><body><h1>Встреча ОБСЕ в Вене</h1>"
                + "<p>ВЕНА, 3 июня 2016 года – Эксперты ОБСЕ обсудили «новые меры» сегодня.</p></body></html>";
        for (String name : new String[] {"windows-1251", "KOI8-R"}) {
            byte[] bytes = html.getBytes(Charset.forName(name));

            OscePage page = PARSER.parseHtml(new ByteArrayInputStream(bytes), Charset.forName(name), null);

            assertThat(page.title()).as(name).isEqualTo("Встреча ОБСЕ в Вене");
        }
    }

    @Test
    void toleratesAFewStrayControlBytesInAPage() {
        String broken = PAGE.replaceFirst("\n", "\u0000\n");

        assertThat(PARSER.parse(broken.getBytes(StandardCharsets.UTF_8)).title())
                .isEqualTo(PARSER.parse(PAGE).title());
    }

    @Test
    void rejectsNullWithTheParametersName() {
        assertThatNullPointerException()
                .isThrownBy(() -> PARSER.parse((byte[]) null))
                .withMessage("bytes");
        assertThatNullPointerException()
                .isThrownBy(() -> PARSER.parse((InputStream) null))
                .withMessage("in");
    }

    private static byte[] elf() {
        byte[] bytes = new byte[2048];
        byte[] header = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0, 1, 0, 0, 0};
        System.arraycopy(header, 0, bytes, 0, header.length);
        Arrays.fill(bytes, 64, 200, (byte) '>');
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** A stream of spaces that counts how much of it was read. */
    private static final class CountingStream extends InputStream {
        private final int size;
        private int read;

        CountingStream(int size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read == size) {
                return -1;
            }
            read++;
            return ' ';
        }
    }
}
