package io.github.osceparser.parser.internal.knowledge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which names are compared: case, diacritics, apostrophes, hyphens and spacing do not
 * count, nor a leading "the" or "OSCE". Pages print the same structure as "OSCE Co-ordinator" and
 * "Coordinator", "Secrétariat de l’OSCE" with a typographic apostrophe, and capitals in datelines
 * ("CHIŞINĂU" with a cedilla, "Chișinău" with a comma below): all of these must meet. Pages of the
 * early 1990s print "CSCE" where later ones print "OSCE" ("CSCE Mission to Georgia").
 */
public final class NameKey {
    /** The combining marks NFKD splits off letters: the diacritics. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameKey() {}

    /**
     * The comparison key of a name.
     *
     * @param name a name as printed
     * @return its key; empty when the name holds no letters or digits
     */
    public static String of(String name) {
        // Most names are plain ASCII, which has no marks to split off: the Unicode normalisation,
        // the costliest step, is left out for them. Other names are case-folded through upper case,
        // as lower case alone keeps apart what upper case prints alike: "Straßburg" and a dateline's
        // "STRASSBURG", "Diyarbakır" and "DIYARBAKIR" (found by RegistryFuzzTest).
        String folded = isAscii(name)
                ? name.toLowerCase(Locale.ROOT)
                : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD))
                        .replaceAll("")
                        .toUpperCase(Locale.ROOT)
                        .toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
                space = false;
            } else if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00ad') {
                // "Co-operation" and "Cooperation", "Nur-Sultan" and "Nursultan": hyphens join.
                continue;
            } else if (isApostrophe(c)) {
                key.append('\'');
                space = false;
            } else if (!space) {
                key.append(' ');
                space = true;
            }
        }
        String result = key.toString().strip();
        result = dropLeadingWord(result, "the");
        result = dropLeadingWord(result, "osce's");
        result = dropLeadingWord(result, "osce");
        result = dropLeadingWord(result, "csce");
        return result;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '`';
    }

    /** "the OSCE Mission" and "Mission": a name of one word is kept, so that "OSCE" stays "osce". */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String dropLeadingWord(String key, String word) {
        if (key.startsWith(word + " ") && key.length() > word.length() + 1) {
            return key.substring(word.length() + 1);
        }
        return key;
    }
}
