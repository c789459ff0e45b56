package io.github.osceparser.parser.internal.text;

import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import io.github.osceparser.parser.internal.lexicon.WordList;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

/**
 * Finds written dates in text: "21 May 2010", "from 24 to 25 October 2013" (the first day),
 * "21. Mai 2010", "21 de mayo de 2010", "21 мая 2010", "21 листопада, 2012", "May 21, 2010".
 *
 * <p>Month names, range words ("to", "bis", "до") and connectors ("de") come from the page's
 * {@link Lexicon}. The scan is one pass over the words of the text ({@link Tokens}), with no
 * regular expression.
 */
public final class DateScanner {
    private DateScanner() {}

    /**
     * A date found in text.
     *
     * @param date the date; for a range of days, the first
     * @param start the index of the date's first character in the text
     * @param end the index after the date's last character
     * @param range whether the text gives a range of days ("14 - 15 March 2022"), of which {@code date} is the first
     */
    public record Found(LocalDate date, int start, int end, boolean range) {}

    /** How many years before a paragraph's later date its first date lies when it is history. */
    static final int HISTORY_YEARS = 5;

    /** How many words before a date a history cue may stand: "years ago, on 30 January 1992". */
    private static final int HISTORY_WINDOW = 3;

    /** The first date in the text, or null. */
    public static Found first(String text, Lexicon lexicon) {
        return find(Tokens.words(text), lexicon);
    }

    /** The first date in paragraph {@code p}, read from its words, or null. */
    public static Found first(Paragraphs paragraphs, int p, Lexicon lexicon) {
        return find(paragraphs.words(p), lexicon);
    }

    /** The first date within {@code text[from, to)}, or null. */
    public static Found find(String text, int from, int to, Lexicon lexicon) {
        return find(Tokens.words(text, from, to), lexicon);
    }

    /**
     * The day of the event paragraph {@code p} reports, or null: its first date that is not history
     * (a date just after a word of the lexicon's {@code [history-cues]}: "Twenty years ago, on 30
     * January 1992, ..."), unless a later date of the paragraph falls {@value #HISTORY_YEARS} or more
     * years after it, when the first one was history too ("On 30 January 1992 the country joined ...
     * On 14 March 2012 officials met to mark ...") and the latest such date is the event's. A date a
     * year or two on ("the project runs until 31 December 2011") is a plan, not the event.
     */
    public static Found reported(Paragraphs paragraphs, int p, Lexicon lexicon) {
        Tokens.Words words = paragraphs.words(p);
        Found chosen = null;
        Found first = null;
        for (Found next = find(words, 0, lexicon); next != null; ) {
            if (!isHistory(words, next, lexicon)) {
                if (first == null) {
                    first = next;
                    chosen = next;
                } else if (next.date().getYear() >= first.date().getYear() + HISTORY_YEARS
                        && next.date().isAfter(chosen.date())) {
                    chosen = next;
                }
            }
            int w = words.firstFrom(next.end());
            next = w < words.size() ? find(words, w, lexicon) : null;
        }
        return chosen;
    }

    /** Whether one of the {@value #HISTORY_WINDOW} words before the date, in its sentence, is a history cue. */
    private static boolean isHistory(Tokens.Words words, Found found, Lexicon lexicon) {
        WordList cues = lexicon.words(Section.HISTORY_CUES);
        String text = words.text();
        int first = words.firstFrom(found.start());
        for (int w = first - 1; w >= 0 && w >= first - HISTORY_WINDOW; w--) {
            for (int c = words.end(w); c < found.start(); c++) {
                if (text.charAt(c) == '.') {
                    return false; // a sentence ends between the word and the date
                }
            }
            if (cues.contains(words.lower(w))) {
                return true;
            }
        }
        return false;
    }

    /** The first date among the words, or null. */
    static Found find(Tokens.Words words, Lexicon lexicon) {
        return find(words, 0, lexicon);
    }

