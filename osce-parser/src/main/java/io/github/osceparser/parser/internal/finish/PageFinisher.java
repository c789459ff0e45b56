package io.github.osceparser.parser.internal.finish;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.Structure;
import io.github.osceparser.model.StructureRef;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.DateEvidence;
import io.github.osceparser.parser.internal.content.Diagnostics;
import io.github.osceparser.parser.internal.content.FinishedPage;
import io.github.osceparser.parser.internal.content.Mention;
import io.github.osceparser.parser.internal.content.NamedStructure;
import io.github.osceparser.parser.internal.content.PageContent;
import io.github.osceparser.parser.internal.content.PageDraft;
import io.github.osceparser.parser.internal.knowledge.Registry;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that finishes a page, whatever its front end and extractor: it accounts for every
 * block (what the draft did not place is reported), chooses the date by one rule of precedence,
 * looks up the structures the draft named in the registry, applies strict mode, and has the draft
 * build the record, once.
 *
 * <p>Precedence, most trusted first: a "Date:" field, the newsroom header, the dateline, the
 * markup ({@code <time>}, the meta tag, JSON-LD), and last a date the body mentions, which is only
 * inferred and said so. A stated date that disagrees with the chosen one is reported, once per
 * source.
 */
public final class PageFinisher {
    private static final List<DateSource> PRECEDENCE = List.of(
            DateSource.METADATA,
            DateSource.HEADER,
            DateSource.DATELINE,
            DateSource.TIME_ELEMENT,
            DateSource.META_TAG,
            DateSource.JSON_LD,
            DateSource.TEXT);

    private final boolean strict;

    /** @param strict whether content that could not be placed fails the parse */
    public PageFinisher(boolean strict) {
        this.strict = strict;
    }

    /** The record of the content, from the draft its extractor made. */
    public OscePage finish(PageContent content, PageDraft draft) {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(content.skipped());
        diagnostics.addAll(draft.diagnostics().toList());
        List<DateEvidence> dates = new ArrayList<>(draft.dates());
        if (draft.isDatedByMarkup()) {
            dates.addAll(content.markupDates());
        }
        DateEvidence chosen = choose(dates, diagnostics);
        for (Block block : content.blocks()) {
            if (!draft.isPlaced(block)) {
                report(block, diagnostics);
            }
        }
        OffsetDateTime exact = null;
        if (draft.isDatedByMarkup()) {
            for (DateEvidence found : content.markupDates()) {
                if (found.exact() != null) {
                    exact = found.exact();
                    break;
                }
            }
        }
        List<StructureRef> structures = identify(draft.structures(), chosen, diagnostics);
        List<Diagnostic> all = diagnostics.toList();
        if (strict) {
            for (Diagnostic diagnostic : all) {
                if (diagnostic.kind() == Diagnostic.Kind.UNPLACED) {
                    throw new OsceParseException("strict parsing: " + diagnostic.message(), diagnostic.line());
                }
            }
        }
        return draft.build(new FinishedPage(
                content.language(),
                content.site(),
                chosen,
                exact,
                structures,
                content.countries(),
                mentioned(content.structures(), chosen),
                all));
    }

    /**
     * The structures the title and body name, each once: a form of a name is looked up by the page's
     * date, and two forms of one structure ("ODIHR", "Office for Democratic Institutions and Human
     * Rights") give it once, under the name the page printed first.
     */
    private static List<StructureRef> mentioned(List<Mention> mentions, DateEvidence chosen) {
        Registry registry = Registry.standard();
        LocalDate day = chosen == null ? null : chosen.date();
        Map<String, StructureRef> byId = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            Structure structure = registry.findStructure(mention.key(), day);
            if (structure != null) {
                byId.putIfAbsent(structure.id(), new StructureRef(mention.printed(), structure.id(), false));
            }
        }
        return List.copyOf(byId.values());
    }

    /**
     * Each structure the draft named, with the id the registry gives it on its day (a listing
     * entry's) or else the page's chosen date; a name the registry does not know keeps a null id and
     * is reported. (The site menu's field operations carry ids too, but one the registry lacks is
     * not reported: the menu is the site's furniture, not the page's content.)
     */
    private static List<StructureRef> identify(
            List<NamedStructure> named, DateEvidence chosen, Diagnostics diagnostics) {
        Registry registry = Registry.standard();
        List<StructureRef> refs = new ArrayList<>(named.size());
        for (NamedStructure n : named) {
            LocalDate day = n.day() != null ? n.day() : chosen == null ? null : chosen.date();
            Structure structure = registry.findStructure(n.printed(), day);
            if (structure == null) {
                diagnostics.add(n.line(), Diagnostic.Kind.UNKNOWN_LABEL, unknown(n.printed()));
            }
            refs.add(new StructureRef(n.printed(), structure == null ? null : structure.id(), n.closed()));
        }
        return refs;
    }

    private static String unknown(String name) {
        return "the structure '" + Diagnostics.excerpt(name)
                + "' is not in the registry; kept as printed, without an id";
    }

    private static void report(Block block, Diagnostics diagnostics) {
        if (block.isFigure()) {
            String about = block.text().isEmpty()
                    ? String.valueOf(block.markup().image().url())
                    : block.text();
            diagnostics.add(
                    block.line(),
                    Diagnostic.Kind.SKIPPED,
                    "the photo '" + Diagnostics.excerpt(about) + "' is not kept on this kind of page");
        } else {
            diagnostics.add(
                    block.line(),
                    Diagnostic.Kind.UNPLACED,
                    "could not place '" + Diagnostics.excerpt(block.text()) + "' in the record");
        }
    }

    /**
     * The most trusted date, or null; reports each other source's first date that disagrees with
     * it, and an inferred choice.
     */
    private static DateEvidence choose(List<DateEvidence> dates, Diagnostics diagnostics) {
        if (dates.isEmpty()) {
            return null;
        }
        dates.sort(Comparator.comparingInt(e -> PRECEDENCE.indexOf(e.source())));
        DateEvidence chosen = dates.get(0);
        if (chosen.source() == DateSource.TEXT) {
            diagnostics.add(
                    chosen.line(),
                    Diagnostic.Kind.INFERRED,
                    "no date given; took " + chosen.date() + " from '" + chosen.quote() + "' in the text");
            return chosen;
        }
        DateSource seen = chosen.source();
        for (DateEvidence other : dates) {
            if (other.source() == seen || other.source() == DateSource.TEXT) {
                continue;
            }
            seen = other.source();
            if (!other.date().equals(chosen.date())) {
                diagnostics.add(
                        other.line(),
                        Diagnostic.Kind.CONFLICT,
                        "the " + other.source().jsonName() + " says " + other.date() + " but the "
                                + chosen.source().jsonName() + " says " + chosen.date() + "; kept " + chosen.date());
            }
        }
        return chosen;
    }
}
