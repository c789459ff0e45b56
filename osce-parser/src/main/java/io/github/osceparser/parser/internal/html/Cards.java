package io.github.osceparser.parser.internal.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cards found as repeated structures: a run of sibling elements of the same shape (the same first
 * class name, or the same tag when they have none), each holding a title (a heading, else a
 * link's text, else an image's alternative text) and exactly one text besides it, however many
 * times the card prints its title. Field-operation cards, resource cards and teaser rows of the
 * old site's views, a CMS's {@code <article class="card">}, a reader view's bare {@code <div>}s
 * all read alike. One per page walk: it remembers what it found.
 */
final class Cards {
    /** A card: its title and its one text, each with the element it came from. */
    record Card(String title, Element titleElement, String text, Element textElement) {}

    /** Longer than this, a title or a text is a section's, not a card's. */
    private static final int MAX_TITLE = 150;

    private static final int MAX_TEXT = 600;

    /** A card is a few elements: an image, a title, a text, a link; a region holds more. */
    private static final int MAX_CHILDREN = 8;

    /** Elements that are never cards themselves: their text is one block. */
    private static final Set<String> NOT_CARDS = Set.of(
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "pre",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "table",
            "tr",
            "td",
            "th",
            "figure",
            "figcaption",
            "blockquote",
            "form");

    private final Map<Element, Card> found = new IdentityHashMap<>();
    private final Set<Element> checked = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Element> holdingBlocks;

    /**
     * @param holdingBlocks the elements of the page that hold an element that is not inline,
     *     found once for the whole page
     */
    Cards(Set<Element> holdingBlocks) {
        this.holdingBlocks = holdingBlocks;
    }

    /** The card the element is, when it is one of a run of at least two cards of its shape; else null. */
    Card cardOf(Element element) {
        Element previous = element.previousElementSibling();
        Element next = element.nextElementSibling();
        boolean twinBefore = previous != null && sameShape(element, previous);
        boolean twinAfter = next != null && sameShape(element, next);
        if (!twinBefore && !twinAfter) {
            return null; // no run: the shape is not even read
        }
        Card card = shape(element);
        if (card == null) {
            return null;
        }
        boolean inRun = (twinBefore && shape(previous) != null) || (twinAfter && shape(next) != null);
        return inRun ? card : null;
    }

    /** The same first class name, or the same tag when neither has a class. */
    private static boolean sameShape(Element a, Element b) {
        String classesA = a.attr("class").strip();
        String classesB = b.attr("class").strip();
        if (classesA.isEmpty() || classesB.isEmpty()) {
            return classesA.isEmpty() && classesB.isEmpty() && a.normalName().equals(b.normalName());
        }
        int endA = firstClassEnd(classesA);
        return endA == firstClassEnd(classesB) && classesA.regionMatches(0, classesB, 0, endA);
    }

    private static int firstClassEnd(String classes) {
        int space = classes.indexOf(' ');
        return space < 0 ? classes.length() : space;
    }

    /** The element read as a card, or null when it has not a card's shape. */
    private Card shape(Element element) {
        if (checked.contains(element)) {
            return found.get(element);
        }
        checked.add(element);
        Card card = read(element);
        if (card != null) {
            found.put(element, card);
        }
        return card;
    }

    private Card read(Element element) {
        if (element.childrenSize() > MAX_CHILDREN
                || NOT_CARDS.contains(element.normalName())
                || HtmlText.isInline(element) && !element.normalName().equals("a")
                || SiteFurniture.isFurniture(element)) {
            return null;
        }
        List<Unit> units = units(element);
        if (units == null || units.isEmpty()) {
            return null;
        }
        Unit title = title(element, units);
        if (title == null || title.text.length() > MAX_TITLE) {
            return null;
        }
        Unit text = null;
        for (Unit unit : units) {
            if (!unit.text.equals(title.text)) {
                if (text != null && !text.text.equals(unit.text)) {
                    return null; // two texts: a section, an entry with labels
                }
                text = unit;
            }
        }
        return text == null || text.text.length() > MAX_TEXT || precedes(text.element, title.element)
                ? null
                : new Card(title.text, title.element, text.text, text.element);
    }

    /** The card's title: its first heading, else its first link's text, else its first image's alternative text. */
    private static Unit title(Element card, List<Unit> units) {
        for (Element heading : card.select(Queries.HEADINGS)) {
            String text = HtmlText.of(heading);
            if (!text.isEmpty()) {
                return new Unit(text, heading);
            }
        }
        for (Element link : card.select(Queries.LINKS)) {
            String text = HtmlText.of(link);
            if (!text.isEmpty()) {
                return new Unit(text, link);
            }
        }
        for (Element image : card.select(Queries.IMAGES_WITH_ALT)) {
            String alt = HtmlText.clean(image.attr("alt"));
            if (!alt.isEmpty()) {
                return new Unit(alt, image);
            }
        }
        return null;
    }

    /** A piece of the card's text and the element it is in. */
    private record Unit(String text, Element element) {}

    /**
     * The card's texts: each block without blocks inside it is one, and so is the loose text
     * beside blocks; null as soon as there are more than a card holds, or a list or table (a list
     * item with a list under it, a block of metadata).
     */
    private List<Unit> units(Element card) {
        List<Unit> units = new ArrayList<>();
        boolean[] tooMany = {false};
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (units.size() > 3) {
                            tooMany[0] = true;
                            return FilterResult.STOP;
                        }
                        if (node instanceof Element e && node != card) {
                            if (SiteFurniture.isFurniture(e)) {
                                return FilterResult.SKIP_ENTIRELY;
                            }
                            if (HtmlText.isList(e) || e.normalName().equals("table")) {
                                tooMany[0] = true;
                                return FilterResult.STOP;
                            }
                            if (!HtmlText.isInline(e) && !holdsBlocks(e)) {
                                add(units, HtmlText.of(e), e);
                                return FilterResult.SKIP_ENTIRELY;
                            }
                            if (HtmlText.isInline(e)
                                    && !holdsBlocks(e)
                                    && e.parent() != null
                                    && holdsBlocks(e.parent())) {
                                add(units, HtmlText.of(e), e);
                                return FilterResult.SKIP_ENTIRELY;
                            }
                        } else if (node instanceof TextNode text
                                && !text.isBlank()
                                && node.parent() instanceof Element p) {
                            if (holdsBlocks(p)) {
                                add(units, HtmlText.clean(text.getWholeText()), p);
                            }
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                card);
        return tooMany[0] ? null : units;
    }

    private static void add(List<Unit> units, String text, Element element) {
        if (!text.isEmpty()) {
            units.add(new Unit(text, element));
        }
    }

    /** Whether {@code a} comes before {@code b} in the document and does not hold it: a title leads its card. */
    private static boolean precedes(Element a, Element b) {
        for (Element e = b; e != null; e = e.parent()) {
            if (e == a) {
                return false;
            }
        }
        return a.sourceRange().startPos() >= 0 && b.sourceRange().startPos() >= 0
                ? a.sourceRange().startPos() < b.sourceRange().startPos()
                : a.siblingIndex() < b.siblingIndex() && a.parent() == b.parent();
    }

    private boolean holdsBlocks(Element element) {
        return holdingBlocks.contains(element);
    }
}
