package io.github.osceparser.parser.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
    private static Element first(String html, String selector) {
        Document document = HtmlLoader.load(html, "", Integer.MAX_VALUE);
        return document.selectFirst(selector);
    }

    @Test
    void collapsesEveryKindOfSpaceToOne() {
        assertThat(HtmlText.of(first("<p>  a\t b\n\u00A0c \r\f d  </p>", "p"))).isEqualTo("a b c d");
        assertThat(HtmlText.clean("  a \u00A0 b\t\n")).isEqualTo("a b");
        assertThat(HtmlText.clean("   ")).isEmpty();
    }

    @Test
    void dropsInvisibleCharacters() {
        assertThat(HtmlText.clean("a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf\u0001g\u007Fh\u001Fi"))
                .isEqualTo("abcdefghi");
        assertThat(HtmlText.clean("\u200B a \u200B b \u200B")).isEqualTo("a b");
        assertThat(HtmlText.clean("a\u00ADb \u0020c"))
                .as("a soft hyphen and a plain space stay as they are")
                .isEqualTo("a\u00ADb c");
    }

    @Test
    void separatesWordsAtTheEdgesOfBlocksAndLineBreaksButNotInsideInlineElements() {
        assertThat(HtmlText.of(first("<div>one<div>two</div>three</div>", "div")))
                .isEqualTo("one two three");
        assertThat(HtmlText.of(first("<div>one<p>two</p><p>three</p></div>", "div")))
                .isEqualTo("one two three");
        assertThat(HtmlText.of(first("<p>o<b>n</b>e<span>s</span><a href=x>!</a></p>", "p")))
                .isEqualTo("ones!");
        assertThat(HtmlText.of(first("<p>a<br>b</p>", "p"))).isEqualTo("a b");
        assertThat(HtmlText.of(first("<p>a<wbr>b</p>", "p"))).isEqualTo("ab");
        assertThat(HtmlText.of(first("<p><span>a</span></p>", "span"))).isEqualTo("a");
    }

    @Test
    void leavesFurnitureOut() {
        assertThat(HtmlText.of(
                        first("<div>a <script>var x;</script><nav>Menu</nav> b<span hidden>h</span>c</div>", "div")))
                .isEqualTo("a bc");
    }

    @Test
    void leavesNestedListsOutOnlyWhenAsked() {
        Element item =
                first("<ul><li>Item<ul><li>Sub</li></ul> tail<ol><li>x</li></ol><dl><dt>t</dt></dl></li></ul>", "li");

        assertThat(HtmlText.of(item)).isEqualTo("Item Sub tail x t");
        assertThat(HtmlText.withoutNestedLists(item)).isEqualTo("Item tail");
    }

    @Test
    void tellsInlineElementsAndLists() {
        Element p = first("<p><em>a</em><ul></ul><ol></ol><dl></dl><table></table></p>", "body");

        assertThat(HtmlText.isInline(p.selectFirst("em"))).isTrue();
        assertThat(HtmlText.isInline(p.selectFirst("p"))).isFalse();
        assertThat(HtmlText.isList(p.selectFirst("ul"))).isTrue();
        assertThat(HtmlText.isList(p.selectFirst("ol"))).isTrue();
        assertThat(HtmlText.isList(p.selectFirst("dl"))).isTrue();
        assertThat(HtmlText.isList(p.selectFirst("table"))).isFalse();
    }

    @Test
    void appendsToTextCollectedBefore() {
        HtmlText.Appender out = new HtmlText.Appender();
        assertThat(out.isEmpty()).isTrue();
        out.append("Before");
        out.space();
        HtmlText.appendTo(out, first("<p>the <b>para</b>graph</p>", "p"), false);

        assertThat(out.isEmpty()).isFalse();
        assertThat(out.toString()).isEqualTo("Before the paragraph");
    }
}
