package io.github.osceparser.parser;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.Listing;
import io.github.osceparser.model.ListingEntry;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.MissionPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.Resource;
import io.github.osceparser.model.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * A record without what only markup can give, so that the record of an HTML page can be compared
 * with the record of the same page's text (HtmlPagePairTest, HtmlFamilyPairTest).
 */
final class MarkupOnlyFacts {
    private MarkupOnlyFacts() {}

    /**
     * The record without URLs, photos, "Read more" links, the exact time and diagnostics' lines;
     * with {@code dropDate}, also the date and the diagnostic that reported inferring it from the text.
     */
    static OscePage withoutMarkupOnly(OscePage page, boolean dropDate) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Diagnostic d : page.diagnostics()) {
            if (!(dropDate && d.kind() == Diagnostic.Kind.INFERRED)) {
                diagnostics.add(new Diagnostic(1, d.kind(), d.message()));
            }
        }
        return with(page, dropDate, page.site(), diagnostics);
    }

    /** The page with another site snapshot and other diagnostics, and without markup-only values. */
    static OscePage with(OscePage page, boolean dropDate, Site site, List<Diagnostic> diagnostics) {
        if (page instanceof PressRelease p) {
            return new PressRelease(
                    p.type(),
                    p.language(),
                    p.title(),
                    p.teaser(),
                    dropDate ? null : p.date(),
                    dropDate ? null : p.dateSource(),
                    null,
                    p.dateline(),
                    p.place(),
                    p.sources(),
                    p.fieldsOfWork(),
                    p.otherFieldsOfWork(),
                    p.paragraphs(),
                    p.quotes(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    site,
                    diagnostics);
        }
        if (page instanceof FieldOfWorkPage f) {
            return new FieldOfWorkPage(
                    f.language(),
                    f.title(),
                    f.fieldOfWork(),
                    f.summary(),
                    f.sections(),
                    f.missions().stream().map(MarkupOnlyFacts::withoutUrl).toList(),
                    f.resources().stream()
                            .map(r -> new Resource(r.title(), r.description(), null))
                            .toList(),
                    List.of(),
                    List.of(),
                    site,
                    diagnostics);
        }
        if (page instanceof MissionPage m) {
            return new MissionPage(
                    m.language(),
                    m.title(),
                    withoutUrl(m.mission()),
                    m.sections(),
                    List.of(),
                    List.of(),
                    site,
                    diagnostics);
        }
        if (page instanceof Listing l) {
            return new Listing(
                    l.language(),
                    l.title(),
                    l.entries().stream()
                            .map(e -> new ListingEntry(
                                    e.title(),
                                    e.date(),
                                    e.contentType(),
                                    e.structures(),
                                    e.fieldsOfWork(),
                                    e.otherFieldsOfWork(),
                                    e.location(),
                                    e.publisher(),
                                    e.dateline(),
                                    e.teaser(),
                                    null))
                            .toList(),
                    List.of(),
                    List.of(),
                    site,
                    diagnostics);
        }
        GenericPage g = (GenericPage) page;
        return new GenericPage(
                g.language(), g.title(), g.date(), g.sections(), List.of(), List.of(), site, diagnostics);
    }

    private static Mission withoutUrl(Mission m) {
        return new Mission(
                m.name(), null, m.kind(), m.location(), m.established(), m.headquarters(), m.summary(), null);
    }
}
