package io.github.osceparser.parser.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Page text to numbered lines, in one pass. Pages arrive with LF, CRLF or lone CR line ends (files
 * saved on different systems), sometimes with a byte-order mark: all are accepted.
 */
public final class LineSplitter {
    private LineSplitter() {}

    /** Splits the text into lines, numbered from 1, each stripped of surrounding white space. */
    public static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>(Math.max(16, text.length() / 60));
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int number = 1;
        int length = text.length();
        // Most pages have LF line ends only; for them the JDK's vectorised indexOf finds each end.
        boolean carriageReturns = text.indexOf('\r', start) >= 0;
        while (start < length) {
            int end = carriageReturns ? nextLineEnd(text, start) : text.indexOf('\n', start);
            if (end < 0) {
                lines.add(new Line(number, clean(text, start, length)));
                break;
            }
            lines.add(new Line(number++, clean(text, start, end)));
            start = end + ((text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n') ? 2 : 1);
        }
        return lines;
    }

    /** The index of the next LF or CR from {@code from}, or -1. */
    private static int nextLineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The line's text, stripped, with invisible characters removed: zero-width spaces and joiners,
     * byte-order marks inside the text, and control characters other than tab (NUL bytes in saved
     * files) carry no content and would otherwise defeat the line tests ("-" versus "-\u200B").
     * Tabs and no-break spaces become plain spaces.
     */
    private static String clean(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue; // printable ASCII, most of every page
            }
            if (isInvisible(c) || c == '\t' || c == '\u00A0') {
                return cleanDirty(text, from, to);
            }
        }
        // What String.strip() would remove, found before the one copy rather than after it.
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static String cleanDirty(String text, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isInvisible(c)) {
                sb.append(c == '\t' || c == '\u00A0' ? ' ' : c);
            }
        }
        return sb.toString().strip();
    }

    private static boolean isInvisible(char c) {
        return (c < 0x20 && c != '\t')
                || c == '\u200B'
                || c == '\u200C'
                || c == '\u200D'
                || c == '\u2060'
                || c == '\uFEFF'
                || c == 0x7F;
    }
}
