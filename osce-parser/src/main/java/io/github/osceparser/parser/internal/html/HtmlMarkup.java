package io.github.osceparser.parser.internal.html;

import io.github.osceparser.model.Image;
import io.github.osceparser.model.Link;
import io.github.osceparser.parser.internal.content.Markup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A block's handle on the markup it came from: the node that opened it and the content root.
 * Answers are found from the element, never by matching text, and only when an extractor asks.
 * URLs come out absolute, resolved against the page's base address.
 */
final class HtmlMarkup implements Markup {
    /** The older layout ends captions with a link of this name; it is not part of the caption. */
    private static final String PHOTO_DETAILS = "Photo details";

    private final Node origin;
    private final Element root;

    /**
     * @param origin the element the block is, or the first node of a run of loose text
     * @param root the content root: nothing outside it belongs to the block
     */
    HtmlMarkup(Node origin, Element root) {
        this.origin = origin;
        this.root = root;
    }

    /** The node the block is, or the first node of its run of loose text. */
    Node origin() {
        return origin;
    }

    /**
     * A card links its title itself ({@code <h3><a href>Mission to Serbia</a></h3>}), or the whole
     * card ({@code <a href><h3>…</h3></a>}), or puts a link beside an unlinked title; the first of
     * these that the markup has.
     */
    @Override
    public String link() {
        for (Node at = origin; at != null && at != root; at = at.parent()) {
            if (at instanceof Element element && element.normalName().equals("a") && element.hasAttr("href")) {
                String url = absoluteUrl(element, "href");
                if (url != null) {
                    return url;
                }
            }
        }
        if (origin instanceof Element element) {
            String url = firstLink(element);
            if (url != null) {
                return url;
            }
        }
        Node card = origin.parent();
        return card instanceof Element element && card != root ? firstLink(element) : null;
    }

    /** The address of the first link under the element that is not furniture, or null. */
    private static String firstLink(Element element) {
        for (Element link : element.select(Queries.LINKS_WITH_HREF)) {
            String url = absoluteUrl(link, "href");
            if (url != null && !SiteFurniture.isInFurniture(link, element)) {
                return url;
            }
        }
        return null;
    }

    /**
     * The links after the heading, up to the next heading. Sites put them in a list or a {@code
     * <nav>} beside the heading, or one level further out (news-item-2013-policing-experts.html).
     */
    @Override
    public List<Link> sectionLinks() {
        Element heading = origin instanceof Element element ? element : (Element) origin.parent();
        List<Link> links = new ArrayList<>();
        for (Element at = heading; at != null && at != root && links.isEmpty(); at = at.parent()) {
            for (Element sibling = at.nextElementSibling(); sibling != null; sibling = sibling.nextElementSibling()) {
                if (isHeading(sibling)) {
                    break;
                }
                if (SiteFurniture.isFurniture(sibling) && !sibling.normalName().equals("nav")) {
                    continue;
                }
                List<Element> anchors =
                        sibling.normalName().equals("a") ? List.of(sibling) : sibling.select(Queries.LINKS_WITH_HREF);
                for (Element anchor : anchors) {
                    String url = absoluteUrl(anchor, "href");
                    String text = HtmlText.of(anchor);
                    if (url != null && !text.isEmpty()) {
                        links.add(new Link(text, url));
                    }
                }
            }
        }
        return links;
    }

    private static boolean isHeading(Element element) {
        String name = element.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /** A figure's photo: its image's address and its caption; null when it has neither. */
    static Image image(Element figure) {
        String url = null;
        Element img = figure.selectFirst("img[src], img[data-src]");
        if (img != null) {
            url = absoluteUrl(img, img.hasAttr("src") ? "src" : "data-src");
        }
        Element figcaption = figure.selectFirst("figcaption");
        if (figcaption == null && !figure.normalName().equals("figure")) {
            // a photo field without <figure>: its caption element, else its text
            figcaption = figure.selectFirst("[class*=caption]");
            if (figcaption == null) {
                figcaption = figure;
            }
        }
        String caption = figcaption == null ? "" : HtmlText.of(figcaption);
        if (caption.endsWith(PHOTO_DETAILS)) {
            caption = caption.substring(0, caption.length() - PHOTO_DETAILS.length())
                    .strip();
        }
        return url == null && caption.isEmpty() ? null : new Image(url, caption.isEmpty() ? null : caption);
    }

    /**
     * The attribute's URL made absolute, or null when it cannot be (a relative URL and no base
     * address) or is no address at all ({@code javascript:}, {@code #top}).
     */
    static String absoluteUrl(Element element, String attribute) {
        String raw = element.attr(attribute).strip();
        if (raw.isEmpty() || raw.startsWith("#") || raw.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
            return null;
        }
        String absolute = element.absUrl(attribute);
        return absolute.isEmpty() ? null : absolute;
    }
}
