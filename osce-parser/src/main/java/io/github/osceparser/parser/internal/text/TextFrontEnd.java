package io.github.osceparser.parser.internal.text;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.Image;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.Diagnostics;
import io.github.osceparser.parser.internal.content.Markup;
import io.github.osceparser.parser.internal.content.MissionNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Content lines of page text to blocks: "- X" and "• X" lines are bullets, a markdown image line
 * and the "... Photo details" caption after it one photo, other non-blank lines are lines. Blank
 * lines separate blocks and are not content.
 *
 * <p>Two rendering artefacts are removed here, each with a diagnostic, so that no extractor has to
 * know them: the "Skip Links" or "Skip navigation" line that opens texts saved from the older site
 * (the second on its pages of closed operations and top stories), and a line printed
 * twice in a row (the older site printed photo captions and some paragraphs twice). A field
 * operation's name printed twice is not an artefact: it is how field-of-work pages print the title
 * of a mission card, and the extractor needs both lines to recognise the card.
 */
public final class TextFrontEnd {
    private static final List<String> SKIP_LINES =
            List.of("Skip Links", "Skip navigation", "Skip to main content", "Skip to content");
    private static final String OLDER_MENU_START = "- Home";
    private static final int OLDER_MENU_MAX_WORDS = 3;

    private TextFrontEnd() {}

    /** The blocks of the content lines. */
    public static List<Block> blocks(List<Line> content, Diagnostics diagnostics) {
        List<Block> blocks = new ArrayList<>(content.size());
        boolean first = true;
        int start = skipOlderMenu(content, diagnostics);
        for (Line line : content.subList(start, content.size())) {
            String text = line.text();
            if (text.isEmpty()) {
                continue;
            }
            if (first && isSkipLine(text)) {
                diagnostics.add(line.number(), Diagnostic.Kind.SKIPPED, "'" + text + "' is site furniture");
                first = false;
                continue;
            }
            first = false;
            Block block = block(text, line.number());
            if (block == null) {
                diagnostics.add(line.number(), Diagnostic.Kind.SKIPPED, "a bullet with no text");
            } else if (block.isFigure() && isCaptionOfPhotoBefore(blocks, block)) {
                Block photo = blocks.remove(blocks.size() - 1);
                Image image = new Image(photo.markup().image().url(), block.text());
                blocks.add(new Block(Block.Kind.FIGURE, block.text(), photo.line(), Markup.of(image)));
            } else if (isRepeat(blocks, block)) {
                diagnostics.add(
                        line.number(),
                        Diagnostic.Kind.SKIPPED,
                        "'" + Diagnostics.excerpt(text) + "' repeats the line before; kept one");
            } else {
                blocks.add(block);
            }
        }
        return blocks;
    }

    private static boolean isSkipLine(String text) {
        for (String skip : SKIP_LINES) {
            if (text.equalsIgnoreCase(skip)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Skips the older site's short menu, which texts saved from it begin with: "- Home", then a few
     * short entries on lines of their own ("At a glance", "Our work", "Library"), ending at a blank
     * line or at the first line longer than a menu entry (the page title). Each skipped line gets a
     * diagnostic. Returns the index of the first line after the menu.
     */
    private static int skipOlderMenu(List<Line> content, Diagnostics diagnostics) {
        int i = 0;
        while (i < content.size() && content.get(i).isBlank()) {
            i++;
        }
        if (i >= content.size() || !content.get(i).text().equals(OLDER_MENU_START)) {
            return 0;
        }
        int end = i + 1;
        while (end < content.size() && isOlderMenuEntry(content.get(end).text())) {
            end++;
        }
        for (int m = i; m < end; m++) {
            diagnostics.add(
                    content.get(m).number(),
                    Diagnostic.Kind.SKIPPED,
                    "'" + content.get(m).text() + "' is an entry of the older site's menu");
        }
        return end;
    }

    private static boolean isOlderMenuEntry(String text) {
        if (text.isEmpty() || text.split(" ").length > OLDER_MENU_MAX_WORDS) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return Character.isUpperCase(text.codePointAt(0)) && ".:;,!?".indexOf(last) < 0;
    }

    /** Whether the block is a caption only, and the block before it a photo without one. */
    private static boolean isCaptionOfPhotoBefore(List<Block> blocks, Block caption) {
        if (blocks.isEmpty() || caption.markup().image().url() != null) {
            return false;
        }
        Block before = blocks.get(blocks.size() - 1);
        return before.isFigure() && before.markup().image().caption() == null;
    }

    /** The block of a non-blank line, or null for a bullet with no text. */
    private static Block block(String text, int number) {
        String url = PhotoLines.imageUrl(text);
        if (url != null) {
            return new Block(Block.Kind.FIGURE, "", number, Markup.of(new Image(url, null)));
        }
        String caption = PhotoLines.caption(text);
        if (caption != null) {
            return new Block(Block.Kind.FIGURE, caption, number, Markup.of(new Image(null, caption)));
        }
        if (MenuSplitter.isBullet(text)) {
            return new Block(Block.Kind.ITEM, MenuSplitter.bulletText(text), number);
        }
        if (text.charAt(0) == '•' || text.charAt(0) == '·' || text.charAt(0) == '▪') {
            String item = text.substring(1).strip();
            return item.isEmpty() ? null : new Block(Block.Kind.ITEM, item, number);
        }
        if (text.equals("-")) {
            return null;
        }
        return new Block(Block.Kind.LINE, text, number);
    }

    /** A line (or photo) equal to the one before it, unless it is a field operation's name (a mission card). */
    private static boolean isRepeat(List<Block> blocks, Block block) {
        if (blocks.isEmpty()) {
            return false;
        }
        Block previous = blocks.get(blocks.size() - 1);
        return previous.kind() == block.kind()
                && previous.text().equals(block.text())
                && Objects.equals(previous.markup().image(), block.markup().image())
                && MissionNames.parse(block.text()) == null;
    }
}
