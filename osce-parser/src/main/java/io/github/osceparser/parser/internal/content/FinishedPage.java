package io.github.osceparser.parser.internal.content;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.Site;
import io.github.osceparser.model.StructureRef;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the finishing step decided for a page, handed to its draft to build the record: the parts
 * every record shares, the chosen date, and the structures the draft named, looked up.
 *
 * @param language the content's language
 * @param site nullable: the navigation snapshot
 * @param chosenDate nullable: the date chosen among the page's evidence
 * @param publishedAt nullable: the exact time the markup states
 * @param structures the draft's {@link PageDraft#structures()} with their ids, in the same order
 * @param countries the codes of the countries the title and body name, in order of first mention
 * @param mentioned the structures the title and body name, each once, with their ids, in order of
 *     first mention
 * @param diagnostics every diagnostic, in line order
 */
public record FinishedPage(
        String language,
        Site site,
        DateEvidence chosenDate,
        OffsetDateTime publishedAt,
        List<StructureRef> structures,
        List<String> countries,
        List<StructureRef> mentioned,
        List<Diagnostic> diagnostics) {
    public FinishedPage {
        structures = List.copyOf(structures);
        countries = List.copyOf(countries);
        mentioned = List.copyOf(mentioned);
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

    /** A structure the draft named, with its registry id (null when the registry lacks the name). */
    public StructureRef ref(NamedStructure named) {
        return structures.get(named.index());
    }

    /** {@link #ref(NamedStructure)} of each, in order. */
    public List<StructureRef> refs(List<NamedStructure> named) {
        List<StructureRef> refs = new ArrayList<>(named.size());
        for (NamedStructure n : named) {
            refs.add(ref(n));
        }
        return refs;
    }
}
