package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.MissionNames;
import io.github.osceparser.parser.internal.content.PageContent;
import io.github.osceparser.parser.internal.lexicon.Section;
import java.util.List;
import java.util.Locale;

/**
 * A field operation's page saved without its menu and without its name as the title: it opens
 * with a section line or a topic heading ("About us", "Refugee return and property"), and its
 * first paragraphs name the operation ("The OSCE Mission to Croatia ...") and tell its mandate or
 * establishment. The operation's own sections ("About us", "Our work": the lexicon's section lines
 * kept as the title because a paragraph follows them) need no mandate: a first paragraph that opens
 * with the operation as its subject ("The Programme Office in Bishkek is based ...") is enough.
 * Pages with a menu say what they are through it, and are not read this way.
 */
final class MissionEvidence {
    /** How many blocks from the top may name the operation. */
    private static final int FIRST_BLOCKS = 6;

    private MissionEvidence() {}

    /**
     * What the page's text says of the operation.
     *
     * @param name the operation's name as the text gives it ("Mission to Croatia")
     * @param evidence what decided, for the diagnostic ("the office's name, a mandate")
     */
    record Found(String name, String evidence) {}

    /** The operation the page is about, or null when the text does not show one. */
    static Found find(PageContent content) {
        if (content.site() != null) {
            return null;
        }
        List<Block> blocks = content.blocks();
        boolean section =
                content.lexicon().has(Section.SECTION_LINES, blocks.get(0).text());
        String name = null;
        String subject = null;
        boolean mandate = false;
        for (int i = 1; i < Math.min(blocks.size(), FIRST_BLOCKS); i++) {
            Block block = blocks.get(i);
            String text = block.text();
            if (name == null && !block.isFigure()) {
                name = MissionNames.find(text);
            }
            if (subject == null && !block.isFigure() && !block.isItem()) {
                subject = MissionNames.atStart(text);
            }
            mandate |= tellsTheMandate(text, content);
        }
        if (mandate && name != null) {
            return new Found(name, "the office's name, a mandate");
        }
        return section && subject != null
                ? new Found(subject, "the office's name opening a paragraph, a section line as the title")
                : null;
    }

    /**
     * The operation a page saved without any headline is about: its first block is a paragraph of
     * prose (hold-out 8, h19: "The OSCE Mission to Skopje is the organization’s longest-serving field
     * mission. ..."), which opens with the operation as its subject, or which with the blocks after
     * it names the operation and tells its mandate; null otherwise, and for pages with a menu.
     */
    static Found headless(PageContent content) {
        if (content.site() != null) {
            return null;
        }
        List<Block> blocks = content.blocks();
        String subject = MissionNames.atStart(blocks.get(0).text());
        if (subject != null) {
            return new Found(subject, "no headline; the office's name opening the first paragraph");
        }
        String name = null;
        boolean mandate = false;
        for (int i = 0; i < Math.min(blocks.size(), FIRST_BLOCKS); i++) {
            Block block = blocks.get(i);
            if (name == null && !block.isFigure()) {
                name = MissionNames.find(block.text());
            }
            mandate |= tellsTheMandate(block.text(), content);
        }
        return mandate && name != null ? new Found(name, "no headline; the office's name, a mandate") : null;
    }

    /** Whether the text speaks of the operation's mandate or establishment ("History and mandate", "established"). */
    private static boolean tellsTheMandate(String text, PageContent content) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String cue : content.lexicon().words(Section.MANDATE_CUES).entries()) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }
}
