package io.github.osceparser.examples.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes page text, which is UTF-8, refusing malformed bytes rather than replacing them, and saying
 * where the first one is: a page silently turned into replacement characters would parse into
 * records with damaged names.
 */
final class StrictUtf8 {
    private StrictUtf8() {}

    /**
     * The text of the bytes.
     *
     * @throws IOException if they are not valid UTF-8; the message gives the offset of the first bad byte
     */
    static String decode(byte[] bytes) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never gives more UTF-16 characters than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new IOException("not valid UTF-8: malformed byte sequence at byte offset " + in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
