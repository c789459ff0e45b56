package io.github.osceparser.parser.internal.content;

import io.github.osceparser.model.DateSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A date a page gives for itself, and where: a "Date:" field, the newsroom header, the dateline,
 * the markup, or a date the body mentions. {@link PageFinisher} chooses among them.
 *
 * @param date the calendar date
 * @param exact nullable: the exact time with its offset, when the markup states one
 * @param source where the date was found
 * @param line the 1-based line that states it
 * @param quote the words that state it, as printed; quoted by the diagnostic of an inferred date
 */
public record DateEvidence(LocalDate date, OffsetDateTime exact, DateSource source, int line, String quote) {
    public DateEvidence {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quote, "quote");
    }

    /** A date the text states, with no exact time. */
    public static DateEvidence stated(LocalDate date, DateSource source, int line, String quote) {
        return new DateEvidence(date, null, source, line, quote);
    }
}
