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
    /** The most words of a structure's name above a kind line. */
    private static final int MAX_LINE_WORDS = 8;

    /** A sentence of more words than this, ending in a full stop, is a paragraph, not a title. */
    private static final int MAX_TITLE_WORDS = 20;

    private SectionLines() {}

    /**
     * The blocks after the leading section lines; each line left out is reported in {@code skipped}.
     */
    public static List<Block> strip(List<Block> blocks, Lexicon lexicon, Diagnostics skipped) {
        int i = 0;
        while (i + 1 < blocks.size()
                && (isSectionLine(blocks.get(i), lexicon) || isAboveKindLine(blocks, i, lexicon))
                && isTitle(blocks.get(i + 1))) {
            Block line = blocks.get(i++);
            skipped.add(
                    line.line(),
                    Diagnostic.Kind.SKIPPED,
                    "'" + Diagnostics.excerpt(line.text()) + "' is a section line above the title");
        }
        return i == 0 ? blocks : blocks.subList(i, blocks.size());
    }

    /**
     * A short line at the start, then a kind line and a title: the structure that issued the page
     * ("Secretariat", "Office for Democratic Institutions and Human Rights" above "Press release").
     */
    private static boolean isAboveKindLine(List<Block> blocks, int i, Lexicon lexicon) {
        if (i != 0 || blocks.size() < 3 || !blocks.get(2).isText()) {
            return false;
        }
        Block line = blocks.get(0);
        Block next = blocks.get(1);
        return line.isText()
                && isShortLine(line.text())
                && next.isText()
                && (lexicon.has(Section.KIND_PRESS_RELEASE, next.text())
                        || lexicon.has(Section.KIND_NEWS_ITEM, next.text()));
    }

    /** At most {@value #MAX_LINE_WORDS} words and no full stop at the end: a name, not a sentence. */
    private static boolean isShortLine(String text) {
        return !text.isEmpty() && !text.endsWith(".") && words(text) <= MAX_LINE_WORDS;
    }

    private static boolean isSectionLine(Block block, Lexicon lexicon) {
        return block.isText() && lexicon.has(Section.SECTION_LINES, block.text());
    }

    /**
     * Whether the block after a section line can be the page's title: text, and not a paragraph of
     * prose ("Our work", then "The Programme Office addresses key security priorities, ...": the
     * section line is the title of a page that has no other).
     */
    private static boolean isTitle(Block block) {
        if (!block.isText()) {
            return false;
        }
        String text = block.text();
        return !(".!?".indexOf(text.charAt(text.length() - 1)) >= 0 && words(text) > MAX_TITLE_WORDS);
    }

    /** The words of a line, counted by its spaces (a line's text has single spaces). */
    public static int words(String text) {
        int words = 1;
        for (int space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', space + 1)) {
            words++;
        }
        return words;
    }
}
