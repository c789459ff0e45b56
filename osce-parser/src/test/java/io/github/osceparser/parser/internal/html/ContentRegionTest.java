package io.github.osceparser.parser.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ContentRegionTest {
    private static Document load(String html) {
        return HtmlLoader.load(html, "", Integer.MAX_VALUE);
    }

    private static String region(String html) {
        Document document = load(html);
        return ContentRegion.of(DocumentIndex.of(document)) == document.body()
                ? "body"
                : ContentRegion.of(DocumentIndex.of(document)).id();
    }

    @Test
    void takesMainOrTheRoleMain() {
        assertThat(region("<div>a</div><main id=m>b</main>")).isEqualTo("m");
        assertThat(region("<div>a</div><div role=main id=r>b</div>")).isEqualTo("r");
    }

    @Test
    void takesTheOneArticleOfAMainThatHoldsMore() {
        assertThat(region("<main id=m><article id=a><h1>T</h1><article id=c>card</article></article>"
                        + "<section>Subscribe</section></main>"))
                .isEqualTo("a");
        assertThat(region("<main id=m><article id=a>one</article><article id=b>two</article></main>"))
                .isEqualTo("m");
    }

    @Test
    void takesTheTargetOfTheSkipLink() {
        assertThat(region("<a href='#main-content'>Skip</a><div id=header>Site</div>"
                        + "<div id=content><a id=main-content></a><h1>T</h1></div>"))
                .as("Drupal's empty anchor: its parent")
                .isEqualTo("content");
        assertThat(region("<a href='#body'>Skip</a><div>Menu</div><div id=body><h1>T</h1></div>"))
                .isEqualTo("body");
        assertThat(region("<a href='#nowhere'>Skip</a><div id=x>text</div>"))
                .as("a skip link to nothing")
                .isEqualTo("x");
    }

    @Test
    void takesALoneArticleOrANamedRegion() {
        assertThat(region("<div>Menu</div><article id=a><h1>T</h1></article>")).isEqualTo("a");
        assertThat(region("<div class=reader-header><h1>T</h1></div>"
                        + "<div id=r class=moz-reader-content><p>Text</p></div>"))
                .isEqualTo("r");
    }

    @Test
    void takesTheBlockWithMostProseWhenNothingNamesTheContent() {
        String menu = "<div id=menu><ul><li><a href=a>Arms control</a></li><li><a href=b>Border management</a></li>"
                + "<li><a href=c>Combating trafficking in human beings</a></li></ul></div>";
        assertThat(region(menu + "<div id=page><div id=text><h1>Title</h1><p>A paragraph of prose that the page"
                        + " is about, longer than the menu.</p></div></div>"))
                .isEqualTo("text");
        assertThat(region("<div id=page><div id=head><h1>Title</h1></div><div id=text><p>A long paragraph of"
                        + " prose, far longer than the title that stands above it.</p></div></div>"))
                .as("not into a block without the page's title")
                .isEqualTo("page");
        assertThat(region("<p>a</p>"))
                .as("a paragraph is content, not a region")
                .isEqualTo("body");
    }
}
