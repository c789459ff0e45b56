package io.github.osceparser.parser.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class SourceLinesTest {
    private static Document load(String html) {
        return HtmlLoader.load(html, "", Integer.MAX_VALUE);
    }

    @Test
    void givesTheLineAnElementStartsOn() {
        Document document = load("<div>\n<p>one</p>\n\n<p>two</p>\n</div>");

        assertThat(SourceLines.of(document.selectFirst("div"))).isEqualTo(1);
        assertThat(SourceLines.of(document.select("p").get(0))).isEqualTo(2);
        assertThat(SourceLines.of(document.select("p").get(1))).isEqualTo(4);
    }

    @Test
    void givesATextNodeTheLineOfItsFirstVisibleCharacter() {
        Document document = load("<p>\n\n   word\nmore</p>\n<p>text\n\nlater</p>");

        TextNode first = (TextNode) document.select("p").get(0).childNode(0);
        TextNode second = (TextNode) document.select("p").get(1).childNode(0);
        assertThat(SourceLines.of(first)).isEqualTo(3);
        assertThat(SourceLines.of(second)).isEqualTo(5);
        assertThat(SourceLines.of(document.select("p").get(0))).isEqualTo(1);
    }

    @Test
    void givesAnElementTheParserMadeUpTheLineOfItsFirstContent() {
        Document document = load("\n\n<table>\n<tr><td>x</td></tr></table>");

        assertThat(SourceLines.of(document.selectFirst("tbody"))).isEqualTo(4);
        assertThat(SourceLines.of(document.body())).isEqualTo(3);
    }

    @Test
    void looksPastUntrackedChildrenToTheirTrackedSiblings() {
        Document document = load("<div>\n<p>x</p>\n\n<p>y</p></div>");
        Element wrapper = new Element("section");
        wrapper.appendChild(new Element("span"));
        wrapper.appendChild(new Element("em").appendChild(new Element("b")));
        Element moved = document.select("p").get(1);
        wrapper.appendChild(moved);
        document.selectFirst("div").appendChild(wrapper);

        assertThat(SourceLines.of(wrapper)).isEqualTo(4);
    }

    @Test
    void staysInsideTheNodeAndThenAsksItsParents() {
        Document document = load("<div>\n<p>x</p>\n\n<p>y</p></div>");
        Element wrapper = new Element("section");
        wrapper.appendChild(new Element("span").appendChild(new Element("b")));
        document.select("p").get(0).after(wrapper);

        assertThat(SourceLines.of(wrapper)).as("the line of the <div>").isEqualTo(1);
    }

    @Test
    void givesLineOneWhenNothingIsKnown() {
        assertThat(SourceLines.of(new Element("p"))).isEqualTo(1);
        assertThat(SourceLines.of(new Element("p").appendChild(new TextNode("\n\nx"))))
                .isEqualTo(1);
    }

    @Test
    void givesAWhitespaceTextNodeTheLineAfterItsLastLineBreak() {
        Document document = load("<div><p>a</p>\n\n  <p>b</p></div>");

        TextNode between = (TextNode) document.selectFirst("div").childNode(1);
        assertThat(between.isBlank()).isTrue();
        assertThat(SourceLines.of(between)).isEqualTo(3);
    }
}
