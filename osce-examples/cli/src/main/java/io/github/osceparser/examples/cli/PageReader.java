package io.github.osceparser.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/**
 * Reads the bytes of a page file, or of standard input. A file too long for the parser is refused
 * before it is read, so that one huge file cannot exhaust a small heap.
 */
final class PageReader {
    private final InputStream standardInput;
    private final long maxBytes;

    /**
     * @param standardInput read for the input {@code -}
     * @param maxChars the parser's limit in characters; a file of more than three bytes per character
     *     of it cannot fit, as UTF-8 spends at most three bytes on one UTF-16 character
     */
    PageReader(InputStream standardInput, int maxChars) {
        this.standardInput = standardInput;
        this.maxBytes = 3L * maxChars;
    }

    /**
     * The bytes of a page.
     *
     * @param input the page
     * @return its bytes
     * @throws IOException if the file cannot be read or is too long
     */
    byte[] read(PageInput input) throws IOException {
        return input.isStandardInput() ? readStandardInput() : readFile(input);
    }

    private byte[] readFile(PageInput input) throws IOException {
        long size = Files.size(input.path());
        if (size > maxBytes) {
            throw new IOException(tooLong(size));
        }
        return Files.readAllBytes(input.path());
    }

    private byte[] readStandardInput() throws IOException {
        byte[] bytes = standardInput.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new IOException(tooLong(bytes.length));
        }
        return bytes;
    }

    private String tooLong(long size) {
        return "the file has more than " + maxBytes + " bytes (" + size
                + "), more than the limit of characters allows; raise it with --max-input-length";
    }
}
