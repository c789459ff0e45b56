package io.github.osceparser.parser.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Image;
import io.github.osceparser.model.Link;
import io.github.osceparser.parser.internal.content.Block;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlMarkupTest {
    private static final String BASE = "https://www.osce.org/news/page";

    private static List<Block> blocks(String html, String base) {
        Document document = HtmlLoader.load(html, base, Integer.MAX_VALUE);
        return blocksOf(DocumentIndex.of(document));
    }

    private static Block block(List<Block> blocks, String text) {
        return blocks.stream().filter(b -> b.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void findsTheLinkOfATitleAroundItOrBesideItInItsCard() {
        List<Block> blocks = blocks(
                "<main><h3><a href='/first'>Linked title</a></h3>"
                        + "<a href='/whole'><div><h3>Card linked whole</h3></div></a>"
                        + "<div class=card><h3>Unlinked title</h3><p>Text</p><a href='/beside'>More</a></div>"
                        + "<h3>Alone</h3></main>",
                BASE);

        assertThat(block(blocks, "Linked title").markup().link()).isEqualTo("https://www.osce.org/first");
        assertThat(block(blocks, "Card linked whole").markup().link()).isEqualTo("https://www.osce.org/whole");
        assertThat(block(blocks, "Unlinked title").markup().link()).isEqualTo("https://www.osce.org/beside");
        assertThat(block(blocks, "Alone").markup().link())
                .as("the content as a whole is no card")
                .isNull();
    }

    @Test
    void givesTheLinkOfLooseTextFromTheAnchorItStartsIn() {
        List<Block> blocks = blocks(
                "<main><div class=card><a href='/presence-in-albania'><img src=a.jpg alt=''>"
                        + "<span>Presence in Albania</span></a><h4>Presence in Albania</h4></div></main>",
                BASE);

        assertThat(blocks.get(0).kind()).isEqualTo(Block.Kind.LINE);
        assertThat(blocks.get(0).markup().link()).isEqualTo("https://www.osce.org/presence-in-albania");
    }

    @Test
    void givesNoLinkThatIsNoAddressOrCannotBeMadeAbsolute() {
        List<Block> withoutBase = blocks("<main><h3><a href='/relative'>Title</a></h3></main>", "");
        List<Block> noAddress = blocks(
                "<main><h3><a href='#top'>Top</a></h3><h3><a href='javascript:void(0)'>Script</a></h3></main>", BASE);

        assertThat(block(withoutBase, "Title").markup().link()).isNull();
        assertThat(block(noAddress, "Top").markup().link()).isNull();
        assertThat(block(noAddress, "Script").markup().link()).isNull();
        assertThat(blocks("<main><h3><a href='https://example.org/a'>Title</a></h3></main>", "")
                        .get(0)
                        .markup()
                        .link())
                .isEqualTo("https://example.org/a");
    }

    @Test
    void takesTheLinksAfterAHeadingUpToTheNextHeading() {
        List<Block> blocks = blocks(
                "<main><article><p>Body.</p><section><h2>Read more on this topic</h2>"
                        + "<nav><ul><li><a href='/policing'>Policing</a></li><li><a href='../x'>X</a></li></ul></nav>"
                        + "<p>Disclaimer.</p></section><h2>Other</h2><a href='/other'>Other</a></article></main>",
                BASE);

        assertThat(block(blocks, "Read more on this topic").markup().sectionLinks())
                .containsExactly(
                        new Link("Policing", "https://www.osce.org/policing"), new Link("X", "https://www.osce.org/x"));
        assertThat(block(blocks, "Other").markup().sectionLinks())
                .containsExactly(new Link("Other", "https://www.osce.org/other"));
    }

    @Test
    void readsAFiguresPhotoAndCaptionWithoutPhotoDetails() {
        Document document = HtmlLoader.load(
                "<figure><img data-src='/p.jpg'><figcaption>A visit. Photo details</figcaption></figure>"
                        + "<figure><figcaption>Caption only</figcaption></figure><figure><p>nothing</p></figure>",
                BASE,
                Integer.MAX_VALUE);
        List<Element> figures = document.select("figure");

        assertThat(HtmlMarkup.image(figures.get(0))).isEqualTo(new Image("https://www.osce.org/p.jpg", "A visit."));
        assertThat(HtmlMarkup.image(figures.get(1))).isEqualTo(new Image(null, "Caption only"));
        assertThat(HtmlMarkup.image(figures.get(2))).isNull();
    }

    private static List<Block> blocksOf(DocumentIndex index) {
        return HtmlFrontEnd.blocks(index, ContentRegion.of(index));
    }
}
