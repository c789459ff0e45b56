package io.github.osceparser.parser.internal.html;

import io.github.osceparser.model.Image;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.Markup;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A page's markup to the content blocks the text front end gives for the page's text, so that the
 * extractors never learn where a page came from: {@code h1}–{@code h6} are headings, {@code p} are
 * paragraphs, {@code li} are bullets, and a metadata list ({@code <dl>}: "Date:", then its values)
 * gives a bullet per label and per value, as the text rendering prints "- Date:" and "- New York".
 * Text standing loose in a {@code <div>} (the "Press release" kind line, the repeated name of a
 * field-operation card) is a line whose role the extractor decides, as in page text. A {@code
 * <figure>} is a photo block. Cards, label/value metadata in other markups and photos without
 * {@code <figure>} are read by {@link StructuredBlocks}; the title is placed by {@link PageTitle}.
 * Furniture (see {@link SiteFurniture}) gives no blocks. Each block
 * keeps a handle on its markup ({@link HtmlMarkup}) for what only the markup says.
 *
 * <p>The walk keeps its own stack instead of recursing, so no markup can overflow the thread's.
 */
final class HtmlFrontEnd {
    private HtmlFrontEnd() {}

    /**
     * The blocks of the content under {@code root}. When the content has no heading at all (a saved
     * fragment), the title the page's head gives opens the blocks as a heading.
     */
    static List<Block> blocks(DocumentIndex index, Element root) {
        List<Block> blocks = new ArrayList<>();
        Structure structure = new Structure(root);
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root, root, false, Block.Kind.LINE));
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (frame.next >= frame.element.childNodeSize()) {
                frame.flush(blocks);
                stack.pop();
                continue;
            }
            Node node = frame.element.childNode(frame.next++);
            if (node instanceof TextNode text) {
                if (!frame.listsOnly) {
                    frame.addText(text);
                }
            } else if (node instanceof Element element) {
                visit(element, frame, stack, blocks, structure);
            }
        }
        PageTitle.place(index, root, blocks);
        return blocks;
    }

    private static void visit(
            Element element, Frame frame, Deque<Frame> stack, List<Block> blocks, Structure structure) {
        boolean inline = HtmlText.isInline(element) && !structure.holdingBlocks.contains(element);
        if (SiteFurniture.isFurniture(element)) {
            if (!inline) {
                frame.flush(blocks);
            }
            return;
        }
        if (frame.listsOnly) {
            // Inside a list item whose own text is already its bullet: only nested lists remain.
            if (HtmlText.isList(element)) {
                stack.push(new Frame(element, frame.root, false, Block.Kind.LINE));
            } else if (structure.holdingLists.contains(element)) {
                stack.push(new Frame(element, frame.root, true, Block.Kind.LINE));
            }
            return;
        }
        if (inline) {
            frame.addInline(element);
            return;
        }
        frame.flush(blocks);
        if (StructuredBlocks.read(element, frame.root, blocks, structure.cards)) {
            return;
        }
        Block.Kind kind = kindOf(element);
        if (kind != null && structure.holdingBlocks.contains(element)) {
            // An unclosed <h1> or <p> swallows the blocks after it, as browsers parse it; its own
            // text is the heading or paragraph, and the swallowed blocks stay blocks.
            stack.push(new Frame(element, frame.root, false, kind));
            return;
        }
        switch (element.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6", "p", "pre" ->
                add(blocks, kind, HtmlText.of(element), element, frame.root);
            case "li" -> {
                if (structure.holdingHeadings.contains(element)) {
                    // an entry of a listing or a card in a list: its blocks are blocks
                    stack.push(new Frame(element, frame.root, false, Block.Kind.LINE));
                    return;
                }
                add(blocks, Block.Kind.ITEM, HtmlText.withoutNestedLists(element), element, frame.root);
                if (structure.holdingLists.contains(element)) {
                    stack.push(new Frame(element, frame.root, true, Block.Kind.LINE));
                }
            }
            case "dt" -> add(blocks, Block.Kind.ITEM, label(HtmlText.of(element)), element, frame.root);
            case "dd" -> {
                for (Element value : LabelledValues.valueElements(element)) {
                    add(blocks, Block.Kind.ITEM, HtmlText.of(value), value, frame.root);
                }
            }
            case "figure" -> {
                // A photo and its caption: the record's images, never its text.
                Image image = HtmlMarkup.image(element);
                if (image != null) {
                    String caption = image.caption() == null ? "" : image.caption();
                    blocks.add(new Block(Block.Kind.FIGURE, caption, SourceLines.of(element), Markup.of(image)));
                }
            }
            default -> stack.push(new Frame(element, frame.root, false, Block.Kind.LINE));
        }
    }

    /** What the element's own text is: a heading, a paragraph, or nothing the markup says. */
    static Block.Kind kindOf(Element element) {
        return switch (element.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
            case "p", "pre" -> Block.Kind.PARAGRAPH;
            default -> null;
        };
    }

    static void add(List<Block> blocks, Block.Kind kind, String text, Element element, Element root) {
        if (!text.isEmpty()) {
            blocks.add(new Block(kind, text, SourceLines.of(element), new HtmlMarkup(element, root)));
        }
    }

    /** A term of a metadata list is a label: the text rendering prints it with its colon. */
    static String label(String text) {
        return text.isEmpty() || text.endsWith(":") ? text : text + ":";
    }

    /**
     * Which elements hold block elements ({@code <a>} around a whole card, an unclosed {@code <h1>})
     * and which hold lists (a list item with a nested list), found in one pass from the leaves up.
     */
    private static final class Structure {
        final Set<Element> holdingBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
        final Set<Element> holdingLists = Collections.newSetFromMap(new IdentityHashMap<>());
        /** Elements holding a heading, directly or through inline elements (a card's link). */
        final Set<Element> holdingHeadings = Collections.newSetFromMap(new IdentityHashMap<>());

        final Cards cards = new Cards(holdingBlocks);

        Structure(Element root) {
            NodeTraversor.filter(
                    new NodeFilter() {
                        @Override
                        public FilterResult head(Node node, int depth) {
                            return node instanceof Element e && node != root && SiteFurniture.isFurniture(e)
                                    ? FilterResult.SKIP_ENTIRELY
                                    : FilterResult.CONTINUE;
                        }

                        @Override
                        public FilterResult tail(Node node, int depth) {
                            if (node instanceof Element e && node != root && e.parent() != null) {
                                if (!HtmlText.isInline(e) || holdingBlocks.contains(e)) {
                                    holdingBlocks.add(e.parent());
                                }
                                if (HtmlText.isList(e) || holdingLists.contains(e)) {
                                    holdingLists.add(e.parent());
                                }
                                if (kindOf(e) == Block.Kind.HEADING
                                        || (HtmlText.isInline(e) && holdingHeadings.contains(e))) {
                                    holdingHeadings.add(e.parent());
                                }
                            }
                            return FilterResult.CONTINUE;
                        }
                    },
                    root);
        }
    }

    /** An element being walked, with the loose text gathered since its last block. */
    private static final class Frame {
        final Element element;
        final Element root;
        final boolean listsOnly;
        /** The kind of the first loose text: a heading's own text is a heading. */
        Block.Kind runKind;

        int next;
        HtmlText.Appender run = new HtmlText.Appender();
        int runLine;
        /** The first node of the loose text: its markup answers for the line. */
        Node runOrigin;

        Frame(Element element, Element root, boolean listsOnly, Block.Kind runKind) {
            this.element = element;
            this.root = root;
            this.listsOnly = listsOnly;
            this.runKind = runKind;
        }

        void addText(TextNode text) {
            if (run.isEmpty() && !text.isBlank()) {
                runLine = SourceLines.of(text);
                runOrigin = text;
            }
            run.append(text.getWholeText());
        }

        void addInline(Element inline) {
            boolean wasEmpty = run.isEmpty();
            if (inline.normalName().equals("br")) {
                run.space();
            }
            HtmlText.appendTo(run, inline, false);
            if (wasEmpty && !run.isEmpty()) {
                runLine = SourceLines.of(inline);
                runOrigin = inline;
            }
        }

        /** Ends the loose text gathered so far: it is a line, as in page text. */
        void flush(List<Block> blocks) {
            if (!run.isEmpty()) {
                blocks.add(new Block(
                        runKind,
                        run.toString(),
                        runLine,
                        new HtmlMarkup(runOrigin != null ? runOrigin : element, root)));
                run = new HtmlText.Appender();
                runKind = Block.Kind.LINE;
            }
        }
    }
}
