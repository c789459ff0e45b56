package io.github.osceparser.parser.internal.html;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.parser.internal.content.DateEvidence;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the publication dates a page's markup states, in the order they are trusted: the first
 * machine date of the content (a {@code <time datetime>}, or a CMS's date span with the date in
 * its {@code content}; the one by the "Date:" label on press releases), the {@code
 * article:published_time} (or Dublin Core) meta tag, the JSON-LD {@code datePublished}. Time elements in furniture
 * (the sidebar's "latest news") date other pages and are passed over.
 */
final class MarkupDates {
    /**
     * Machine dates in the content, in document order: {@code <time datetime>}, and the date
     * spans of CMSs that carry the date in an attribute (Drupal's {@code span.date-display-single}
     * with RDFa {@code property="dc:date" content}, microdata {@code itemprop="datePublished"}).
     */
    private static final Evaluator CONTENT_DATES =
            QueryParser.parse("time[datetime], [itemprop=datePublished][datetime],"
                    + " [itemprop=datePublished][content], [property=dc:date][content], .date-display-single[content]");

    /** The head's publication date: Open Graph's, else Dublin Core's. */
    private static final Evaluator META_DATES = QueryParser.parse("meta[property=article:published_time][content],"
            + " meta[name=article:published_time][content], meta[name=dcterms.date][content],"
            + " meta[name=DC.date][content]");

    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");

    private MarkupDates() {}

    /** Every date found, most trusted first; values that are not ISO-8601 dates are passed over. */
    static List<DateEvidence> find(Document document, Element root) {
        List<DateEvidence> found = new ArrayList<>();
        for (Element time : root.select(CONTENT_DATES)) {
            if (!SiteFurniture.isInFurniture(time, root)) {
                String value = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
                add(found, MarkupDate.parse(value, DateSource.TIME_ELEMENT, SourceLines.of(time)));
                break;
            }
        }
        Element meta = document.selectFirst(META_DATES);
        if (meta != null) {
            add(found, MarkupDate.parse(meta.attr("content"), DateSource.META_TAG, SourceLines.of(meta)));
        }
        for (Element script : document.select(JSON_LD)) {
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
