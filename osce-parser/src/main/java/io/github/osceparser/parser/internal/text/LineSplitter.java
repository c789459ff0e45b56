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
        int i = start;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Line(number++, clean(text, start, i)));
                i += (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < length) {
            lines.add(new Line(number, clean(text, start, length)));
        }
        return lines;
    }

    /**
     * The line's text, stripped, with invisible characters removed: zero-width spaces and joiners,
     * byte-order marks inside the text, and control characters other than tab (NUL bytes in saved
     * files) carry no content and would otherwise defeat the line tests ("-" versus "-\u200B").
     * Tabs and no-break spaces become plain spaces.
     */
    private static String clean(String text, int from, int to) {
        boolean dirty = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isInvisible(c) || c == '\t' || c == '\u00A0') {
                dirty = true;
                break;
            }
        }
        String line;
        if (dirty) {
            StringBuilder sb = new StringBuilder(to - from);
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (!isInvisible(c)) {
                    sb.append(c == '\t' || c == '\u00A0' ? ' ' : c);
                }
            }
            line = sb.toString();
        } else {
            line = text.substring(from, to);
        }
        return line.strip();
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
