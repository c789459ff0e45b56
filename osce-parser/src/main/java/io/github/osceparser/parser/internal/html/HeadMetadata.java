package io.github.osceparser.parser.internal.html;

import java.util.List;
import org.jsoup.nodes.Element;

/** What the {@code <head>} of a page says about it: its title and its canonical address. */
final class HeadMetadata {
    private HeadMetadata() {}

    /** A title and the line it is on. */
    record Title(String text, int line) {}

    /**
     * The page's title from {@code og:title}, else from {@code <title>} without the site's name
     * ("Policing | OSCE" gives "Policing"); null when the page has neither.
     */
    static Title title(DocumentIndex index) {
        Element og = index.meta(List.of("og:title"), List.of("og:title"));
        if (og != null) {
            String text = HtmlText.clean(og.attr("content"));
            if (!text.isEmpty()) {
                return new Title(text, SourceLines.of(og));
            }
        }
        Element title = index.title;
        if (title != null) {
            String text = withoutSiteName(HtmlText.of(title));
            if (!text.isEmpty()) {
                return new Title(text, SourceLines.of(title));
            }
        }
        return null;
    }

    /**
     * The page's own absolute address from {@code <link rel=canonical>} or {@code og:url}, resolved
     * against the document's base; null when it gives none.
     */
    static String canonicalUrl(DocumentIndex index) {
        Element link = index.canonicalLink;
        if (link != null && !link.absUrl("href").isEmpty()) {
            return link.absUrl("href");
        }
        Element og = index.meta(List.of("og:url"), List.of());
        if (og != null && !og.absUrl("content").isEmpty()) {
            return og.absUrl("content");
        }
        return null;
    }

    /** Site titles end with the site's name after a bar or a dash: "Policing | OSCE". */
    private static String withoutSiteName(String title) {
        for (String separator : new String[] {" | ", " – ", " — "}) {
            int at = title.lastIndexOf(separator);
            if (at > 0) {
                return title.substring(0, at).strip();
            }
        }
        return title;
    }
}
