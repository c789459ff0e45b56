package io.github.osceparser.parser.internal.html;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.parser.internal.content.DateEvidence;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date the markup states in machine-readable form (ISO-8601) as the page's
 * date evidence, with its exact time when the markup gives one with an offset from UTC.
 */
final class MarkupDate {
    private MarkupDate() {}

    /** "+0200" and "+02" after a time: offsets that ISO-8601 allows and java.time reads only as "+02:00". */
    private static final Pattern SHORT_OFFSET = Pattern.compile("([+-]\\d{2})(?::?(\\d{2}))?$");

    /**
     * Reads an ISO-8601 value such as {@code 2016-06-03}, {@code 2016-06-03T14:05:00+02:00} or
     * {@code 2016-06-03 14:05:00Z}; null when the value is none of these.
     */
    static DateEvidence parse(String value, DateSource source, int line) {
        String text = value.strip();
        String quote = text;
        if (text.length() > 10 && text.charAt(10) == ' ') {
            text = text.substring(0, 10) + 'T' + text.substring(11);
        }
        try {
            if (text.length() == 10) {
                return new DateEvidence(LocalDate.parse(text), null, source, line, quote);
            }
            if (text.endsWith("Z") || text.endsWith("z")) {
                OffsetDateTime exact = OffsetDateTime.parse(text.substring(0, text.length() - 1) + "Z");
                return new DateEvidence(exact.toLocalDate(), exact, source, line, quote);
            }
            Matcher offset = SHORT_OFFSET.matcher(text);
            int timeStart = text.indexOf('T');
            if (timeStart > 0 && offset.find() && offset.start() > timeStart) {
                String minutes = offset.group(2) == null ? "00" : offset.group(2);
                OffsetDateTime exact =
                        OffsetDateTime.parse(text.substring(0, offset.start()) + offset.group(1) + ":" + minutes);
                return new DateEvidence(exact.toLocalDate(), exact, source, line, quote);
            }
            return new DateEvidence(LocalDateTime.parse(text).toLocalDate(), null, source, line, quote);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
