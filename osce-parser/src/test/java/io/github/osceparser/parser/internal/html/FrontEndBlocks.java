package io.github.osceparser.parser.internal.html;

import io.github.osceparser.parser.internal.content.Block;
import java.util.List;
import org.jsoup.nodes.Document;

/** The front end's blocks of a piece of markup, for the tests of the steps that make them. */
final class FrontEndBlocks {
    private FrontEndBlocks() {}

    /** The blocks of the markup, its links resolved against www.osce.org. */
    static List<Block> parse(String html) {
        Document document = HtmlLoader.load(html, "https://www.osce.org/", Integer.MAX_VALUE);
        return blocksOf(DocumentIndex.of(document));
    }

    /** The blocks of the markup as "KIND text" strings. */
    static List<String> blocks(String html) {
        return parse(html).stream().map(b -> b.kind() + " " + b.text()).toList();
    }

    private static List<Block> blocksOf(DocumentIndex index) {
        return HtmlFrontEnd.blocks(index, ContentRegion.of(index));
    }
}
