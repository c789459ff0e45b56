package io.github.osceparser.parser.internal.content;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import java.util.List;

/**
 * The site's section and breadcrumb lines that a saved page keeps above its title ("Resources",
 * "Project Update", "Secretary General", "Cosa facciamo"): they name where the page sits on the
 * site, not the page, and would otherwise be taken for its title. They are the lexicon's {@link
 * Section#SECTION_LINES}, read only at the very start of the content and only when text follows.
 */
public final class SectionLines {
    private SectionLines() {}

    /**
     * The blocks after the leading section lines; each line left out is reported in {@code skipped}.
     */
    public static List<Block> strip(List<Block> blocks, Lexicon lexicon, Diagnostics skipped) {
        int i = 0;
        while (i + 1 < blocks.size() && isSectionLine(blocks.get(i), lexicon) && isText(blocks.get(i + 1))) {
            Block line = blocks.get(i++);
            skipped.add(
                    line.line(),
                    Diagnostic.Kind.SKIPPED,
                    "'" + Diagnostics.excerpt(line.text()) + "' is a section line above the title");
        }
        return i == 0 ? blocks : blocks.subList(i, blocks.size());
    }

    private static boolean isSectionLine(Block block, Lexicon lexicon) {
        return isText(block) && lexicon.has(Section.SECTION_LINES, block.text());
    }

    private static boolean isText(Block block) {
        return !block.isItem() && !block.isFigure();
    }
}
