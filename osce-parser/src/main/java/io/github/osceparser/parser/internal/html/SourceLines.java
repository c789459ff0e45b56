package io.github.osceparser.parser.internal.html;

import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * The line of the HTML source a node starts on, so that diagnostics point into the HTML file.
 * jsoup records positions for what it read; elements it made up to repair the markup (a missing
 * {@code <body>}, an implied {@code <p>}) have none, and take the line of their first text.
 */
final class SourceLines {
    private SourceLines() {}

    /** The 1-based line the node's first visible character is on; 1 when nothing is known. */
    static int of(Node node) {
        for (Node n = node; n != null; n = next(n, node)) {
            int line = lineOf(n);
            if (line > 0) {
                return line;
            }
        }
        for (Node n = node.parent(); n != null; n = n.parent()) {
            int line = lineOf(n);
            if (line > 0) {
                return line;
            }
        }
        return 1;
    }

    private static int lineOf(Node node) {
        Range range = node.sourceRange();
        if (!range.isTracked() || range.isImplicit()) {
            return -1;
        }
        int line = range.start().lineNumber();
        if (node instanceof TextNode text) {
            // A text node starts right after the tag before it; its words may start lines later.
            String whole = text.getWholeText();
            for (int i = 0; i < whole.length() && Character.isWhitespace(whole.charAt(i)); i++) {
                if (whole.charAt(i) == '\n') {
                    line++;
                }
            }
        }
        return line;
    }

    /** The node after {@code n} in document order, staying inside {@code root}; null at the end. */
    private static Node next(Node n, Node root) {
        if (n.childNodeSize() > 0) {
            return n.childNode(0);
        }
        for (Node at = n; at != null && at != root; at = at.parent()) {
            Node sibling = at.nextSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }
}
