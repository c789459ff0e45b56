package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.PageType;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;

/**
 * The words osce.org prints around content, read from the page's {@link Lexicon}: the kind lines
 * that open press releases and news items, the metadata labels, and the footers that follow the
 * body. Matched ignoring case, a trailing colon and the space French puts before it, and the kind
 * of apostrophe.
 */
final class Vocabulary {
    private static final Section[] LABELS = {
        Section.LABEL_DATE, Section.LABEL_PLACE, Section.LABEL_SOURCE, Section.LABEL_FIELDS_OF_WORK
    };

    private static final MetadataLabel[] FIELDS = {
        MetadataLabel.DATE, MetadataLabel.PLACE, MetadataLabel.SOURCE, MetadataLabel.FIELDS_OF_WORK
    };

    private Vocabulary() {}

    /**
     * The name before the mark a structure that no longer works is printed with ("OSCE Mission to
     * Croatia (Closed)"), stripped; null when the name carries no such mark.
     */
    static String beforeClosedMark(String name, Lexicon lexicon) {
        for (String mark : lexicon.words(Section.CLOSED_MARKS).entries()) {
            int at = name.length() - mark.length();
            if (at >= 0 && name.regionMatches(true, at, mark, 0, mark.length())) {
                return name.substring(0, at).strip();
            }
        }
        return null;
    }

    /** The page kind a kind line names, or null when the block is not a kind line. */
    static PageType kindOf(Block block, Lexicon lexicon) {
        if (block.isItem()) {
            return null;
        }
        if (lexicon.has(Section.KIND_PRESS_RELEASE, block.text())) {
            return PageType.PRESS_RELEASE;
        }
        return lexicon.has(Section.KIND_NEWS_ITEM, block.text()) ? PageType.NEWS_ITEM : null;
    }

    /** The field a metadata label fills ("Date:", "Lieu :", "Дата:"), or null for an unknown label. */
    static MetadataLabel labelOf(String label, Lexicon lexicon) {
        String text = label.endsWith(":") ? label.substring(0, label.length() - 1) : label;
        Section section = lexicon.sectionOf(text, LABELS);
        for (int i = 0; i < LABELS.length; i++) {
            if (LABELS[i] == section) {
                return FIELDS[i];
            }
        }
        return null;
    }

    /** Whether the line is a site footer rather than body text: a related-links heading or a disclaimer. */
    static boolean isFooter(String text, Lexicon lexicon) {
        return isReadMore(text, lexicon) || lexicon.has(Section.DISCLAIMER, text);
    }

    /** Whether the line heads the related links of a news item ("Read more on this topic"). */
    static boolean isReadMore(String text, Lexicon lexicon) {
        return lexicon.has(Section.READ_MORE, text);
    }

    /** A photo caption ends with its credit in brackets: "... 14 April 2011. (OSCE/Ivana Perović)". */
    static boolean isPhotoCaption(String text) {
        int open = text.lastIndexOf('(');
        return text.endsWith(")") && open >= 0 && text.indexOf('/', open) > 0 && text.length() - open < 60;
    }
}
