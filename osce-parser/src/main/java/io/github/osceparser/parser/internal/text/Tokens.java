package io.github.osceparser.parser.internal.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * Words of a text as offsets: the one tokenisation that people, quotations and dates share. A
 * paragraph is split once ({@link #words(String)}) and every check reads the same {@link Words}.
 */
final class Tokens {
    private Tokens() {}

    /** The words of the text, found in one pass. */
    static Words words(String text) {
        return words(text, 0, text.length());
    }

    /**
     * The words of {@code text[from, to)}: runs of letters (with inner hyphens, apostrophes and
     * full stops: "co-operation", "O'Neill", "U.S"), or runs of digits, so that "24-25" and "2010"
     * are words of their own. Offsets are into the whole text.
     */
    static Words words(String text, int from, int to) {
        Words words = new Words(text);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!isLetter(c)) {
                if (isDigit(c)) {
                    int start = i;
                    while (i < to && isDigit(text.charAt(i))) {
                        i++;
                    }
                    words.add(start, i);
                } else {
                    i++;
                }
                continue;
            }
            int start = i;
            while (i < to
                    && (isLetter(text.charAt(i))
                            || (isJoiner(text.charAt(i)) && i + 1 < to && isLetter(text.charAt(i + 1))))) {
                i++;
            }
            words.add(start, i);
        }
        return words;
    }

    /** The text without a possessive "’s" or "'s" at its end ("OSCE’s", "Kurz’s"). */
    static String withoutPossessive(String text) {
        return endsWithPossessive(text, 0, text.length()) ? text.substring(0, text.length() - 2) : text;
    }

    /** Whether {@code text[from, to)} is a word with a possessive "’s" or "'s" at its end. */
    static boolean endsWithPossessive(String text, int from, int to) {
        return to - from > 2
                && text.charAt(to - 1) == 's'
                && (text.charAt(to - 2) == '’' || text.charAt(to - 2) == '\'');
    }

    private static boolean isDigit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /** {@link Character#isLetter(char)}, answered without its table for ASCII, most of the text. */
    private static boolean isLetter(char c) {
        if (c < 0x80) {
            char lower = (char) (c | 0x20);
            return lower >= 'a' && lower <= 'z';
        }
        return Character.isLetter(c);
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '.';
    }

    /**
     * The words of one text as {@code [start, end)} offsets, kept in one array rather than an object
     * per word: every paragraph of a press release is split into words.
     */
    static final class Words {
        private final String text;
        private int[] bounds = new int[32];
        private int count;
        /** Each word in lower case, made the first time it is asked for: the checks ask again and again. */
        private String[] lowered;

        private Words(String text) {
            this.text = text;
        }

        private void add(int start, int end) {
            if (2 * count == bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[2 * count] = start;
            bounds[2 * count + 1] = end;
            count++;
        }

        int size() {
            return count;
        }

        boolean isEmpty() {
            return count == 0;
        }

        /** The index of the word's first character in the text. */
        int start(int w) {
            return bounds[2 * w];
        }

        /** The index after the word's last character. */
        int end(int w) {
            return bounds[2 * w + 1];
        }

        /** The word in lower case, without a possessive "'s". */
        String lower(int w) {
            if (lowered == null) {
                lowered = new String[count];
            }
            String word = lowered[w];
            if (word == null) {
                word = text.substring(start(w), end(w)).toLowerCase(Locale.ROOT);
                word = withoutPossessive(word);
                lowered[w] = word;
            }
            return word;
        }

        /** The index of the first word that starts at or after the offset; {@link #size()} when none. */
        int firstFrom(int offset) {
            int low = 0;
            int high = count;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (start(mid) < offset) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        /** The index after the last word that ends at or before the offset, from {@code first} on. */
        int endBefore(int first, int offset) {
            int w = first;
            while (w < count && end(w) <= offset) {
                w++;
            }
            return w;
        }

        /** The text the words are offsets into. */
        String text() {
            return text;
        }

        /** Whether the word is letters, not digits. */
        boolean isLetters(int w) {
            return isLetter(text.charAt(start(w)));
        }

        /**
         * The word as a number of at most {@code digits} ASCII digits, or -1 (also for an index
         * outside the words).
         */
        int number(int w, int digits) {
            if (w < 0 || w >= count || end(w) - start(w) > digits) {
                return -1;
            }
            int value = 0;
            for (int i = start(w); i < end(w); i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }

        /** Whether only a single space separates two words (a comma or other mark ends a name). */
        boolean spaceBetween(int a, int b) {
            return start(b) - end(a) == 1 && text.charAt(end(a)) == ' ';
        }
    }
}
