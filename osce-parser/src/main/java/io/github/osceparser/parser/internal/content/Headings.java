package io.github.osceparser.parser.internal.content;

/**
 * Tells a heading from a paragraph in page text, where both are plain lines. A heading is short (at
 * most twelve words), starts with a capital letter or digit and does not end like a sentence.
 */
public final class Headings {
    private static final int MAX_LENGTH = 100;
    private static final int MAX_WORDS = 12;

    private Headings() {}

    /** Whether the line reads as a heading ("Our challenge") rather than a sentence. */
    public static boolean looksLikeHeading(String text) {
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return false;
        }
        int first = text.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (".:;,!?…\"”»)]".indexOf(last) >= 0) {
            return false;
        }
        if (text.contains("www.") || text.contains("://")) {
            return false; // "The report is available at www.osce.org/...": a sentence that ends in an address
        }
        int words = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                words++;
            }
        }
        return words <= MAX_WORDS;
    }
}
