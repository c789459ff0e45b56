package io.github.osceparser.parser.internal;

/**
 * One unit of page content, as a front end hands it to the extractors. The text front end knows
 * only lines and bullets ({@link Kind#LINE}, {@link Kind#ITEM}); the HTML front end also knows which
 * lines are headings and paragraphs. Extractors never learn which front end made a block.
 *
 * @param kind what the front end knows about the block
 * @param text the block's text, without a bullet
 * @param line the 1-based line number the block came from
 */
public record Block(Kind kind, String text, int line) {

    /** What a front end knows about a block. */
    public enum Kind {
        /** A line of text that may be a heading or a paragraph: the extractor decides. */
        LINE,
        /** A line known to be a heading. */
        HEADING,
        /** A line known to be a paragraph. */
        PARAGRAPH,
        /** A bullet: a list item or a metadata value ("- X" in page text). */
        ITEM
    }

    /** Whether this block is a bullet. */
    public boolean isItem() {
        return kind == Kind.ITEM;
    }
}
