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
 * establishment. Pages with a menu say what they are through it, and are not read this way.
 */
final class MissionEvidence {
    /** How many blocks from the top may name the operation. */
    private static final int FIRST_BLOCKS = 6;

    private MissionEvidence() {}

    /** The operation's name as the text gives it ("OSCE Mission to Croatia"), or null. */
    static String name(PageContent content) {
        if (content.site() != null) {
            return null;
        }
        List<Block> blocks = content.blocks();
        String name = null;
        boolean mandate = false;
        for (int i = 1; i < Math.min(blocks.size(), FIRST_BLOCKS); i++) {
            String text = blocks.get(i).text();
            if (name == null && !blocks.get(i).isFigure()) {
                name = MissionNames.find(text);
            }
            mandate |= tellsTheMandate(text, content);
        }
        return mandate ? name : null;
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
