package io.github.osceparser.parser.internal.content;

import java.util.Objects;

/**
 * One unit of page content, as a front end hands it to the extractors. The text front end knows
 * only lines, bullets and photos; the HTML front end also knows which lines are headings and
 * paragraphs, and keeps a handle on the markup ({@link Markup}) for what only the markup says.
 * Extractors never learn which front end made a block.
 *
 * @param kind what the front end knows about the block
 * @param text the block's text, without a bullet; a photo's caption (possibly empty)
 * @param line the 1-based line number the block came from
 * @param markup what the markup says of the block; {@link Markup#NONE} for page text
 */
public record Block(Kind kind, String text, int line, Markup markup) {

    /** What a front end knows about a block. */
    public enum Kind {
        /** A line of text that may be a heading or a paragraph: the extractor decides. */
        LINE,
        /** A line known to be a heading. */
        HEADING,
        /** A line known to be a paragraph. */
        PARAGRAPH,
        /** A bullet: a list item or a metadata value ("- X" in page text). */
        ITEM,
        /** A photo and its caption: never body text ({@link Markup#image()} holds it). */
        FIGURE
    }

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(markup, "markup");
    }

    /** A block without markup, as page text gives it. */
    public Block(Kind kind, String text, int line) {
        this(kind, text, line, Markup.NONE);
    }

    /** Whether this block is a bullet. */
    public boolean isItem() {
        return kind == Kind.ITEM;
    }

    /** Whether this block is a photo. */
    public boolean isFigure() {
        return kind == Kind.FIGURE;
    }

    /** Whether this block is a line of text or a heading: neither a bullet nor a photo. */
    public boolean isText() {
        return !isItem() && !isFigure();
    }

    /** Whether the text is only marks, no letter or digit ("--", "* * *"): a separator, not a paragraph. */
    public boolean isMarksOnly() {
        return text.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
