package io.github.osceparser.parser.internal.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.osceparser.parser.internal.content.Block;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlFrontEndTest {
    /** The blocks of the markup as "KIND text" strings. */
    private static List<String> blocks(String html) {
        return parse(html).stream().map(b -> b.kind() + " " + b.text()).toList();
    }

    private static List<Block> parse(String html) {
        Document document = HtmlLoader.load(html, "", Integer.MAX_VALUE);
        return blocksOf(DocumentIndex.of(document));
    }

    @Test
    void makesHeadingsParagraphsAndItems() {
        assertThat(blocks("<h1>Policing</h1><p>A summary.</p><ul><li>One</li><li>Two<ul><li>Two a</li></ul></li></ul>"))
                .as("headings, paragraphs, nested list items")
                .containsExactly("HEADING Policing", "PARAGRAPH A summary.", "ITEM One", "ITEM Two", "ITEM Two a");
        assertThat(blocks("<h3>Tab</h3><pre>  kept   as one  </pre><ol><li><p>In a paragraph</p></li></ol>"))
                .containsExactly("HEADING Tab", "PARAGRAPH kept as one", "ITEM In a paragraph");
    }

    @Test
    void givesMetadataListAsLabelAndValueBullets() {
        assertThat(blocks(
                        "<dl><dt>Date</dt><dd>21 May 2010</dd><dt>Source:</dt><dd><a href=a>A</a>, <a href=b>B</a></dd>"
                                + "<dt>Place:</dt><dd></dd></dl>"))
                .as("a term without a colon gets the colon the text rendering prints")
                .containsExactly("ITEM Date:", "ITEM 21 May 2010", "ITEM Source:", "ITEM A, B", "ITEM Place:");
    }

    @Test
    void givesLooseTextAsLine() {
        assertThat(blocks("<div>Press release<h1>Title</h1>after</div>"))
                .containsExactly("LINE Press release", "HEADING Title", "LINE after");
        assertThat(blocks("<div>one <b>bold</b>word<br>next <a href=x>link</a></div>"))
                .as("inline elements stay in the line; a line break is a space")
                .containsExactly("LINE one boldword next link");
    }

    @Test
    void walksIntoLinkThatWrapsBlocks() {
        assertThat(blocks("<a href=/p><img src=x.jpg alt=''><span>Mission to Serbia</span></a>"
                        + "<a href=/q><h3>Projects</h3><p>Initiatives</p></a>"))
                .containsExactly("LINE Mission to Serbia", "HEADING Projects", "PARAGRAPH Initiatives");
    }

    @Test
    void leavesOutFurniture() {
        String html = "<header><p>Site header</p></header>"
                + "<nav><ul><li>Menu</li></ul></nav>"
                + "<aside><p>Sidebar</p></aside>"
                + "<div id='sliding-popup' class='eu-cookie-compliance-banner'><p>Cookies</p></div>"
                + "<div class='consent'><p>Consent</p></div>"
                + "<script>var a = 'script';</script><style>p{}</style><noscript>No script</noscript>"
                + "<template><p>Template</p></template><form><label>Search</label><input></form>"
                + "<p hidden>Hidden</p><p aria-hidden=true>Aria hidden</p><p style='display: none'>None</p>"
                + "<a class='skip-link visually-hidden' href='#main'>Skip to main content</a>"
                + "<div role=dialog><p>Dialog</p></div>"
                + "<p>Content</p>"
                + "<footer><p>Site footer</p></footer>";

        assertThat(blocks(html)).containsExactly("PARAGRAPH Content");
    }

    @Test
    void keepsTheHeaderAndFooterOfAnArticle() {
        assertThat(blocks("<article><header><div>News Item</div><h1>Title</h1></header><p>Body</p>"
                        + "<footer><p>Article footer</p></footer></article>"))
                .containsExactly("LINE News Item", "HEADING Title", "PARAGRAPH Body", "PARAGRAPH Article footer");
    }

    @Test
    void takesContentFromMainOnly() {
        assertThat(blocks("<div>Before</div><main><h1>Inside</h1></main><div>After</div>"))
                .containsExactly("HEADING Inside");
        assertThat(blocks("<div>Before</div><div role=main><h1>Inside</h1></div>"))
                .containsExactly("HEADING Inside");
    }

    @Test
    void givesAFigureAsAPhotoBlockWithItsCaption() {
        assertThat(blocks("<h1>T</h1><figure><img src=a.jpg><figcaption>Caption</figcaption></figure><p>Body</p>"))
                .containsExactly("HEADING T", "FIGURE Caption", "PARAGRAPH Body");
    }

    @Test
    void keepsTheBlocksAnUnclosedHeadingSwallows() {
        assertThat(blocks("<h1>Title<dl><dt>Date:<dd>1 May 2019</dl><p>Body"))
                .containsExactly("HEADING Title", "ITEM Date:", "ITEM 1 May 2019", "PARAGRAPH Body");
    }

    @Test
    void cleansTextAsTheLineSplitterDoes() {
        assertThat(blocks("<p>\n  no\u00A0break\tand\u200Bzero   width\n </p>"))
                .containsExactly("PARAGRAPH no break andzero width");
    }

    @Test
    void numbersBlocksWithTheirHtmlLines() {
        List<Block> blocks =
                parse("<main>\n<h1>Title</h1>\n\n<p>Para\ngraph</p>\n<div>\n\n   loose\n</div>\n<ul><li>i</li>\n"
                        + "<li>j</li></ul>");

        assertThat(blocks).extracting(Block::line).containsExactly(2, 4, 8, 10, 11);
    }

    @Test
    void numbersImpliedElementsWithTheLineOfTheirText() {
        List<Block> blocks = parse("\n\n<li>first\n<li>second");

        assertThat(blocks).extracting(Block::text).containsExactly("first", "second");
        assertThat(blocks).extracting(Block::line).containsExactly(3, 4);
    }

    @Test
    void opensWithTheHeadTitleWhenTheContentHasNoHeading() {
        assertThat(blocks("<title>Policing | OSCE</title><p>Summary.</p>"))
                .containsExactly("HEADING Policing", "PARAGRAPH Summary.");
        assertThat(blocks("<meta property=og:title content='Elections'><title>Other | OSCE</title><p>Summary.</p>"))
                .containsExactly("HEADING Elections", "PARAGRAPH Summary.");
        assertThat(blocks("<title>Ignored | OSCE</title><h2>Heading</h2><p>Summary.</p>"))
                .containsExactly("HEADING Heading", "PARAGRAPH Summary.");
        assertThat(blocks("<title>Nothing else</title>")).isEmpty();
    }

    @Test
    void endsTheTextBeforeBlockFurnitureButNotBeforeInlineFurniture() {
        assertThat(blocks("<div>Before the menu<nav><a href=x>Menu</a></nav>after the menu</div>"))
                .containsExactly("LINE Before the menu", "LINE after the menu");
        assertThat(blocks("<p>One <span hidden>hidden</span>sentence.</p>")).containsExactly("PARAGRAPH One sentence.");
        assertThat(blocks("<p>One<span hidden>hidden</span>word.</p>")).containsExactly("PARAGRAPH Oneword.");
    }

    @Test
    void findsBlocksInsideInlineElementsAtAnyDepth() {
        assertThat(blocks("<div><span><a href=x><h3>Card title</h3><p>Card text</p></a></span></div>"))
                .containsExactly("HEADING Card title", "PARAGRAPH Card text");
        assertThat(blocks("<div><a href=x><h3>Card title</h3><p>Card text</p></a></div>"))
                .containsExactly("HEADING Card title", "PARAGRAPH Card text");
    }

    @Test
    void findsListsNestedDeeperInAListItem() {
        assertThat(
                        blocks(
                                "<ul><li>Two<div><span><ul><li>Two a</li><li>Two b</li></ul></span></div></li><li>Three</li></ul>"))
                .containsExactly("ITEM Two", "ITEM Two a", "ITEM Two b", "ITEM Three");
    }

    @Test
    void givesLooseTextTheLineItStartsOn() {
        assertThat(parse("<div>\n<b>Bold</b> text\n<i>more</i></div>"))
                .extracting(Block::kind, Block::text, Block::line)
                .containsExactly(tuple(Block.Kind.LINE, "Bold text more", 2));
        assertThat(parse("<div>\n\nPlain\n<b>bold</b></div>"))
                .extracting(Block::kind, Block::text, Block::line)
                .containsExactly(tuple(Block.Kind.LINE, "Plain bold", 3));
    }

    private static List<Block> blocksOf(DocumentIndex index) {
        return HtmlFrontEnd.blocks(index, ContentRegion.of(index));
    }
}
