package io.github.osceparser.parser.internal.text;

import java.util.Arrays;
import java.util.Locale;

/** Words of a text: letters, digits, inner hyphens and apostrophes. */
final class Tokens {
    private Tokens() {}

    /** The words of the text, found in one pass. */
    static Words words(String text) {
        Words words = new Words(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n
                    && (isLetterOrDigit(text.charAt(i))
                            || (isJoiner(text.charAt(i)) && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
                i++;
            }
            words.add(start, i);
        }
        return words;
    }

    /** {@link Character#isLetterOrDigit(char)}, answered without its table for ASCII, most of the text. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            char lower = (char) (c | 0x20);
            return (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
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
                if (word.endsWith("’s") || word.endsWith("'s")) {
                    word = word.substring(0, word.length() - 2);
                }
                lowered[w] = word;
            }
            return word;
        }

        /** Whether only a single space separates two words (a comma or other mark ends a name). */
        boolean spaceBetween(int a, int b) {
            return start(b) - end(a) == 1 && text.charAt(end(a)) == ' ';
        }
    }
}
