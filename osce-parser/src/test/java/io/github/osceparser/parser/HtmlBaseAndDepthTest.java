package io.github.osceparser.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osceparser.model.Listing;
import io.github.osceparser.model.ListingEntry;
import org.junit.jupiter.api.Test;

/** How parseHtml resolves links of a page saved without its address, and how deep markup may nest. */
class HtmlBaseAndDepthTest {
    private static final String LISTING = "<html><head><link rel=canonical href='https://www.osce.org/news'></head>"
            + "<body><main><h1>Press releases</h1>"
            + "<h3><a href='/news/school'>Police school opens</a></h3>"
            + "<p>Publishing date: 21 May 2010</p><p>Content type: Press release</p>"
            + "<h3><a href='/news/talks'>Talks continue</a></h3>"
            + "<p>Publishing date: 22 May 2010</p><p>Content type: Press release</p>"
            + "</main></body></html>";

    private final OsceParser parser = OsceParser.create();

    @Test
    void resolvesLinksAgainstTheCanonicalAddressWhenTheCallerGivesNone() {
        Listing blank = (Listing) parser.parseHtml(LISTING, "  ");
        Listing none = (Listing) parser.parseHtml(LISTING, null);

        assertThat(blank.entries())
                .extracting(ListingEntry::url)
                .containsExactly("https://www.osce.org/news/school", "https://www.osce.org/news/talks");
        assertThat(none.entries()).isEqualTo(blank.entries());
    }

    @Test
    void resolvesLinksAgainstTheCallersAddressBeforeTheCanonicalOne() {
        Listing page = (Listing) parser.parseHtml(LISTING, "https://archive.example.org/osce/news");

        assertThat(page.entries())
                .extracting(ListingEntry::url)
                .containsExactly("https://archive.example.org/news/school", "https://archive.example.org/news/talks");
    }

    @Test
    void refusesMarkupNestedDeeperThanTheLimit() {
        String deepest = "<html><body>\n" + "<div>".repeat(509) + "<p>Title</p>";
        String deeper = "<html><body>\n" + "<div>".repeat(510) + "<p>Title</p>";

        assertThat(parser.parseHtml(deepest, "").title()).isEqualTo("Title");
        assertThatThrownBy(() -> parser.parseHtml(deeper, ""))
                .isInstanceOf(OsceParseException.class)
                .hasMessage(
                        "line 2: the HTML nests elements more than 512 levels deep; a page that deep cannot be read")
                .extracting(e -> ((OsceParseException) e).line())
                .isEqualTo(java.util.OptionalInt.of(2));
    }
}
