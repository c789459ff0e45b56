package io.github.osceparser.parser.internal.html;

import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text of markup as a reader sees it, in the form the text pipeline gives its lines: white
 * space collapsed to single spaces and trimmed, no-break spaces as spaces, invisible characters
 * (zero-width spaces and joiners, controls) removed, furniture left out. The walk is iterative, so
 * deep markup cannot overflow the stack.
 */
final class HtmlText {
    /** Elements that are not inline: their edges separate words as a line break would. */
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font",
            "i", "img", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
            "sup", "time", "tt", "u", "var", "wbr");

    private static final Set<String> LISTS = Set.of("ul", "ol", "dl");

    private static final Predicate<Element> FURNITURE = SiteFurniture::isFurniture;
    private static final Predicate<Element> FURNITURE_OR_LISTS = e -> SiteFurniture.isFurniture(e) || isList(e);

    private HtmlText() {}

    /** Whether the element flows inside a line of text rather than starting its own. */
    static boolean isInline(Element element) {
        return INLINE.contains(element.normalName());
    }

    /** Whether the element is a list: nested lists are items of their own. */
    static boolean isList(Element element) {
        return LISTS.contains(element.normalName());
    }

    /** The element's text. */
    static String of(Element element) {
        return collect(element, false);
    }

    /** The element's text without the lists nested in it: a list item's or a menu entry's own text. */
    static String withoutNestedLists(Element element) {
        return collect(element, true);
    }

    /** Cleans text already taken from the markup (attribute values, meta content). */
    static String clean(String text) {
        Appender out = new Appender();
        out.append(text);
        return out.toString();
    }

    private static String collect(Element root, boolean skipLists) {
        Appender out = new Appender();
        appendTo(out, root, skipLists);
        return out.toString();
    }

    /** Appends the element's text to text collected so far, as the next piece of the same line. */
    static void appendTo(Appender out, Element root, boolean skipLists) {
        appendTo(out, root, skipLists ? FURNITURE_OR_LISTS : FURNITURE);
    }

    /** Appends the element's text, leaving out the elements {@code skipped} says, with all they hold. */
    static void appendTo(Appender out, Element root, Predicate<Element> skipped) {
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            out.append(text.getWholeText());
                        } else if (node instanceof Element element && node != root) {
                            if (skipped.test(element)) {
                                return FilterResult.SKIP_ENTIRELY;
                            }
                            if (element.normalName().equals("br") || !isInline(element)) {
                                out.space();
                            }
                        }
                        return FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        if (node instanceof Element element && node != root && !isInline(element)) {
                            out.space();
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                root);
    }

    /** Builds collapsed text: a pending space is written only between two words. */
    static final class Appender {
        private final StringBuilder sb = new StringBuilder();
        private boolean pendingSpace;

        void append(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (isSpace(c)) {
                    space();
                } else if (!isInvisible(c)) {
                    if (pendingSpace && sb.length() > 0) {
                        sb.append(' ');
                    }
                    pendingSpace = false;
                    sb.append(c);
                }
            }
        }

        void space() {
            pendingSpace = true;
        }

        boolean isEmpty() {
            return sb.length() == 0;
        }

        @Override
        public String toString() {
            return sb.toString();
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0';
        }

        /** The characters the text pipeline's line splitter removes as well. */
        private static boolean isInvisible(char c) {
            return c < 0x20
                    || c == 0x7F
                    || c == '\u200B'
                    || c == '\u200C'
                    || c == '\u200D'
                    || c == '\u2060'
                    || c == '\uFEFF';
        }
    }
}
