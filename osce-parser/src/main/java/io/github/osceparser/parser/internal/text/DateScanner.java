package io.github.osceparser.parser.internal.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds written dates in text: "21 May 2010", "from 24 to 25 October 2013" (the first day),
 * "21. Mai 2010", "21 de mayo de 2010", "21 мая 2010", "21 листопада, 2012", "May 21, 2010".
 *
 * <p>Month names come from the JDK's own locale data (CLDR), in the format (genitive) and
 * stand-alone forms, for the OSCE's six official languages and Ukrainian. The scan is one pass over
 * the words of the text, with no regular expression.
 */
public final class DateScanner {
    private static final List<Locale> LOCALES = List.of(
            Locale.ENGLISH,
            Locale.FRENCH,
            Locale.GERMAN,
            Locale.ITALIAN,
            Locale.forLanguageTag("es"),
            Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("uk"));

    private static final Map<String, Month> MONTHS = new HashMap<>();

    /** Longer words are no month's name, and are not lower-cased to be looked up. */
    private static final int LONGEST_MONTH;

    /** Words that join the two days of a range: "24 to 25 October". */
    private static final Set<String> RANGE_WORDS = Set.of(
            "to", "and", "until", "till", "through", "au", "et", "bis", "und", "al", "e", "y", "a", "до", "по", "и",
            "і", "та");

    static {
        for (Locale locale : LOCALES) {
            for (Month month : Month.values()) {
                for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE}) {
                    MONTHS.putIfAbsent(month.getDisplayName(style, locale).toLowerCase(locale), month);
                }
            }
        }
        // Abbreviations seen in English datelines.
        String[] shortNames = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < shortNames.length; i++) {
            MONTHS.putIfAbsent(shortNames[i], Month.of(i + 1));
        }
        MONTHS.putIfAbsent("sept", Month.SEPTEMBER);
        LONGEST_MONTH = MONTHS.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private DateScanner() {}

    /**
     * A date found in text.
     *
     * @param date the date; for a range of days, the first
     * @param start the index of the date's first character in the text
     * @param end the index after the date's last character
     */
    public record Found(LocalDate date, int start, int end) {}

    /** The first date in the text, or null. */
    public static Found first(String text) {
        return find(text, 0, text.length());
    }

    /** The first date within {@code text[from, to)}, or null. */
    public static Found find(String text, int from, int to) {
        Words words = new Words(text, from, to);
        for (int w = 0; w < words.count; w++) {
            if (!words.couldBeMonth(w)) {
                continue;
            }
            Month month = MONTHS.get(words.lower(w));
            if (month == null) {
                continue;
            }
            Found found = dayBeforeMonth(words, w, month);
            if (found == null) {
                found = dayAfterMonth(words, w, month);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** "21 May 2010", "21. Mai 2010", "21 de mayo de 2010", "24 to 25 October 2013". */
    private static Found dayBeforeMonth(Words words, int m, Month month) {
        int d = m - 1;
        if (d >= 0 && words.lower(d).equals("de")) {
            d--;
        }
        int y = m + 1;
        if (y < words.count && words.lower(y).equals("de")) {
            y++;
        }
        int day = words.day(d);
        int year = words.year(y);
        if (day < 0 || year < 0) {
            return null;
        }
        int start = d;
        if (d - 2 >= 0 && RANGE_WORDS.contains(words.lower(d - 1)) && words.day(d - 2) > 0) {
            start = d - 2;
        } else if (d - 1 >= 0 && words.day(d - 1) > 0 && words.onlyDashBetween(d - 1, d)) {
            start = d - 1;
        }
        return make(words, start, y, year, month, words.day(start));
    }

    /** "May 21, 2010". */
    private static Found dayAfterMonth(Words words, int m, Month month) {
        int day = words.day(m + 1);
        int year = words.year(m + 2);
        if (day < 0 || year < 0) {
            return null;
        }
        return make(words, m, m + 2, year, month, day);
    }

    private static Found make(Words words, int first, int last, int year, Month month, int day) {
        try {
            return new Found(LocalDate.of(year, month, day), words.start(first), words.end(last));
        } catch (DateTimeException e) {
            return null; // "31 February": not a date
        }
    }

    /** The words of a text span: runs of letters, or runs of digits. */
    private static final class Words {
        private final String text;
        private int[] starts = new int[16];
        private int[] ends = new int[16];
        private int count;

        Words(String text, int from, int to) {
            this.text = text;
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                if (Character.isLetter(c) || Character.isDigit(c)) {
                    boolean digits = Character.isDigit(c);
                    int start = i;
                    while (i < to
                            && (digits ? Character.isDigit(text.charAt(i)) : Character.isLetter(text.charAt(i)))) {
                        i++;
                    }
                    add(start, i);
                } else {
                    i++;
                }
            }
        }

        private void add(int start, int end) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            count++;
        }

        int start(int w) {
            return starts[w];
        }

        int end(int w) {
            return ends[w];
        }

        /** Whether the word is letters no longer than a month's name: digits and long words are not looked up. */
        boolean couldBeMonth(int w) {
            return ends[w] - starts[w] <= LONGEST_MONTH && Character.isLetter(text.charAt(starts[w]));
        }

        String lower(int w) {
            return text.substring(starts[w], ends[w]).toLowerCase(Locale.ROOT);
        }

        /** The word as a day of the month (1 to 31), or -1. */
        int day(int w) {
            if (w < 0 || w >= count || ends[w] - starts[w] > 2 || !Character.isDigit(text.charAt(starts[w]))) {
                return -1;
            }
            int day = Integer.parseInt(text, starts[w], ends[w], 10);
            return day >= 1 && day <= 31 ? day : -1;
        }

        /** The word as a four-digit year (1900 to 2199), or -1. */
        int year(int w) {
            if (w < 0 || w >= count || ends[w] - starts[w] != 4 || !Character.isDigit(text.charAt(starts[w]))) {
                return -1;
            }
            int year = Integer.parseInt(text, starts[w], ends[w], 10);
            return year >= 1900 && year <= 2199 ? year : -1;
        }

        /** Whether only a dash (and spaces) stands between two words: "24-25", "24 – 25". */
        boolean onlyDashBetween(int a, int b) {
            String between = text.substring(ends[a], starts[b]).strip();
            return between.equals("-") || between.equals("–") || between.equals("—");
        }
    }
}
