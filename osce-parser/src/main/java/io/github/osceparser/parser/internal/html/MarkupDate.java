package io.github.osceparser.parser.internal.html;

import io.github.osceparser.model.DateSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date the markup states in machine-readable form, with where it was found.
 *
 * @param date the calendar date, as the markup states it
 * @param exact nullable: the exact time, when the markup gives a time with an offset from UTC
 * @param source where the date was found
 * @param line the 1-based line of the element that states it
 */
record MarkupDate(LocalDate date, OffsetDateTime exact, DateSource source, int line) {
    /** "+0200" and "+02" after a time: offsets that ISO-8601 allows and java.time reads only as "+02:00". */
    private static final Pattern SHORT_OFFSET = Pattern.compile("([+-]\\d{2})(?::?(\\d{2}))?$");

    /**
     * Reads an ISO-8601 value such as {@code 2016-06-03}, {@code 2016-06-03T14:05:00+02:00} or
     * {@code 2016-06-03 14:05:00Z}; null when the value is none of these.
     */
    static MarkupDate parse(String value, DateSource source, int line) {
        String text = value.strip();
        if (text.length() > 10 && text.charAt(10) == ' ') {
            text = text.substring(0, 10) + 'T' + text.substring(11);
        }
        try {
            if (text.length() == 10) {
                return new MarkupDate(LocalDate.parse(text), null, source, line);
            }
            if (text.endsWith("Z") || text.endsWith("z")) {
                OffsetDateTime exact = OffsetDateTime.parse(text.substring(0, text.length() - 1) + "Z");
                return new MarkupDate(exact.toLocalDate(), exact, source, line);
            }
            Matcher offset = SHORT_OFFSET.matcher(text);
            int timeStart = text.indexOf('T');
            if (timeStart > 0 && offset.find() && offset.start() > timeStart) {
                String minutes = offset.group(2) == null ? "00" : offset.group(2);
                OffsetDateTime exact =
                        OffsetDateTime.parse(text.substring(0, offset.start()) + offset.group(1) + ":" + minutes);
                return new MarkupDate(exact.toLocalDate(), exact, source, line);
            }
            return new MarkupDate(LocalDateTime.parse(text).toLocalDate(), null, source, line);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
