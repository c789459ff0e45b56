package io.github.osceparser.parser.internal.content;

import io.github.osceparser.model.Image;
import io.github.osceparser.model.Link;
import java.util.List;

/**
 * What the markup alone knows about a block: where it links to, the photo it shows, the links of
 * the section it heads. A block read from page text knows none of this ({@link #NONE}) unless the
 * text states it (a markdown image line). Extractors ask the block they already consume, so nothing
 * looks the document up again by matching text.
 */
public interface Markup {
    /** The answer of a block that came from page text: the text states none of these. */
    Markup NONE = new Markup() {};

    /**
     * The absolute address the block links to: its own link, the link around it (a card linked
     * as a whole), or the link beside it in its card; null when it links nowhere.
     */
    default String link() {
        return null;
    }

    /** The photo a {@link Block.Kind#FIGURE} block shows; null for any other block. */
    default Image image() {
        return null;
    }

    /**
     * For a heading ("Read more on this topic"), the links that follow it up to the next heading,
     * in page order; empty for other blocks and when there are none.
     */
    default List<Link> sectionLinks() {
        return List.of();
    }

    /** The markup of a photo stated in page text: its address and caption, nothing else. */
    static Markup of(Image image) {
        return new Markup() {
            @Override
            public Image image() {
                return image;
            }
        };
    }
}
