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
 * @param structures the OSCE structures it comes from ("Where we are: OSCE Chairmanship, OSCE Mission
 *     to Skopje"), in listing order
 * @param fieldsOfWork the fields of work it is filed under, in listing order
 * @param otherFieldsOfWork field-of-work labels the library does not know, as written
 * @param location nullable: the place ("Vienna")
 * @param publisher nullable: the publisher of a publication
 * @param dateline nullable: the dateline that opens the teaser ("VIENNA, 9 October 2020")
 * @param teaser nullable: the teaser as printed after its dateline, cut with "..." as the listing cuts it
 * @param url nullable: the absolute URL of the entry's page (HTML input only)
 */
public record ListingEntry(
        String title,
        LocalDate date,
        String contentType,
        List<StructureRef> structures,
        List<FieldOfWork> fieldsOfWork,
        List<String> otherFieldsOfWork,
        String location,
        String publisher,
        Dateline dateline,
        String teaser,
        String url) {

    /** Checks the invariants of the package rule. */
    public ListingEntry {
        Checks.text(title, "title");
        Checks.optionalText(contentType, "contentType");
        structures = Checks.list(structures, "structures");
        fieldsOfWork = Checks.list(fieldsOfWork, "fieldsOfWork");
        otherFieldsOfWork = Checks.texts(otherFieldsOfWork, "otherFieldsOfWork");
        Checks.optionalText(location, "location");
        Checks.optionalText(publisher, "publisher");
        Checks.optionalText(teaser, "teaser");
        Checks.optionalText(url, "url");
    }
}
