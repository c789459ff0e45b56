package io.github.osceparser.parser.internal.html;

import io.github.osceparser.parser.OsceParseException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Refuses markup nested deeper than {@link HtmlLoader#MAX_DEPTH} elements. Real pages nest a few
 * dozen levels; thousands of unclosed {@code <div>}s are a broken or hostile file, and a record
 * made of them would mean nothing. jsoup stops nesting one level past the limit, so what is deeper
 * shows up exactly there.
 */
final class HtmlDepth {
    private HtmlDepth() {}

    /** Throws when an element lies deeper than the limit; the message names its line. */
    static void check(Document document) {
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (depth > HtmlLoader.MAX_DEPTH && node instanceof Element) {
                            int line = SourceLines.of(node);
                            throw new OsceParseException(
                                    "the HTML nests elements more than " + HtmlLoader.MAX_DEPTH
                                            + " levels deep; a page that deep cannot be read",
                                    line);
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                document);
    }
}
