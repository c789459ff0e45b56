package io.github.osceparser.parser.internal.html;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.parser.internal.content.DateEvidence;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Finds the publication dates a page's markup states, in the order they are trusted: the first
 * machine date of the content (a {@code <time datetime>}, or a CMS's date span with the date in
 * its {@code content}; the one by the "Date:" label on press releases), the {@code
 * article:published_time} (or Dublin Core) meta tag, the JSON-LD {@code datePublished}. Time elements in furniture
 * (the sidebar's "latest news") date other pages and are passed over.
 */
final class MarkupDates {
    /** The head's publication date: Open Graph's, else Dublin Core's, whichever comes first. */
    private static final List<String> META_DATE_PROPERTIES = List.of("article:published_time");

    private static final List<String> META_DATE_NAMES = List.of("article:published_time", "dcterms.date", "DC.date");

    private MarkupDates() {}

    /** Every date found, most trusted first; values that are not ISO-8601 dates are passed over. */
    static List<DateEvidence> find(DocumentIndex index, Element root) {
        List<DateEvidence> found = new ArrayList<>();
        // the content's machine dates, in document order (DocumentIndex says which they are)
        for (Element time : DocumentIndex.under(index.contentDates, root)) {
            if (!SiteFurniture.isInFurniture(time, root)) {
                String value = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
                add(found, MarkupDate.parse(value, DateSource.TIME_ELEMENT, SourceLines.of(time)));
                break;
            }
        }
        Element meta = index.meta(META_DATE_PROPERTIES, META_DATE_NAMES);
        if (meta != null) {
            add(found, MarkupDate.parse(meta.attr("content"), DateSource.META_TAG, SourceLines.of(meta)));
        }
        for (Element script : index.jsonLd) {
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
