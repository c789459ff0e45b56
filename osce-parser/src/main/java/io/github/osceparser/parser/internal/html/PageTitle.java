package io.github.osceparser.parser.internal.html;

import io.github.osceparser.parser.internal.content.Block;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The page's title when the content does not hold it: a browser's reader view prints the title in
 * its own header above the content ({@code h1.reader-title}), and a saved fragment has none but the
 * head's. The title goes where the text rendering prints it: first, or after the kind line ("Press
 * release") that opens the content.
 */
final class PageTitle {
    /** A kind line is a few words: "Press release", "News Item", "Communiqué de presse". */
    private static final int MAX_KIND_WORDS = 4;

    private static final int MAX_KIND_LENGTH = 40;

    private PageTitle() {}

    /**
     * Puts the title where the text prints it: adds it when the content under {@code root} has no
     * {@code <h1>}; puts a kind line that the markup sets beside the title, after it ({@code
     * <h1>…</h1><span class="node-type">Press release</span>}), before it.
     */
    static void place(DocumentIndex index, Element root, List<Block> blocks) {
        if (blocks.isEmpty()) {
            return;
        }
        if (hasTitle(index, root)) {
            kindLineFirst(blocks);
        } else {
            addOutside(index, blocks);
        }
    }

    private static void kindLineFirst(List<Block> blocks) {
        if (blocks.size() < 3 || blocks.get(0).kind() != Block.Kind.HEADING) {
            return;
        }
        // loose text beside the title, or a paragraph of a few words that the metadata follows
        boolean besideTitle = blocks.get(1).kind() == Block.Kind.LINE;
        boolean aboveMetadata = blocks.get(1).kind() == Block.Kind.PARAGRAPH
                && blocks.get(2).isItem()
                && LabelledValues.isLabel(blocks.get(2).text());
        if (!besideTitle && !aboveMetadata) {
            return;
        }
        Element title = element(blocks.get(0));
        Element kind = element(blocks.get(1));
        if (title != null
                && kind != null
                && title.normalName().equals("h1")
                && (aboveMetadata || kind.parent() == title.parent() || kind == title.parent())
                && isKindLine(blocks.get(1))) {
            blocks.add(0, blocks.remove(1));
        }
    }

    /** The element a block of the front end came from. */
    private static Element element(Block block) {
        if (block.markup() instanceof HtmlMarkup markup) {
            Node origin = markup.origin();
            return origin instanceof Element e ? e : origin.parent() instanceof Element parent ? parent : null;
        }
        return null;
    }

    private static void addOutside(DocumentIndex index, List<Block> blocks) {
        Block title = null;
        for (Element h1 : index.h1s) {
            String text = HtmlText.of(h1);
            if (!text.isEmpty() && !SiteFurniture.isInFurniture(h1, index.document)) {
                title = new Block(Block.Kind.HEADING, text, SourceLines.of(h1));
                break;
            }
        }
        if (title == null && blocks.stream().noneMatch(b -> b.kind() == Block.Kind.HEADING)) {
            HeadMetadata.Title head = HeadMetadata.title(index);
            if (head != null) {
                title = new Block(Block.Kind.HEADING, head.text(), head.line());
            }
        }
        if (title != null) {
            blocks.add(isKindLine(blocks.get(0)) && blocks.size() > 1 ? 1 : 0, title);
        }
    }

    private static boolean hasTitle(DocumentIndex index, Element root) {
        for (Element h1 : DocumentIndex.under(index.h1s, root)) {
            if (!SiteFurniture.isInFurniture(h1, root) && !HtmlText.of(h1).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the block reads as a kind line: a few capitalised words, no digits, no label's colon,
     * no sentence's end.
     */
    private static boolean isKindLine(Block block) {
        String text = block.text();
        if (block.kind() == Block.Kind.HEADING
                || block.isItem()
                || block.isFigure()
                || text.isEmpty()
                || text.length() > MAX_KIND_LENGTH
                || !Character.isUpperCase(text.codePointAt(0))
                || text.split(" ").length > MAX_KIND_WORDS) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || ":.!?…;,".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
