package io.github.osceparser.parser.internal.content;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.Site;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the finishing step decided for a page, handed to its draft to build the record: the parts
 * every record shares and the chosen date.
 *
 * @param language the content's language
 * @param site nullable: the navigation snapshot
 * @param chosenDate nullable: the date chosen among the page's evidence
 * @param publishedAt nullable: the exact time the markup states
 * @param diagnostics every diagnostic, in line order
 */
public record FinishedPage(
        String language, Site site, DateEvidence chosenDate, OffsetDateTime publishedAt, List<Diagnostic> diagnostics) {
    public FinishedPage {
        diagnostics = List.copyOf(diagnostics);
    }

    /** The chosen date, or null. */
    public LocalDate date() {
        return chosenDate == null ? null : chosenDate.date();
    }

    /** Where the chosen date came from, or null. */
    public DateSource dateSource() {
        return chosenDate == null ? null : chosenDate.source();
    }
}
