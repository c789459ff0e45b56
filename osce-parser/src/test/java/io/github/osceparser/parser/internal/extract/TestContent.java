package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.parser.internal.Block;
import io.github.osceparser.parser.internal.Diagnostics;
import io.github.osceparser.parser.internal.PageContent;
import java.util.ArrayList;
import java.util.List;

/** Page content for the extractor tests, written as the lines of a page. */
final class TestContent {
    private TestContent() {}

    /** Blocks of the given texts on lines 1, 2, 3...; a text starting with "- " is a bullet. */
    static PageContent content(String... texts) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            blocks.add(
                    text.startsWith("- ")
                            ? new Block(Block.Kind.ITEM, text.substring(2), i + 1)
                            : new Block(Block.Kind.LINE, text, i + 1));
        }
        return new PageContent(blocks, null, "en", new Diagnostics());
    }
}
