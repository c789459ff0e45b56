package io.github.osceparser.parser.internal.input;

import io.github.osceparser.parser.OsceParseException;
import java.util.Locale;

/**
 * Tells a binary file (an executable, an image, a compressed archive saved under a page's name)
 * from a page, before any decoding: HTML that declares no charset falls back to Windows-1252, which
 * maps every byte to a character, so without this check an ELF binary named {@code .html} came back
 * as a page titled {@code ELF>…}.
 *
 * <p>"Binary" means C0 control bytes other than tab, line feed, form feed, carriage return and
 * escape (ISO-2022 pages use it), and DEL: no 8-bit charset a page is written in (Windows-125x,
 * ISO-8859-x, KOI8) uses them, while random bytes hold about 11% of them and executables far more.
 * A few stray ones (a NUL where an editor broke a page) are tolerated: only more than
 * {@value #MAX_CONTROL_PERCENT}% of the first {@value #SAMPLE} bytes counts.
 */
public final class BinaryInput {
    /** How many bytes from the start are looked at: enough for any file format's header. */
    static final int SAMPLE = 8192;

    /** The share of control bytes above which the input is binary. */
    static final int MAX_CONTROL_PERCENT = 5;

    private BinaryInput() {}

    /**
     * Refuses binary bytes. Call it only for input in an 8-bit-compatible charset (UTF-8 and the
     * legacy ones): UTF-16 and UTF-32 are full of NUL bytes.
     *
     * @param bytes the input
     * @param length how many of them are input, from the first
     * @throws OsceParseException if the input is binary; its byte offset is the first control byte's
     */
    public static void refuse(byte[] bytes, int length) {
        int sample = Math.min(length, SAMPLE);
        int controls = 0;
        int first = -1;
        for (int i = 0; i < sample; i++) {
            if (isControl(bytes[i] & 0xFF)) {
                controls++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (sample > 0 && controls * 100L > MAX_CONTROL_PERCENT * (long) sample) {
            throw OsceParseException.atByte(
                    "the input is binary, not a page: " + controls + " of its first " + sample
                            + " bytes are control characters (the first "
                            + String.format(Locale.ROOT, "\\x%02X", bytes[first] & 0xFF) + " at byte offset " + first
                            + ")",
                    first);
        }
    }

    private static boolean isControl(int b) {
        return (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1B) || b == 0x7F;
    }
}
