package io.github.osceparser.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A press release or a news item.
 *
 * @param type {@link PageType#PRESS_RELEASE} or {@link PageType#NEWS_ITEM}
 * @param language the ISO 639-1 code of the content's language
 * @param title the headline
 * @param teaser nullable: the short summary printed under the headline (news items), as printed
 * @param date nullable: the publication date; present exactly when {@code dateSource} is
 * @param dateSource nullable: where {@code date} came from
 * @param publishedAt nullable: the exact time of publication, when the page's markup states it
 *     (HTML input only: {@code <time datetime>}, {@code article:published_time}, JSON-LD)
 * @param dateline nullable: the dateline that opens the body, as printed
 * @param place nullable: where the release was issued, from the "Place:" field or the dateline
 *     ("Vienna", "New York")
 * @param sources the issuing OSCE structures, in page order ("OSCE Secretariat"), each with its
 *     registry id
 * @param fieldsOfWork the fields of work the page is filed under, in page order
 * @param otherFieldsOfWork field-of-work labels the library does not know, as written, in page order
 * @param paragraphs the body paragraphs, the dateline taken off the first one; site footers such as
 *     "Read more on this topic" are not body text
 * @param quotes the quoted words in the body, in page order
 * @param images the photos and their captions, in page order; not body text
 * @param readMore the links under "Read more on this topic" (HTML input only), in page order
 * @param structures the OSCE structures the title and body name (the Organization itself aside), by
 *     any of their names, acronyms or names in the site's languages, each once with its registry id,
 *     under the name the page printed first, in order of first mention
 * @param countries the ISO 3166-1 alpha-2 codes of the participating States and Partners for
 *     Co-operation the title and body name (by name, short form or adjective, in any of the site's
 *     languages), in order of first mention; the site's menu does not count
 * @param site nullable: the site's navigation snapshot
 * @param diagnostics what the parser noticed and could not place, or had to decide
 */
public record PressRelease(
        PageType type,
        String language,
        String title,
        String teaser,
        LocalDate date,
        DateSource dateSource,
        OffsetDateTime publishedAt,
        Dateline dateline,
        String place,
        List<StructureRef> sources,
        List<FieldOfWork> fieldsOfWork,
        List<String> otherFieldsOfWork,
        List<String> paragraphs,
        List<Quote> quotes,
        List<Image> images,
        List<Link> readMore,
        List<StructureRef> structures,
        List<String> countries,
        Site site,
        List<Diagnostic> diagnostics)
        implements OscePage {

    /** Checks the invariants of the package rule and that the date and its source come together. */
    public PressRelease {
        Objects.requireNonNull(type, "type");
        if (type != PageType.PRESS_RELEASE && type != PageType.NEWS_ITEM) {
            throw new IllegalArgumentException("type must be PRESS_RELEASE or NEWS_ITEM, was " + type);
        }
        Checks.language(language);
        Checks.text(title, "title");
        Checks.optionalText(teaser, "teaser");
        if ((date == null) != (dateSource == null)) {
            throw new IllegalArgumentException("date and dateSource must be both present or both absent");
        }
        if (dateSource == DateSource.DATELINE && dateline == null) {
            throw new IllegalArgumentException("dateSource is DATELINE but there is no dateline");
        }
        Checks.optionalText(place, "place");
        sources = Checks.list(sources, "sources");
        fieldsOfWork = Checks.list(fieldsOfWork, "fieldsOfWork");
        otherFieldsOfWork = Checks.texts(otherFieldsOfWork, "otherFieldsOfWork");
        paragraphs = Checks.texts(paragraphs, "paragraphs");
        quotes = Checks.list(quotes, "quotes");
        images = Checks.list(images, "images");
        readMore = Checks.list(readMore, "readMore");
        structures = Checks.list(structures, "structures");
        countries = Checks.countryCodes(countries, "countries");
        diagnostics = Checks.list(diagnostics, "diagnostics");
    }
}
