package io.github.osceparser.parser.internal.text;

import io.github.osceparser.model.Dateline;
import io.github.osceparser.parser.internal.knowledge.Registry;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;

/**
 * Reads the dateline that opens a press release's body, in the shapes osce.org has printed:
 *
 * <ul>
 *   <li>the place, a comma, the date, a dash: "VIENNA, 21 May 2010 - ", "NEW YORK, 3 June 2016 – ",
 *       "ДУШАНБЕ, 7 июля 2017 года -", "Skopje, 15 December 2025 –";
 *   <li>the place with its country: "SHEVCHENKOVE, Ukraine, 4 September 2013 –";
 *   <li>several places: "PRISHTINË/PRIŠTINA, 27 June 2014 –", "Brussels/Geneva/Tirana, 18 April 2020-";
 *   <li>an agency credit and a double hyphen: "SKOPJE, 18 October 2001 (OSCE)--";
 *   <li>the dash before the date: "TIRANA / BRUSSELS / GENEVA – 6 October 2020.";
 *   <li>the date first: "12 June 2025, Sarajevo – ";
 *   <li>no year: "VALLETTA/VIENNA, 12 July –" (the page's other dates give it; see {@link Result}).
 * </ul>
 *
 * The body text follows the dash, with or without a space.
 */
public final class DatelineParser {
    /** How far into a paragraph the dash that ends a dateline may stand. */
    private static final int MAX_DATELINE_LENGTH = 110;

    /** The longest place as printed, and the longest country printed after it. */
    private static final int MAX_PLACE_LENGTH = 40;

    private static final int MAX_COUNTRY_LENGTH = 30;

    private DatelineParser() {}

    /**
     * A dateline and the paragraph's text after it.
     *
     * @param place the place as printed ("VIENNA", "SHEVCHENKOVE, Ukraine", "TIRANA / BRUSSELS")
     * @param date the date, or null when the dateline prints no year
     * @param dayWithoutYear the day and month of a dateline that prints no year, else null
     * @param text the dateline as printed, without the dash
     * @param rest the paragraph without the dateline and its dash
     */
    public record Result(String place, LocalDate date, MonthDay dayWithoutYear, String text, String rest) {
        /** The dateline with its date; with {@code year} for a dateline that prints none. */
        public Dateline dateline(int year) {
            return new Dateline(
                    place,
                    Registry.standard().countryOfPlace(place),
                    date != null ? date : dayWithoutYear.atYear(year),
                    text);
        }

        /** The dateline; only for one that prints its year. */
        public Dateline dateline() {
            return dateline(date.getYear());
        }
    }

    /** The dateline that opens the paragraph, or null when it does not open with one. */
    public static Result parse(String paragraph, Lexicon lexicon) {
        int limit = Math.min(paragraph.length(), MAX_DATELINE_LENGTH);
        Result result = placeFirst(paragraph, limit, lexicon);
        if (result == null) {
            result = dashBeforeDate(paragraph, limit, lexicon);
        }
        if (result == null) {
            result = dateFirst(paragraph, limit, lexicon);
        }
        return result;
    }

    /** "VIENNA, 21 May 2010 -", "SHEVCHENKOVE, Ukraine, 4 September 2013 –", "VALLETTA/VIENNA, 12 July –". */
    private static Result placeFirst(String paragraph, int limit, Lexicon lexicon) {
        int comma = paragraph.indexOf(',');
        if (comma <= 0
                || comma >= limit
                || !isPlace(paragraph.substring(0, comma).strip())) {
            return null;
        }
        int placeEnd = comma;
        int dateFrom = comma + 1;
        int second = paragraph.indexOf(',', dateFrom);
        if (second > 0
                && second < limit
                && isCountry(paragraph.substring(dateFrom, second).strip())) {
            placeEnd = second;
            dateFrom = second + 1;
        }
        DateScanner.Found found = DateScanner.find(paragraph, dateFrom, limit, lexicon);
        if (found != null && paragraph.substring(dateFrom, found.start()).isBlank()) {
            return ending(paragraph, paragraph.substring(0, placeEnd).strip(), found.date(), null, 0, found.end());
        }
        DateScanner.DayMonth day = DateScanner.dayAndMonth(paragraph, dateFrom, limit, lexicon);
        if (day != null && paragraph.substring(dateFrom, day.start()).isBlank()) {
            return ending(paragraph, paragraph.substring(0, placeEnd).strip(), null, day.day(), 0, day.end());
        }
        return null;
    }

