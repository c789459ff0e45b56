package io.github.osceparser.parser.internal.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Label/value metadata in the markups pages use, read as the label and its values:
 *
 * <ul>
 *   <li>a CMS field: a label element and its items (Drupal's {@code div.field} with {@code
 *       div.field-label} "Date:&amp;nbsp;" and {@code div.field-items}, or {@code field__label} and
 *       {@code field__item});
 *   <li>a label element, then the values beside it in the same block ({@code <span>Source:</span>
 *       <a>…</a>, <a>…</a>}, {@code <strong>Place:</strong> New York}, a label and a {@code <time>});
 *   <li>a table row of a label cell and a value cell.
 * </ul>
 *
 * <p>Several values are the links of a value when it holds nothing else but separators, else its
 * text. The front end prints a pair as the text rendering prints the page's metadata ("- Date:",
 * "- New York"), or, inside an entry of a listing, as one line ("Publishing date: 27 September
 * 2004").
 */
final class LabelledValues {
    /** A label and its values, each value with the element it came from. */
    record Pair(String label, Element labelElement, List<String> values, List<Element> valueElements) {}

    /** The longest label the text pipeline reads, and the longest value read beside a label. */
    private static final int MAX_LABEL = 40;

    private static final int MAX_VALUE = 300;

    private LabelledValues() {}

    /** The element read as a label and its values, or null when it is not one. */
    static Pair read(Element element) {
        Element label = fieldLabel(element);
        if (label != null) {
            return field(element, label);
        }
        if (element.normalName().equals("tr")) {
            return row(element);
        }
        return labelBeside(element);
    }

    /** Whether the text reads as a label: short and ending in a colon. */
    static boolean isLabel(String text) {
        return text.length() >= 2 && text.length() <= MAX_LABEL && text.endsWith(":");
    }

    /**
     * The label of a field: a child named a label ({@code field-label}, {@code field__label},
     * {@code meta__label}, {@code label}) that opens the element, when the element is a field or
     * the label ends in a colon (a card's "label" is its title, not a field's).
     */
    private static Element fieldLabel(Element element) {
        Element first = element.firstElementChild();
        if (first == null || HtmlText.isInline(element) || HtmlText.isList(element)) {
            return null; // a <dl> reads term by term
        }
        if (first.hasClass("field-label") || first.hasClass("field__label")) {
            return first;
        }
        if (first == element.lastElementChild()) {
            return null;
        }
        String classes = first.attr("class");
        if (classes.isEmpty() || !classes.toLowerCase(Locale.ROOT).contains("label") || HtmlText.isList(first)) {
            return null;
        }
        String own = element.attr("class").toLowerCase(Locale.ROOT);
        return own.contains("field") || own.contains("meta") || isLabel(HtmlText.of(first)) ? first : null;
    }

    private static Pair field(Element element, Element label) {
        String text = withColon(HtmlText.of(label));
        if (text.isEmpty() || text.length() > MAX_LABEL) {
            return null;
        }
        List<Element> items = new ArrayList<>();
        for (Element item : element.select(Queries.FIELD_ITEMS)) {
            items.add(item);
        }
        if (items.isEmpty()) {
            for (Element child : element.children()) {
                if (child != label) {
                    items.add(child);
                }
            }
        }
        Pair pair = new Pair(text, label, new ArrayList<>(), new ArrayList<>());
        for (Element item : items) {
            addValues(pair, item, item.childNodes());
        }
        return pair;
    }

    private static Pair row(Element row) {
        List<Element> cells = row.children();
        if (cells.size() != 2) {
            return null;
        }
        String text = HtmlText.of(cells.get(0));
        if (!isLabel(text)) {
            return null;
        }
        Pair pair = new Pair(text, cells.get(0), new ArrayList<>(), new ArrayList<>());
        addValues(pair, cells.get(1), cells.get(1).childNodes());
        return pair;
    }

    /** A block that opens with an inline label element and holds its values after it. */
    private static Pair labelBeside(Element element) {
        if (HtmlText.isInline(element) || element.childrenSize() == 0) {
            return null;
        }
        Element label = null;
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                if (!text.isBlank()) {
                    return null;
                }
            } else if (node instanceof Element e) {
                label = e;
                break;
            }
        }
        if (label == null || !HtmlText.isInline(label) || label.normalName().equals("a")) {
            return null;
        }
        String text = HtmlText.of(label);
        if (!isLabel(text)) {
            return null;
        }
        for (Element block : element.select(Queries.TEXT_BLOCKS)) {
            if (block != element) {
                return null; // a section that opens with a bold label, not a field
            }
        }
        String all = HtmlText.of(element);
        if (all.length() - text.length() > MAX_VALUE) {
            return null;
        }
        List<Node> after = new ArrayList<>();
        boolean seen = false;
        for (Node node : element.childNodes()) {
            if (seen) {
                after.add(node);
            }
            seen |= node == label;
        }
        Pair pair = new Pair(text, label, new ArrayList<>(), new ArrayList<>());
        addValues(pair, element, after);
        return pair;
    }

    /**
     * The values in {@code content}, nodes of {@code element}: one per link when the links stand
     * apart with nothing but white space between them, else the text as one value ("A, B", which
     * the text rendering prints so and the extractors split).
     */
    private static void addValues(Pair pair, Element element, List<Node> content) {
        List<Element> links = new ArrayList<>();
        boolean onlyLinks = true;
        HtmlText.Appender text = new HtmlText.Appender();
        for (Node node : content) {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
                // separate links, or links in a comma list, which the text prints as one line
                onlyLinks &= t.isBlank();
            } else if (node instanceof Element e && !SiteFurniture.isFurniture(e)) {
                boolean inline = HtmlText.isInline(e);
                if (!inline || e.normalName().equals("br")) {
                    text.space();
                }
                HtmlText.appendTo(text, e, false);
                if (!inline) {
                    text.space();
                }
                if (e.normalName().equals("a")) {
                    links.add(e);
                } else if (!e.normalName().equals("br") && !HtmlText.of(e).isEmpty()) {
                    onlyLinks = false;
                }
            }
        }
        if (onlyLinks && links.size() > 1) {
            for (Element link : links) {
                add(pair, HtmlText.of(link), link);
            }
        } else {
            add(pair, text.toString(), element);
        }
    }

    /** The elements of a value: its links when it is nothing but links, else itself. */
    static List<Element> valueElements(Element value) {
        Pair pair = new Pair("", value, new ArrayList<>(), new ArrayList<>());
        addValues(pair, value, value.childNodes());
        return pair.valueElements().isEmpty() ? List.of(value) : pair.valueElements();
    }

    private static void add(Pair pair, String value, Element element) {
        if (!value.isEmpty()) {
            pair.values().add(value);
            pair.valueElements().add(element);
        }
    }

    private static String withColon(String text) {
        return text.isEmpty() || text.endsWith(":") ? text : text + ":";
    }

    /**
     * Whether the element lies in an entry of a listing: a repeated block (a sibling of the same
     * shape) that holds a heading beside the element.
     */
    static boolean isInEntry(Element element, Element root) {
        for (Element at = element.parent(); at != null && at != root; at = at.parent()) {
            if (hasTwin(at)) {
                for (Element heading : at.select(Queries.HEADINGS)) {
                    if (!isInside(heading, element)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean hasTwin(Element element) {
        String signature = element.normalName() + " " + firstClass(element);
        Element previous = element.previousElementSibling();
        Element next = element.nextElementSibling();
        return (previous != null && signature.equals(previous.normalName() + " " + firstClass(previous)))
                || (next != null && signature.equals(next.normalName() + " " + firstClass(next)));
    }

    private static String firstClass(Element element) {
        String classes = element.attr("class").strip();
        int space = classes.indexOf(' ');
        return space < 0 ? classes : classes.substring(0, space);
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }
}
