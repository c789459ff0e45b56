package io.github.osceparser.parser.internal.text;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.parser.internal.Block;
import io.github.osceparser.parser.internal.Diagnostics;
import io.github.osceparser.parser.internal.MenuSplitter;
import java.util.ArrayList;
import java.util.List;

/** Content lines of page text to blocks: "- X" lines are bullets, other non-blank lines are lines. */
public final class TextFrontEnd {
    private TextFrontEnd() {}

    /** The blocks of the content lines; a bullet with no text is reported and left out. */
    public static List<Block> blocks(List<Line> content, Diagnostics diagnostics) {
        List<Block> blocks = new ArrayList<>(content.size());
        for (Line line : content) {
            String text = line.text();
            if (text.isEmpty()) {
                continue;
            }
            if (MenuSplitter.isBullet(text)) {
                blocks.add(new Block(Block.Kind.ITEM, MenuSplitter.bulletText(text), line.number()));
            } else if (text.equals("-")) {
                diagnostics.add(line.number(), Diagnostic.Kind.SKIPPED, "a bullet with no text");
            } else {
                blocks.add(new Block(Block.Kind.LINE, text, line.number()));
            }
        }
        return blocks;
    }
}