    /** The first date among the words from word {@code from}, or null. */
    private static Found find(Tokens.Words words, int from, Lexicon lexicon) {
        for (int w = from; w < words.size(); w++) {
            Month month = monthAt(words, w, lexicon);
            if (month == null) {
                continue;
            }
            Found found = dayBeforeMonth(words, w, month, lexicon);
            if (found == null) {
                found = dayAfterMonth(words, w, month, lexicon);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The month word {@code w} names, or null; digits and words longer than any month are not looked up. */
    private static Month monthAt(Tokens.Words words, int w, Lexicon lexicon) {
        if (words.end(w) - words.start(w) > lexicon.longestMonth() || !words.isLetters(w)) {
            return null;
        }
        return lexicon.month(words.lower(w));
    }

    /** "21 May 2010", "21. Mai 2010", "21 de mayo de 2010", "24 to 25 October 2013". */
    private static Found dayBeforeMonth(Tokens.Words words, int m, Month month, Lexicon lexicon) {
        int d = m - 1;
        if (d >= 0 && isConnector(words, d, lexicon)) {
            d--;
        }
        if (d >= 1
                && words.isLetters(d)
                && lexicon.words(Section.ORDINAL_SUFFIXES).contains(words.lower(d))) {
            d--; // "1er avril", "1st May"
        }
        int y = m + 1;
        if (y < words.size() && isConnector(words, y, lexicon)) {
            y++;
        }
        int day = day(words, d);
        int year = year(words, y);
        if (day < 0 || year < 0) {
            return null;
        }
        int start = d;
        Found across = acrossMonths(words, d, y, year, lexicon);
        if (across != null) {
            return across;
        }
        if (d - 2 >= 0
                && words.isLetters(d - 1)
                && lexicon.words(Section.RANGE_WORDS).contains(words.lower(d - 1))
                && day(words, d - 2) > 0) {
            start = d - 2;
        } else if (d - 1 >= 0 && day(words, d - 1) > 0 && onlyDashBetween(words, d - 1, d)) {
            start = d - 1;
        }
        return make(words, start, y, year, month, day(words, start), start != d, lexicon);
    }

    /**
     * A range across two months, whose year is printed once: "19 May to 7 June 2025", "between 28
     * September and 9 October 2015" give the first day, 19 May and 28 September; null otherwise.
     */
    private static Found acrossMonths(Tokens.Words words, int d, int y, int year, Lexicon lexicon) {
        int range = d - 1;
        if (range < 2
                || !words.isLetters(range)
                || !lexicon.words(Section.RANGE_WORDS).contains(words.lower(range))) {
            return null;
        }
        Month first = monthAt(words, range - 1, lexicon);
        int day = day(words, range - 2);
        if (first == null || day < 0) {
            return null;
        }
        return make(words, range - 2, y, year, first, day, true, lexicon);
    }

    private static boolean isConnector(Tokens.Words words, int w, Lexicon lexicon) {
        return words.isLetters(w) && lexicon.words(Section.DATE_CONNECTORS).contains(words.lower(w));
    }

    /** "May 21, 2010". */
    private static Found dayAfterMonth(Tokens.Words words, int m, Month month, Lexicon lexicon) {
        int day = day(words, m + 1);
        int year = year(words, m + 2);
        if (day < 0 || year < 0) {
            return null;
        }
        return make(words, m, m + 2, year, month, day, false, lexicon);
    }

    private static Found make(
            Tokens.Words words, int first, int last, int year, Month month, int day, boolean range, Lexicon lexicon) {
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return new Found(date, words.start(first), yearWordEnd(words.text(), words.end(last), lexicon), range);
        } catch (DateTimeException e) {
            return null; // "31 February": not a date
        }
    }

    /**
     * The end of the date including a following word for "year", if there is one: Russian and
     * Ukrainian print "2011 г.", "2017 года", "2012 року", "2012 р.", Serbo-Croatian "2025. godine".
     */
    private static int yearWordEnd(String text, int end, Lexicon lexicon) {
        // Serbo-Croatian writes the year as an ordinal, with or without a space after its stop:
        // "26. novembar 2025. godine", "14. novembar 2017.godine"
        int from = end < text.length() && text.charAt(end) == '.' ? end + 1 : end;
        boolean space = from < text.length() && text.charAt(from) == ' ';
        if (from >= text.length() || !space && from == end) {
            return end;
        }
        int at = space ? from + 1 : from;
        for (String word : lexicon.words(Section.YEAR_WORDS).entries()) {
            if (text.startsWith(word, at)) {
                int after = at + word.length();
                if (after == text.length() || !Character.isLetter(text.charAt(after))) {
                    return after;
                }
            }
        }
        return end;
    }

    /**
     * A day and month printed without a year.
     *
     * @param day the day and month
     * @param start the index of the day's first character
     * @param end the index after the month's last character
     */
    public record DayMonth(MonthDay day, int start, int end) {}

    /**
     * The day and month that open {@code text[from, to)} when no year follows them ("12 July –"),
     * or null. Only a dateline reads these: its page's other dates give the year.
     */
    public static DayMonth dayAndMonth(String text, int from, int to, Lexicon lexicon) {
        Tokens.Words words = Tokens.words(text, from, to);
        if (words.size() < 2 || day(words, 0) < 0 || !words.isLetters(1)) {
            return null;
        }
        Month month = monthAt(words, 1, lexicon);
        if (month == null || year(words, 2) > 0) {
            return null;
        }
        try {
            return new DayMonth(MonthDay.of(month, day(words, 0)), words.start(0), words.end(1));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The first day and month within {@code text[from, to)} that no year follows ("on 12 May, the
     * Office"; "May 12"), or null: evidence that a text tells an event's day, never a date by itself.
     */
    public static DayMonth findDayAndMonth(String text, int from, int to, Lexicon lexicon) {
        Tokens.Words words = Tokens.words(text, from, to);
        for (int w = 0; w < words.size(); w++) {
            Month month = monthAt(words, w, lexicon);
            if (month == null) {
                continue;
            }
            int day = day(words, w - 1) > 0 ? day(words, w - 1) : day(words, w + 1);
            if (day > 0 && day <= month.maxLength()) {
                int start = day(words, w - 1) > 0 ? words.start(w - 1) : words.start(w);
                int end = day(words, w - 1) > 0 ? words.end(w) : words.end(w + 1);
                return new DayMonth(MonthDay.of(month, day), start, end);
            }
        }
        return null;
    }

    /** The word as a day of the month (1 to 31), or -1. */
    private static int day(Tokens.Words words, int w) {
        int value = words.number(w, 2);
        return value >= 1 && value <= 31 ? value : -1;
    }

    /** The word as a four-digit year (1900 to 2199), or -1. */
    private static int year(Tokens.Words words, int w) {
        int value = w >= 0 && w < words.size() && words.end(w) - words.start(w) == 4 ? words.number(w, 4) : -1;
        return value >= 1900 && value <= 2199 ? value : -1;
    }

    /** Whether only a dash (and spaces) stands between two words: "24-25", "24 – 25". */
    private static boolean onlyDashBetween(Tokens.Words words, int a, int b) {
        String between = words.text().substring(words.end(a), words.start(b)).strip();
        return between.equals("-") || between.equals("–") || between.equals("—");
    }
}
