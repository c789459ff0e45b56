package io.github.osceparser.parser.internal.html;

import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.Listing;
import io.github.osceparser.model.ListingEntry;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.MissionPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.Resource;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Adds to the record the shared extractors made from the blocks what only the markup says: link
 * targets, exact times, image addresses. It runs after the extractors, so they stay the same for
 * both front ends; the records are immutable, so it rebuilds them. A value the extractor already
 * set is kept.
 */
final class HtmlEnricher {
    private HtmlEnricher() {}

    /** The page with the markup's additions. */
    static OscePage enrich(OscePage page, Document document, Element root) {
        if (page instanceof PressRelease release) {
            return PressReleaseEnricher.enrich(release, document, root);
        }
        if (page instanceof FieldOfWorkPage field) {
            return withLinks(field, new LinkFinder(root));
        }
        if (page instanceof MissionPage mission) {
            return withOwnUrl(mission, document);
        }
        if (page instanceof Listing listing) {
            return withLinks(listing, new LinkFinder(root));
        }
        return page;
    }

    private static FieldOfWorkPage withLinks(FieldOfWorkPage page, LinkFinder links) {
        List<Mission> missions = new ArrayList<>(page.missions().size());
        for (Mission m : page.missions()) {
            missions.add(m.url() != null ? m : withUrl(m, links.urlFor(m.name())));
        }
        List<Resource> resources = new ArrayList<>(page.resources().size());
        for (Resource r : page.resources()) {
            resources.add(r.url() != null ? r : new Resource(r.title(), r.description(), links.urlFor(r.title())));
        }
        return new FieldOfWorkPage(
                page.language(),
                page.title(),
                page.fieldOfWork(),
                page.summary(),
                page.sections(),
                missions,
                resources,
                page.site(),
                page.diagnostics());
    }

    /** A field operation's own page: the page's canonical address is the operation's. */
    private static MissionPage withOwnUrl(MissionPage page, Document document) {
        if (page.mission().url() != null) {
            return page;
        }
        String url = HeadMetadata.canonicalUrl(document);
        if (url == null && document.location().startsWith("http")) {
            url = document.location();
        }
        return new MissionPage(
                page.language(),
                page.title(),
                withUrl(page.mission(), url),
                page.sections(),
                page.site(),
                page.diagnostics());
    }

    private static Listing withLinks(Listing page, LinkFinder links) {
        List<ListingEntry> entries = new ArrayList<>(page.entries().size());
        for (ListingEntry e : page.entries()) {
            entries.add(
                    e.url() != null
                            ? e
                            : new ListingEntry(
                                    e.title(),
                                    e.date(),
                                    e.contentType(),
                                    e.structure(),
                                    e.fieldsOfWork(),
                                    e.otherFieldsOfWork(),
                                    e.location(),
                                    e.publisher(),
                                    e.teaser(),
                                    links.urlFor(e.title())));
        }
        return new Listing(page.language(), page.title(), entries, page.site(), page.diagnostics());
    }

    private static Mission withUrl(Mission m, String url) {
        return new Mission(m.name(), m.kind(), m.location(), m.established(), m.headquarters(), m.summary(), url);
    }
}
