package io.github.osceparser.examples.warc;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes an HTTP response's {@code Content-Encoding}: archives keep the bytes as the server sent
 * them, compressed. jwarc decodes gzip too, but reads {@code deflate} only without its zlib wrapper,
 * while RFC 9110 defines {@code deflate} as zlib data and servers send both; so both are decoded
 * here.
 */
final class ContentCoding {
    private ContentCoding() {}

    /**
     * The decoded body.
     *
     * @param encodings the values of the {@code Content-Encoding} headers, in order
     * @param body the body as sent
     * @return the body as the page was written
     * @throws IOException if an encoding is one this class does not know
     */
    static InputStream decode(List<String> encodings, InputStream body) throws IOException {
        InputStream decoded = body;
        // Codings are listed in the order they were applied; undo the last first.
        List<String> codings = encodings.stream()
                .flatMap(header -> List.of(header.split(",")).stream())
                .map(coding -> coding.strip().toLowerCase(Locale.ROOT))
                .filter(coding -> !coding.isEmpty())
                .toList();
        for (int i = codings.size() - 1; i >= 0; i--) {
            decoded = decodeOne(codings.get(i), decoded);
        }
        return decoded;
    }

    /**
     * The bytes of a decoded body as far as they go: a compressed body cut short (the record's
     * Content-Length ran past its bytes, as in warcio's {@code example-trunc.warc}) ends where the
     * cut is, as warcio reads it, instead of losing the page.
     *
     * @param decoded the decoded body
     * @param onCut told, once, how many bytes were read before the cut
     * @return the bytes read
     * @throws IOException if the body cannot be read for another reason
     */
    static byte[] readAsFarAsItGoes(InputStream decoded, Consumer<String> onCut) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = decoded.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (EOFException e) {
            onCut.accept("the record's compressed content ends early (a truncated record?): the page is read from"
                    + " the first " + out.size() + " bytes it decodes to");
        }
        return out.toByteArray();
    }

    private static InputStream decodeOne(String coding, InputStream body) throws IOException {
        return switch (coding) {
            case "identity", "none" -> body;
            case "gzip", "x-gzip" -> new GZIPInputStream(body, 8192);
            case "deflate" -> inflate(body);
            default ->
                throw new IOException("the page is sent with Content-Encoding '" + coding
                        + "', which cannot be decoded (gzip and deflate can)");
        };
    }

    /** A zlib stream starts with a header whose two bytes, read as a number, are a multiple of 31. */
    private static InputStream inflate(InputStream body) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(body);
        buffered.mark(2);
        int cmf = buffered.read();
        int flg = buffered.read();
        buffered.reset();
        boolean zlib = cmf >= 0 && flg >= 0 && (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
        Inflater inflater = new Inflater(!zlib);
        return new InflaterInputStream(buffered, inflater, 8192) {
            /** A stream given its own inflater leaves it to its owner to free. */
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    inflater.end();
                }
            }
        };
    }
}
