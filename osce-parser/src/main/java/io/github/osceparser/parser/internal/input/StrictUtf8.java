package io.github.osceparser.parser.internal.input;

import io.github.osceparser.parser.OsceParseException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Page text from bytes: UTF-8, decoded strictly. A page whose bad bytes were silently replaced by
 * U+FFFD would parse into records with damaged names, so the first bad byte is refused, with its
 * offset in the input. The one place in the project that decodes page text: the command line, the
 * archive reader and the Spark job all come through {@code OsceParser.parse(byte[])}.
 */
public final class StrictUtf8 {
    private StrictUtf8() {}

    /**
     * The text of the bytes, a leading byte-order mark removed.
     *
     * @param bytes the page's bytes
     * @param length how many of them to decode, from the first
     * @throws OsceParseException if they are not valid UTF-8, or look binary ({@link BinaryInput}); the
     *     exception's {@code byteOffset()} says where
     */
    public static String decode(byte[] bytes, int length) {
        BinaryInput.refuse(bytes, length);
        int start = hasByteOrderMark(bytes, length) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
        // UTF-8 never gives more UTF-16 characters than it has bytes.
        CharBuffer out = CharBuffer.allocate(length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw OsceParseException.atByte(
                    "the page text is not valid UTF-8: " + describe(bytes, offset, result.length()), offset);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static boolean hasByteOrderMark(byte[] bytes, int length) {
        return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The bad bytes as a person reads them in a hex dump: {@code \xA8}, never sign-extended. */
    private static String describe(byte[] bytes, int offset, int count) {
        StringBuilder hex = new StringBuilder();
        for (int i = offset; i < offset + count && i < bytes.length; i++) {
            hex.append(String.format(Locale.ROOT, "\\x%02X", bytes[i] & 0xFF));
        }
        return "malformed byte sequence " + hex + " at byte offset " + offset;
    }
}
