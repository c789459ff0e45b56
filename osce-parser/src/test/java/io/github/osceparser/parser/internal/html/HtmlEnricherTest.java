package io.github.osceparser.parser.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.Listing;
import io.github.osceparser.model.ListingEntry;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.MissionKind;
import io.github.osceparser.model.MissionPage;
import io.github.osceparser.model.OscePage;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlEnricherTest {
    private static OscePage enrich(OscePage page, String html, String base) {
        Document document = HtmlLoader.load(html, base, Integer.MAX_VALUE);
        return HtmlEnricher.enrich(page, document, SiteFurniture.contentRoot(document));
    }

    private static Mission montenegro(String url) {
        return new Mission(
                "OSCE Mission to Montenegro", MissionKind.MISSION, "Montenegro", null, "Podgorica", null, url);
    }

    private static ListingEntry entry(String title, String url) {
        return new ListingEntry(
                title, LocalDate.of(2020, 1, 1), null, null, List.of(), List.of(), null, null, null, url);
    }

    @Test
    void givesMissionPageTheCanonicalAddressOfThePage() {
        MissionPage page =
                new MissionPage("en", "OSCE Mission to Montenegro", montenegro(null), List.of(), null, List.of());

        MissionPage canonical = (MissionPage) enrich(
                page, "<link rel=canonical href='/mission-to-montenegro'><h1>x</h1>", "https://www.osce.org/a/b");
        MissionPage located = (MissionPage) enrich(page, "<h1>x</h1>", "https://www.osce.org/mission-to-montenegro");
        MissionPage unknown = (MissionPage) enrich(page, "<h1>x</h1>", "");

        assertThat(canonical.mission().url()).isEqualTo("https://www.osce.org/mission-to-montenegro");
        assertThat(located.mission().url()).isEqualTo("https://www.osce.org/mission-to-montenegro");
        assertThat(unknown).isEqualTo(page);
    }

    @Test
    void keepsTheAddressAMissionPageAlreadyHas() {
        MissionPage page = new MissionPage(
                "en",
                "OSCE Mission to Montenegro",
                montenegro("https://example.org/montenegro"),
                List.of(),
                null,
                List.of());

        assertThat(enrich(
                        page,
                        "<link rel=canonical href='/mission-to-montenegro'><h1>x</h1>",
                        "https://www.osce.org/a/b"))
                .isSameAs(page);
    }

    @Test
    void linksListingEntriesByTheirTitles() {
        Listing page = new Listing(
                "en",
                "News and press releases",
                List.of(entry("First item", null), entry("Second item", null), entry("Kept", "https://example.org/k")),
                null,
                List.of());

        Listing enriched = (Listing) enrich(
                page,
                "<main><h3><a href='/news/first'>First item</a></h3><h3>Second item</h3>"
                        + "<h3><a href='/other'>Kept</a></h3></main>",
                "https://www.osce.org/news");

        assertThat(enriched.entries())
                .extracting(ListingEntry::url)
                .containsExactly("https://www.osce.org/news/first", null, "https://example.org/k");
        assertThat(enriched.entries())
                .extracting(ListingEntry::title)
                .containsExactly("First item", "Second item", "Kept");
    }

    @Test
    void leavesGenericPageAsTheExtractorMadeIt() {
        GenericPage page = new GenericPage("en", "Title", null, List.of(), null, List.of());

        assertThat(enrich(page, "<h1>Title</h1><a href='/x'>Title</a>", "https://www.osce.org/"))
                .isSameAs(page);
    }
}
