package io.github.osceparser.parser.internal.html;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.parser.internal.content.DateEvidence;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the publication dates a page's markup states, in the order they are trusted: the {@code
 * <time datetime>} of the content (the one by the "Date:" label on press releases), the {@code
 * article:published_time} meta tag, the JSON-LD {@code datePublished}. Time elements in furniture
 * (the sidebar's "latest news") date other pages and are passed over.
 */
final class MarkupDates {
    private MarkupDates() {}

    /** Every date found, most trusted first; values that are not ISO-8601 dates are passed over. */
    static List<DateEvidence> find(Document document, Element root) {
        List<DateEvidence> found = new ArrayList<>();
        for (Element time : root.select("time[datetime]")) {
            if (!SiteFurniture.isInFurniture(time, root)) {
                add(found, MarkupDate.parse(time.attr("datetime"), DateSource.TIME_ELEMENT, SourceLines.of(time)));
                break;
            }
        }
        Element meta = document.selectFirst(
                "meta[property=article:published_time][content], meta[name=article:published_time][content]");
        if (meta != null) {
            add(found, MarkupDate.parse(meta.attr("content"), DateSource.META_TAG, SourceLines.of(meta)));
        }
        for (Element script : document.select("script[type=application/ld+json]")) {
            String value = JsonLd.datePublished(script.data());
            if (value != null) {
                add(found, MarkupDate.parse(value, DateSource.JSON_LD, SourceLines.of(script)));
                break;
            }
        }
        return found;
    }

    private static void add(List<DateEvidence> found, DateEvidence date) {
        if (date != null) {
            found.add(date);
        }
    }
}
