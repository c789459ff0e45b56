package io.github.osceparser.parser.internal.text;

import io.github.osceparser.model.Dateline;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import java.util.Locale;

/**
 * Reads the dateline that opens a press release's body: "VIENNA, 21 May 2010 - Policing experts
 * ..." or, with an en dash, "NEW YORK, 3 June 2016 – The OSCE ...". The place comes first and is
 * followed by a comma, then the date, then a dash; the body text follows the dash.
 */
public final class DatelineParser {
    /** How far into a paragraph the dash that ends a dateline may stand. */
    private static final int MAX_DATELINE_LENGTH = 90;

    private DatelineParser() {}

    /**
     * A dateline and the paragraph's text after it.
     *
     * @param dateline the dateline as printed
     * @param rest the paragraph without the dateline and its dash
     */
    public record Result(Dateline dateline, String rest) {}

    /** The dateline that opens the paragraph, or null when it does not open with one. */
    public static Result parse(String paragraph, Lexicon lexicon) {
        int limit = Math.min(paragraph.length(), MAX_DATELINE_LENGTH);
        int comma = paragraph.indexOf(',');
        if (comma <= 0 || comma >= limit) {
            return null;
        }
        String place = paragraph.substring(0, comma).strip();
        if (!isPlace(place)) {
            return null;
        }
        DateScanner.Found found = DateScanner.find(paragraph, comma + 1, limit, lexicon);
        if (found == null || !paragraph.substring(comma + 1, found.start()).isBlank()) {
            return null;
        }
        int dateEnd = yearWordEnd(paragraph, found.end(), lexicon);
        int i = dateEnd;
        while (i < paragraph.length() && (paragraph.charAt(i) == ' ' || paragraph.charAt(i) == ',')) {
            i++;
        }
        if (i >= paragraph.length() || "-–—".indexOf(paragraph.charAt(i)) < 0) {
            return null;
        }
        String rest = paragraph.substring(i + 1).strip();
        if (rest.isEmpty()) {
            return null;
        }
        String text = paragraph.substring(0, dateEnd).strip();
        return new Result(new Dateline(place, found.date(), text), rest);
    }

    /**
     * The end of the date including a following word for "year", if there is one: Russian and
     * Ukrainian datelines print "2011 г.", "2012 року", "2012 р.".
     */
    private static int yearWordEnd(String paragraph, int end, Lexicon lexicon) {
        if (end >= paragraph.length() || paragraph.charAt(end) != ' ') {
            return end;
        }
        for (String word : lexicon.words(Section.YEAR_WORDS).entries()) {
            if (paragraph.startsWith(word, end + 1)) {
                int after = end + 1 + word.length();
                if (after == paragraph.length() || !Character.isLetter(paragraph.charAt(after))) {
                    return after;
                }
            }
        }
        return end;
    }

    /** A place name: starts with a capital, no more than five words, no sentence punctuation. */
    private static boolean isPlace(String place) {
        if (place.isEmpty() || place.length() > 40 || !Character.isUpperCase(place.codePointAt(0))) {
            return false;
        }
        int words = 1;
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            if (c == ' ') {
                words++;
            } else if (!Character.isLetter(c) && "-'’./()".indexOf(c) < 0) {
                return false;
            }
        }
        return words <= 5;
    }

    /**
     * The place in ordinary capitals: "VIENNA" gives "Vienna", "NEW YORK" gives "New York"; a place
     * not printed in capitals is returned as it is.
     */
    public static String normalCase(String place, Locale locale) {
        if (!place.equals(place.toUpperCase(locale))) {
            return place;
        }
        StringBuilder out = new StringBuilder(place.length());
        boolean wordStart = true;
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            out.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = c == ' ' || c == '-' || c == '/' || c == '(';
        }
        return out.toString();
    }
}
