package io.github.osceparser.parser.internal.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds where the content links a name to: the field-operation cards and resource cards of
 * field-of-work pages, the entries of listings. A card links either its title itself ({@code <h3><a
 * href>Mission to Serbia</a></h3>}) or the whole card, or puts a link beside an unlinked title; all
 * three are found. URLs come out absolute, resolved against the page's base address.
 */
final class LinkFinder {
    private final Element root;
    private final Map<String, String> byText = new HashMap<>();

    LinkFinder(Element root) {
        this.root = root;
        for (Element link : root.select("a[href]")) {
            String url = absoluteUrl(link, "href");
            String text = HtmlText.of(link);
            if (url != null && !text.isEmpty() && !SiteFurniture.isInFurniture(link, root)) {
                byText.putIfAbsent(text, url);
            }
        }
    }

    /** The URL of the first link the text names, or null when the content links it nowhere. */
    String urlFor(String text) {
        String url = byText.get(text);
        if (url != null) {
            return url;
        }
        for (Element heading : root.select("h1, h2, h3, h4, h5, h6, dt, strong")) {
            if (HtmlText.of(heading).equals(text) && !SiteFurniture.isInFurniture(heading, root)) {
                Element around = heading.closest("a[href]");
                return around != null ? absoluteUrl(around, "href") : linkBeside(heading);
            }
        }
        return null;
    }

    /** The first link of the card that holds the unlinked title; the content as a whole is no card. */
    private String linkBeside(Element title) {
        Element card = title.parent();
        if (card == null || card == root) {
            return null;
        }
        for (Element link : card.select("a[href]")) {
            String url = absoluteUrl(link, "href");
            if (url != null && !SiteFurniture.isInFurniture(link, card)) {
                return url;
            }
        }
        return null;
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
