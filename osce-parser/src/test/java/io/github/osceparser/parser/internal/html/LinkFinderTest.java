package io.github.osceparser.parser.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LinkFinderTest {
    private static LinkFinder links(String html, String base) {
        Document document = HtmlLoader.load(html, base, Integer.MAX_VALUE);
        return new LinkFinder(SiteFurniture.contentRoot(document));
    }

    @Test
    void findsLinkByItsText() {
        LinkFinder links =
                links("<h3><a href='/mission-to-serbia'>Mission to Serbia</a></h3>", "https://www.osce.org/");

        assertThat(links.urlFor("Mission to Serbia")).isEqualTo("https://www.osce.org/mission-to-serbia");
    }

    @Test
    void findsLinkAroundTheTitleOrBesideIt() {
        LinkFinder links = links(
                "<a href='projects'><h3>Projects</h3><p>Initiatives</p></a>"
                        + "<div><h3>Resources</h3><p>Documents</p><a href='/resources' aria-label='All'></a></div>",
                "https://www.osce.org/policing/");

        assertThat(links.urlFor("Projects")).isEqualTo("https://www.osce.org/policing/projects");
        assertThat(links.urlFor("Resources")).isEqualTo("https://www.osce.org/resources");
    }

    @Test
    void findsNothingForNamesTheContentDoesNotLink() {
        LinkFinder links = links(
                "<h3>Events</h3><nav><a href='/elsewhere'>Elsewhere</a></nav><p><a href='javascript:void(0)'>Script</a>"
                        + "<a href='#top'>Top</a></p>",
                "https://www.osce.org/");

        assertThat(links.urlFor("Events")).isNull();
        assertThat(links.urlFor("Elsewhere")).as("links in furniture").isNull();
        assertThat(links.urlFor("Script")).isNull();
        assertThat(links.urlFor("Top")).isNull();
        assertThat(links.urlFor("Missing")).isNull();
    }

    @Test
    void keepsAbsoluteLinksAndDropsRelativeOnesWithoutABase() {
        LinkFinder links = links("<a href='https://example.org/a'>A</a><a href='/b'>B</a>", "");

        assertThat(links.urlFor("A")).isEqualTo("https://example.org/a");
        assertThat(links.urlFor("B")).isNull();
    }
}
