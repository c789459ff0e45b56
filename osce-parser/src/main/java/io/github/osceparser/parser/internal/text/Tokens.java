package io.github.osceparser.parser.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Words of a text as {@code [start, end)} pairs: letters, digits, inner hyphens and apostrophes. */
final class Tokens {
    private Tokens() {}

    static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n
                    && (Character.isLetterOrDigit(text.charAt(i))
                            || (isJoiner(text.charAt(i)) && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
                i++;
            }
            words.add(new int[] {start, i});
        }
        return words;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '.';
    }

    static String lower(String text, int[] word) {
        String w = text.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
        if (w.endsWith("’s") || w.endsWith("'s")) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }

    /** Whether only a single space separates two words (a comma or other mark ends a name). */
    static boolean spaceBetween(String text, int[] a, int[] b) {
        return b[0] - a[1] == 1 && text.charAt(a[1]) == ' ';
    }
}
