package io.github.osceparser.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a listing page: a news item, press statement or publication, with what the listing
 * says of it ("Publishing date:", "Content type:", "Where we are:", "What we do:", "Location:",
 * "Publisher:").
 *
 * @param title the entry's title
 * @param date nullable: the publishing date
 * @param contentType nullable: the content type as written ("Press release")
 * @param structure nullable: the OSCE structure it comes from ("OSCE Mission to Skopje")
 * @param fieldsOfWork the fields of work it is filed under, in listing order
 * @param otherFieldsOfWork field-of-work labels the library does not know, as written
 * @param location nullable: the place ("Vienna")
 * @param publisher nullable: the publisher of a publication
 * @param teaser nullable: the teaser as printed, cut with "..." as the listing cuts it
 * @param url nullable: the absolute URL of the entry's page (HTML input only)
 */
public record ListingEntry(
        String title,
        LocalDate date,
        String contentType,
        String structure,
        List<FieldOfWork> fieldsOfWork,
        List<String> otherFieldsOfWork,
        String location,
        String publisher,
        String teaser,
        String url) {

    /** Checks the invariants of the package rule. */
    public ListingEntry {
        Checks.text(title, "title");
        Checks.optionalText(contentType, "contentType");
        Checks.optionalText(structure, "structure");
        fieldsOfWork = Checks.list(fieldsOfWork, "fieldsOfWork");
        otherFieldsOfWork = Checks.texts(otherFieldsOfWork, "otherFieldsOfWork");
        Checks.optionalText(location, "location");
        Checks.optionalText(publisher, "publisher");
        Checks.optionalText(teaser, "teaser");
        Checks.optionalText(url, "url");
    }
}
