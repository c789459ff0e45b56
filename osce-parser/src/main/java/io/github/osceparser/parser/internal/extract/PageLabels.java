package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.DateEvidence;
import io.github.osceparser.parser.internal.content.Diagnostics;
import io.github.osceparser.parser.internal.content.PageDraft;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import io.github.osceparser.parser.internal.text.DateScanner;
import java.util.List;

/**
 * The "Label: value" lines under the title of an event or publication page ("Date: 14 - 15 March
 * 2022", "Location: Hofburg, Vienna", "Publishing date: 9 November 2021"). The date gives the
 * page's date (a range its first day, said in a diagnostic); the other labels have no field on a
 * generic page and are reported, so that they do not pass for its text. The lines are read only
 * when one of them is a date.
 */
final class PageLabels {
    /** A label is one to three words before its colon, and at most this long. */
    private static final int MAX_LABEL_LENGTH = 30;

    private PageLabels() {}

    /** Reads the label lines from {@code start}; returns the index of the first block after them. */
    static int read(List<Block> blocks, int start, PageDraft draft, Lexicon lexicon) {
        int end = start;
        boolean dated = false;
        while (end < blocks.size() && label(blocks.get(end)) != null) {
            dated |= isDateLabel(label(blocks.get(end)), lexicon);
            end++;
        }
        if (!dated) {
            return start;
        }
        Diagnostics diagnostics = draft.diagnostics();
        for (int i = start; i < end; i++) {
            Block block = blocks.get(i);
            draft.place(block);
            String label = label(block);
            String value = block.text().substring(label.length() + 1).strip();
            DateScanner.Found found = isDateLabel(label, lexicon) ? DateScanner.first(value, lexicon) : null;
            if (found != null) {
                draft.date(DateEvidence.stated(found.date(), DateSource.METADATA, block.line(), value));
                if (found.range()) {
                    diagnostics.add(
                            block.line(),
                            Diagnostic.Kind.INFERRED,
                            "'" + label + ":' gives a range; took its first day, " + found.date());
                }
            } else {
                diagnostics.add(
                        block.line(),
                        Diagnostic.Kind.UNKNOWN_LABEL,
                        "label '" + Diagnostics.excerpt(block.text()) + "' has no field on this kind of page");
            }
        }
        return end;
    }

    private static boolean isDateLabel(String label, Lexicon lexicon) {
        return lexicon.has(Section.LABEL_DATE, label) || lexicon.has(Section.LISTING_DATE, label);
    }

    /** The label of a "Label: value" line (capitalised, one to three words, a value after it), or null. */
    private static String label(Block block) {
        if (block.isItem() || block.isFigure()) {
            return null;
        }
        String text = block.text();
        int colon = text.indexOf(':');
        if (colon <= 0
                || colon > MAX_LABEL_LENGTH
                || colon + 1 >= text.length()
                || text.substring(colon + 1).isBlank()
                || !Character.isUpperCase(text.codePointAt(0))) {
            return null;
        }
        String label = text.substring(0, colon);
        return label.strip().split(" ").length <= 3 ? label : null;
    }
}