    /** "TIRANA / BRUSSELS / GENEVA – 6 October 2020. The ...": the dash between the places and the date. */
    private static Result dashBeforeDate(String paragraph, int limit, Lexicon lexicon) {
        int dash = firstDash(paragraph, limit);
        if (dash <= 0 || !isPlace(paragraph.substring(0, dash).strip())) {
            return null;
        }
        DateScanner.Found found = DateScanner.find(paragraph, dash + 1, limit, lexicon);
        if (found == null || !paragraph.substring(dash + 1, found.start()).isBlank()) {
            return null;
        }
        int i = found.end();
        if (i < paragraph.length() && (paragraph.charAt(i) == '.' || paragraph.charAt(i) == ',')) {
            i++;
        }
        String rest = paragraph.substring(i).strip();
        if (rest.isEmpty() || (i < paragraph.length() && !Character.isWhitespace(paragraph.charAt(i)))) {
            return null;
        }
        String place = paragraph.substring(0, dash).strip();
        return new Result(
                place, found.date(), null, paragraph.substring(0, found.end()).strip(), rest);
    }

    /** "12 June 2025, Sarajevo – ...": the date, a comma, the place, a dash. */
    private static Result dateFirst(String paragraph, int limit, Lexicon lexicon) {
        if (!opensWithDayOrMonth(paragraph, lexicon)) {
            return null; // most paragraphs: not split into words only to learn that
        }
        DateScanner.Found found = DateScanner.find(paragraph, 0, limit, lexicon);
        if (found == null || found.start() != 0 || !paragraph.startsWith(", ", found.end())) {
            return null;
        }
        int placeFrom = found.end() + 2;
        int dash = firstDash(paragraph, limit);
        if (dash <= placeFrom || !isPlace(paragraph.substring(placeFrom, dash).strip())) {
            return null;
        }
        return ending(paragraph, paragraph.substring(placeFrom, dash).strip(), found.date(), null, 0, dash);
    }

    /** Whether the paragraph's first word can open a date: a number, or a month's name. */
    private static boolean opensWithDayOrMonth(String paragraph, Lexicon lexicon) {
        if (paragraph.isEmpty() || Character.isDigit(paragraph.charAt(0))) {
            return !paragraph.isEmpty();
        }
        int end = 0;
        while (end < paragraph.length() && end <= lexicon.longestMonth() && Character.isLetter(paragraph.charAt(end))) {
            end++;
        }
        return end > 0
                && end <= lexicon.longestMonth()
                && lexicon.month(paragraph.substring(0, end).toLowerCase(Locale.ROOT)) != null;
    }

