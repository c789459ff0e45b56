package io.github.osceparser.parser.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.osceparser.parser.OsceParseException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Binary input is refused before decoding: more than 5 % control bytes in the first 8,192. */
class BinaryInputTest {
    /** {@code length} bytes of text with {@code controls} NUL bytes at the start. */
    private static byte[] withControls(int length, int controls) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'a');
        Arrays.fill(bytes, 0, controls, (byte) 0);
        return bytes;
    }

    @Test
    void takesTextWithTheControlsPagesUse() {
        byte[] bytes = "a\tb\nc\fd\re\u001Bf".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        assertThatCode(() -> BinaryInput.refuse(bytes, bytes.length)).doesNotThrowAnyException();
        assertThatCode(() -> BinaryInput.refuse(new byte[0], 0)).doesNotThrowAnyException();
    }

    @Test
    void toleratesFivePercentOfControlBytes() {
        assertThatCode(() -> BinaryInput.refuse(withControls(20, 1), 20)).doesNotThrowAnyException();
        assertThatCode(() -> BinaryInput.refuse(withControls(100, 5), 100)).doesNotThrowAnyException();
    }

    @Test
    void refusesMoreThanFivePercentNamingTheFirstControlByte() {
        byte[] bytes = withControls(100, 6);
        bytes[0] = 'a';
        bytes[6] = 0x7F;

        OsceParseException e = catchThrowableOfType(() -> BinaryInput.refuse(bytes, 100), OsceParseException.class);

        assertThat(e.getMessage())
                .isEqualTo("the input is binary, not a page: 6 of its first 100 bytes are control characters"
                        + " (the first \\x00 at byte offset 1)");
        assertThat(e.byteOffset()).hasValue(1);
    }

    @Test
    void looksOnlyAtTheLengthGiven() {
        byte[] bytes = withControls(100, 0);
        Arrays.fill(bytes, 50, 100, (byte) 1);

        assertThatCode(() -> BinaryInput.refuse(bytes, 50)).doesNotThrowAnyException();
    }
}
