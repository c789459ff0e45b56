package io.github.osceparser.parser.internal.html;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.Image;
import io.github.osceparser.model.Link;
import io.github.osceparser.model.PressRelease;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Adds to a press release what only its markup says: the exact time of publication, the date when
 * the text gave none or only inferred one, the photos with their captions, and the links under
 * "Read more on this topic".
 */
final class PressReleaseEnricher {
    /** The heading of the related links of news items; the extractor skips it as a site footer. */
    private static final String READ_MORE = "read more on this topic";

    /** The older layout ends captions with a link of this name; it is not part of the caption. */
    private static final String PHOTO_DETAILS = "Photo details";

    private PressReleaseEnricher() {}

    static PressRelease enrich(PressRelease page, Document document, Element root) {
        List<Diagnostic> diagnostics = new ArrayList<>(page.diagnostics());
        LocalDate date = page.date();
        DateSource source = page.dateSource();
        List<MarkupDate> dates = MarkupDates.find(document, root);
        OffsetDateTime exact = null;
        for (MarkupDate found : dates) {
            if (found.exact() != null) {
                exact = found.exact();
                break;
            }
        }
        if (!dates.isEmpty()) {
            MarkupDate best = dates.get(0);
            if (date == null || source == DateSource.TEXT) {
                // The markup states what the text only let the extractor guess: its guess and the
                // diagnostic that reported it give way.
                String guessed = date == null ? null : date.toString();
                diagnostics.removeIf(d -> guessed != null
                        && d.kind() == Diagnostic.Kind.INFERRED
                        && d.message().contains(guessed));
                date = best.date();
                source = best.source();
            } else if (!date.equals(best.date())) {
                diagnostics.add(new Diagnostic(
                        best.line(),
                        Diagnostic.Kind.CONFLICT,
                        "the markup (" + best.source().jsonName() + ") says " + best.date() + " but the text says "
                                + date + "; kept the text's date"));
            }
        }
        diagnostics.sort(Comparator.comparingInt(Diagnostic::line));
        return new PressRelease(
                page.type(),
                page.language(),
                page.title(),
                page.teaser(),
                date,
                source,
                exact,
                page.dateline(),
                page.place(),
                page.sources(),
                page.fieldsOfWork(),
                page.otherFieldsOfWork(),
                page.paragraphs(),
                page.quotes(),
                page.images().isEmpty() ? images(root) : page.images(),
                page.readMore().isEmpty() ? readMore(root) : page.readMore(),
                page.site(),
                diagnostics);
    }

    /** The content's figures: each image's address and its caption. */
    static List<Image> images(Element root) {
        List<Image> images = new ArrayList<>();
        for (Element figure : root.select("figure")) {
            if (SiteFurniture.isInFurniture(figure, root)) {
                continue;
            }
            String url = null;
            Element img = figure.selectFirst("img[src], img[data-src]");
            if (img != null) {
                url = LinkFinder.absoluteUrl(img, img.hasAttr("src") ? "src" : "data-src");
            }
            Element figcaption = figure.selectFirst("figcaption");
            String caption = figcaption == null ? "" : HtmlText.of(figcaption);
            if (caption.endsWith(PHOTO_DETAILS)) {
                caption = caption.substring(0, caption.length() - PHOTO_DETAILS.length())
                        .strip();
            }
            if (url != null || !caption.isEmpty()) {
                images.add(new Image(url, caption.isEmpty() ? null : caption));
            }
        }
        return images;
    }

    /**
     * The links after the "Read more on this topic" heading, up to the next heading. Sites put them
     * in a list or a {@code <nav>} beside the heading, or one level further out.
     */
    static List<Link> readMore(Element root) {
        Element heading = null;
        for (Element candidate : root.select("h1, h2, h3, h4, h5, h6, p, div, span, strong")) {
            if (HtmlText.of(candidate).toLowerCase(Locale.ROOT).equals(READ_MORE)
                    && !SiteFurniture.isInFurniture(candidate, root)) {
                heading = candidate;
                break;
            }
        }
        List<Link> links = new ArrayList<>();
        for (Element at = heading; at != null && at != root && links.isEmpty(); at = at.parent()) {
            for (Element sibling = at.nextElementSibling(); sibling != null; sibling = sibling.nextElementSibling()) {
                if (sibling.normalName().matches("h[1-6]")) {
                    break;
                }
                if (SiteFurniture.isFurniture(sibling) && !sibling.normalName().equals("nav")) {
                    continue;
                }
                List<Element> anchors = sibling.normalName().equals("a") ? List.of(sibling) : sibling.select("a[href]");
                for (Element anchor : anchors) {
                    String url = LinkFinder.absoluteUrl(anchor, "href");
                    String text = HtmlText.of(anchor);
                    if (url != null && !text.isEmpty()) {
                        links.add(new Link(text, url));
                    }
                }
            }
        }
        return links;
    }
}
