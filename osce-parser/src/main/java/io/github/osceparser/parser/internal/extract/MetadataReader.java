package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.Diagnostics;
import io.github.osceparser.parser.internal.content.PageDraft;
import io.github.osceparser.parser.internal.content.SectionLines;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.text.DatelineParser;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the metadata block of a press release, in either of its two renderings.
 *
 * <ul>
 *   <li>The current site: bulleted labels, each followed by its bulleted values ("- Source:", "-
 *       OSCE Secretariat"); a label may have no value ("- Date:" then "- Source:").
 *   <li>Blank-line separated renderings: a label alone on its line and its value on the next line
 *       ("Place:", "TIRASPOL"), or no value when the next line is itself a label. Only labels the
 *       library knows are read this way, so that a paragraph ending in a colon is not taken for one.
 * </ul>
 */
final class MetadataReader {
    private final Map<MetadataLabel, List<Block>> values = new EnumMap<>(MetadataLabel.class);
    private int end;
    private boolean knownLabel;
    private final Lexicon lexicon;

    private MetadataReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Reads the metadata that starts at {@code start}; see {@link #end()} for where it stopped. */
    static MetadataReader read(List<Block> blocks, int start, PageDraft draft, Lexicon lexicon) {
        MetadataReader reader = new MetadataReader(lexicon);
        reader.readFrom(blocks, start, draft);
        return reader;
    }

    /** Whether the block is a metadata label: a bulleted one of any name, or a known unbulleted one. */
    static boolean isLabel(Block block, Lexicon lexicon) {
        if (block.isFigure() || !MetadataLabel.isLabel(block.text())) {
            return false;
        }
        return block.isItem() || MetadataLabel.of(block.text(), lexicon) != null;
    }

    /** The longest line an unbulleted label's value may be; a longer line is the body's first paragraph. */
    private static final int MAX_UNBULLETED_VALUE = 200;

    /**
     * Whether the line after an unbulleted label is its value: not another label, and not the body
     * (which opens with a dateline, or is a long paragraph) when the value was left out.
     */
    private boolean isUnbulletedValue(Block block) {
        return !block.isItem()
                && !block.isFigure()
                && !isLabel(block, lexicon)
                && (block.text().length() <= MAX_UNBULLETED_VALUE || isList(block.text()))
                && DatelineParser.parse(block.text(), lexicon) == null;
    }

    /** The longest item of a comma-separated value: a field of work's or a structure's name. */
    private static final int MAX_LIST_ITEM = 80;

    /**
     * Whether a long line is a comma-separated list rather than the body's first paragraph: it does
     * not end like a sentence and each of its items is a name ("Rule of law, Human rights, ...").
     */
    private static boolean isList(String text) {
        if (text.isEmpty() || ".!?:".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        int start = 0;
        for (int comma = text.indexOf(','); ; comma = text.indexOf(',', start)) {
            int end = comma < 0 ? text.length() : comma;
            if (end - start > MAX_LIST_ITEM) {
                return false;
            }
            if (comma < 0) {
                return start > 0;
            }
            start = comma + 1;
        }
    }

    /** The values read under a label, in page order; empty when the label was absent or empty. */
    List<Block> values(MetadataLabel label) {
        return values.getOrDefault(label, List.of());
    }

    /** Whether a label the library knows was read ("Date:", "Lieu :"), with or without a value. */
    boolean hasKnownLabel() {
        return knownLabel;
    }

    /** The index of the first block after the metadata. */
    int end() {
        return end;
    }

    /** The most words of an unknown unbulleted label read after a known one. */
    private static final int MAX_FURTHER_LABEL_WORDS = 3;

    /**
     * An unbulleted label the library does not know, after a known one and with a value under it
     * ("Source:", its value, then "Regions:", "Eastern Europe"): the site's further metadata, not
     * the body. Before any known label, a short line ending in a colon may open the body.
     */
    private boolean isFurtherLabel(List<Block> blocks, int i) {
        Block block = blocks.get(i);
        if (!knownLabel || block.isItem() || block.isFigure() || !MetadataLabel.isLabel(block.text())) {
            return false;
        }
        String text = block.text();
        int words = SectionLines.words(text);
        return words <= MAX_FURTHER_LABEL_WORDS
                && i + 1 < blocks.size()
                && isUnbulletedValue(blocks.get(i + 1))
                && blocks.get(i + 1).text().indexOf(':') < 0;
    }

    private void readFrom(List<Block> blocks, int start, PageDraft draft) {
        Diagnostics diagnostics = draft.diagnostics();
        int i = start;
        while (i < blocks.size() && (isLabel(blocks.get(i), lexicon) || isFurtherLabel(blocks, i))) {
            Block label = blocks.get(i++);
            draft.place(label);
            List<Block> found = new ArrayList<>();
            if (label.isItem()) {
                while (i < blocks.size() && blocks.get(i).isItem() && !isLabel(blocks.get(i), lexicon)) {
                    found.add(blocks.get(i));
                    draft.place(blocks.get(i++));
                }
            } else if (i < blocks.size() && isUnbulletedValue(blocks.get(i))) {
                found.add(blocks.get(i));
                draft.place(blocks.get(i++));
            }
            MetadataLabel field = MetadataLabel.of(label.text(), lexicon);
            knownLabel |= field != null;
            if (found.isEmpty()) {
                diagnostics.add(label.line(), Diagnostic.Kind.EMPTY_FIELD, "'" + label.text() + "' has no value");
            } else if (field == null) {
                diagnostics.add(
                        label.line(),
                        Diagnostic.Kind.UNKNOWN_LABEL,
                        "'" + label.text() + "' is a label the library does not know");
                for (Block value : found) {
                    diagnostics.add(
                            value.line(),
                            Diagnostic.Kind.UNKNOWN_LABEL,
                            "value '" + Diagnostics.excerpt(value.text()) + "' of unknown label '" + label.text()
                                    + "'");
                }
            } else {
                values.computeIfAbsent(field, f -> new ArrayList<>()).addAll(found);
            }
        }
        end = i;
    }
}