    /**
     * The dateline ending at {@code end}: an agency credit "(OSCE)" may follow, then commas and
     * spaces, then the dash (one, or a double hyphen) before the body.
     */
    private static Result ending(String paragraph, String place, LocalDate date, MonthDay day, int start, int end) {
        int textEnd = end;
        int i = skipSpaces(paragraph, end);
        if (i < paragraph.length() && paragraph.charAt(i) == '(') {
            int close = paragraph.indexOf(')', i);
            if (close > i + 1 && close - i <= 12 && isWord(paragraph, i + 1, close)) {
                textEnd = close + 1;
                i = close + 1;
            }
        }
        while (i < paragraph.length() && (paragraph.charAt(i) == ' ' || paragraph.charAt(i) == ',')) {
            i++;
        }
        if (i < paragraph.length() && i > textEnd && Character.isUpperCase(paragraph.charAt(i))) {
            // No dash at all: "NEW YORK CITY, 28 September 2015 A document ...", the body's capital ends it.
            return new Result(
                    place, date, day, paragraph.substring(start, textEnd).strip(), paragraph.substring(i));
        }
        if (i >= paragraph.length() || !isDash(paragraph.charAt(i))) {
            return null;
        }
        i++;
        if (i < paragraph.length() && paragraph.charAt(i) == '-' && paragraph.charAt(i - 1) == '-') {
            i++; // "(OSCE)--"
        }
        String rest = paragraph.substring(i).strip();
        if (rest.isEmpty()) {
            return null;
        }
        return new Result(place, date, day, paragraph.substring(start, textEnd).strip(), rest);
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    /** The first dash that stands after a space or before one: "GENEVA – 6", not "Co-operation". */
    private static int firstDash(String paragraph, int limit) {
        for (int i = 1; i < limit; i++) {
            if (isDash(paragraph.charAt(i))
                    && (paragraph.charAt(i - 1) == ' '
                            || (i + 1 < paragraph.length() && paragraph.charAt(i + 1) == ' '))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isWord(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A place name, or several joined by "/": starts with a capital, no more than five words (a lone
     * "/" is none), no sentence punctuation.
     */
    private static boolean isPlace(String place) {
        if (place.isEmpty() || place.length() > MAX_PLACE_LENGTH || !Character.isUpperCase(place.codePointAt(0))) {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            if (c == ' ' || c == '/') {
                inWord = false;
            } else if (Character.isLetter(c) || "-'’.()".indexOf(c) >= 0) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else {
                return false;
            }
        }
        return words <= 5;
    }

    /** A country printed after the place: "Ukraine", "Kyrgyzstan", "Bosnia and Herzegovina". */
    private static boolean isCountry(String text) {
        if (text.isEmpty() || text.length() > MAX_COUNTRY_LENGTH || !Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        int words = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                words++;
            } else if (!Character.isLetter(c) && c != '-') {
                return false;
            }
        }
        return words <= 4;
    }

    /**
     * The place in ordinary capitals: every word printed in capitals is written as a name, so
     * "VIENNA" gives "Vienna", "NEW YORK" gives "New York", "PRISHTINË/PRIŠTINA" gives
     * "Prishtinë/Priština" and "SHEVCHENKOVE, Ukraine" gives "Shevchenkove, Ukraine"; words not
     * printed in capitals are kept. A word of the lexicon's {@code place-particles} inside a name is
     * written in lower case ("BOSNIA AND HERZEGOVINA" gives "Bosnia and Herzegovina", "ROSTOV-ON-DON"
     * "Rostov-on-Don"); the first word of a name, at the start or after "/", "(" or ",", never is.
     */
    public static String normalCase(String place, Lexicon lexicon) {
        Locale locale = Locale.forLanguageTag(lexicon.language());
        StringBuilder out = new StringBuilder(place.length());
        boolean nameStart = true;
        int i = 0;
        while (i < place.length()) {
            int end = i;
            while (end < place.length()
                    && (Character.isLetter(place.charAt(end))
                            || (end > i
                                    && "'’".indexOf(place.charAt(end)) >= 0
                                    && end + 1 < place.length()
                                    && Character.isLetter(place.charAt(end + 1))))) {
                end++;
            }
            if (end == i) {
                char c = place.charAt(i++);
                nameStart |= c == '/' || c == '(' || c == ',';
                out.append(c);
                continue;
            }
            String word = place.substring(i, end);
            boolean capitals = word.equals(word.toUpperCase(locale));
            if (capitals && !nameStart && lexicon.has(Section.PLACE_PARTICLES, word)) {
                out.append(word.toLowerCase(locale));
            } else if (capitals && end - i > 1) {
                out.append(word.charAt(0)).append(word.substring(1).toLowerCase(locale));
            } else {
                out.append(word);
            }
            nameStart = false;
            i = end;
        }
        return out.toString();
    }
}
