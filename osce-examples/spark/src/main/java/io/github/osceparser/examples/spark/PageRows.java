package io.github.osceparser.examples.spark;

import io.github.osceparser.examples.common.PageOrigin;
import io.github.osceparser.model.Dateline;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.Image;
import io.github.osceparser.model.Link;
import io.github.osceparser.model.Listing;
import io.github.osceparser.model.ListingEntry;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.MissionPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.Quote;
import io.github.osceparser.model.Resource;
import io.github.osceparser.model.Site;
import io.github.osceparser.model.StructureRef;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Turns a parsed page into a row of {@link PageSchema#SCHEMA}, straight from the records: no JSON
 * text on the way. Dates stay {@link java.time.LocalDate}s and times {@link java.time.Instant}s,
 * which Spark stores as {@code date} and {@code timestamp}.
 */
final class PageRows {
    private static final int FILE = PageSchema.SCHEMA.fieldIndex("file");

    private PageRows() {}

    /** The row of a page. */
    static Row page(PageOrigin origin, OscePage page) {
        Object[] values = originValues(origin);
        set(values, "type", page.type().jsonName());
        set(values, "language", page.language());
        set(values, "title", page.title());
        set(values, "structures", map(page.structures(), PageRows::structure));
        set(values, "countries", seq(page.countries()));
        set(values, "site", page.site() == null ? null : site(page.site()));
        set(values, "diagnostics", map(page.diagnostics(), PageRows::diagnostic));
        if (page instanceof PressRelease release) {
            pressRelease(values, release);
        } else if (page instanceof FieldOfWorkPage field) {
            set(values, "fieldOfWork", field.fieldOfWork().slug());
            set(values, "summary", field.summary());
            set(values, "missions", map(field.missions(), PageRows::mission));
            set(values, "resources", map(field.resources(), PageRows::resource));
        } else if (page instanceof MissionPage mission) {
            set(values, "mission", mission(mission.mission()));
        } else if (page instanceof Listing listing) {
            set(values, "entries", map(listing.entries(), PageRows::entry));
        } else if (page instanceof GenericPage generic) {
            set(values, "date", generic.date());
        } else {
            // A new kind of page needs its columns here and in PageSchema; PageKindRowsTest fails until then.
            throw new IllegalArgumentException(
                    "no row for the page kind " + page.getClass().getName());
        }
        return RowFactory.create(values);
    }

    /**
     * The row of a page recovered from a damaged archive record: the page's columns, and what was
     * damaged in {@code error}.
     */
    static Row recovered(PageOrigin origin, OscePage page, String damage) {
        Object[] values = new Object[PageSchema.SCHEMA.length()];
        Row row = page(origin, page);
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        set(values, "error", damage);
        return RowFactory.create(values);
    }

    /** The row of a page that could not be read or parsed: where it came from, and why. */
    static Row error(PageOrigin origin, String message) {
        Object[] values = originValues(origin);
        set(values, "error", message);
        return RowFactory.create(values);
    }

    private static void pressRelease(Object[] values, PressRelease release) {
        set(values, "teaser", release.teaser());
        set(values, "date", release.date());
        set(
                values,
                "dateSource",
                release.dateSource() == null ? null : release.dateSource().jsonName());
        set(
                values,
                "publishedAt",
                release.publishedAt() == null ? null : release.publishedAt().toInstant());
        set(values, "dateline", release.dateline() == null ? null : dateline(release.dateline()));
        set(values, "place", release.place());
        set(values, "sources", map(release.sources(), PageRows::structure));
        set(values, "fieldsOfWork", slugs(release.fieldsOfWork()));
        set(values, "otherFieldsOfWork", seq(release.otherFieldsOfWork()));
        set(values, "paragraphs", seq(release.paragraphs()));
        set(values, "quotes", map(release.quotes(), PageRows::quote));
        set(values, "images", map(release.images(), PageRows::image));
        set(values, "readMore", map(release.readMore(), PageRows::link));
    }

    private static Object[] originValues(PageOrigin origin) {
        Object[] values = new Object[PageSchema.SCHEMA.size()];
        values[FILE] = origin.file();
        set(values, "offset", origin.offset());
        set(values, "url", origin.url());
        set(values, "warcDate", origin.warcDate());
        return values;
    }

    private static void set(Object[] values, String column, Object value) {
        values[PageSchema.SCHEMA.fieldIndex(column)] = value;
    }

    private static <T> Seq<Row> map(List<T> items, Function<T, Row> row) {
        return seq(items.stream().map(row).toList());
    }

    private static Seq<String> slugs(List<FieldOfWork> fields) {
        return seq(fields.stream().map(FieldOfWork::slug).toList());
    }

    /** A Scala sequence, the value a row holds for an array column (Spark reads a Java list only at the top level). */
    private static <T> Seq<T> seq(List<T> items) {
        return CollectionConverters.asScala(items).toSeq();
    }

    private static Row quote(Quote quote) {
        return RowFactory.create(quote.text(), quote.speaker(), quote.role());
    }

    private static Row mission(Mission mission) {
        return RowFactory.create(
                mission.name(),
                mission.id(),
                mission.kind().jsonName(),
                mission.location(),
                mission.established(),
                mission.headquarters(),
                mission.summary(),
                mission.url());
    }

    private static Row structure(StructureRef structure) {
        // As in the JSON, "closed" is given only when the page marks the structure so.
        return RowFactory.create(structure.name(), structure.id(), structure.closed() ? Boolean.TRUE : null);
    }

    private static Row dateline(Dateline dateline) {
        return RowFactory.create(dateline.place(), dateline.country(), dateline.date(), dateline.text());
    }

    private static Row image(Image image) {
        return RowFactory.create(image.url(), image.caption());
    }

    private static Row link(Link link) {
        return RowFactory.create(link.text(), link.url());
    }

    private static Row resource(Resource resource) {
        return RowFactory.create(resource.title(), resource.description(), resource.url());
    }

    private static Row entry(ListingEntry entry) {
        return RowFactory.create(
                entry.title(),
                entry.date(),
                entry.contentType(),
                map(entry.structures(), PageRows::structure),
                slugs(entry.fieldsOfWork()),
                seq(entry.otherFieldsOfWork()),
                entry.location(),
                entry.publisher(),
                entry.dateline() == null ? null : dateline(entry.dateline()),
                entry.teaser(),
                entry.url());
    }

    private static Row site(Site site) {
        Row chairpersonship = site.chairpersonship() == null
                ? null
                : RowFactory.create(
                        site.chairpersonship().country(), site.chairpersonship().year());
        return RowFactory.create(
                chairpersonship,
                seq(site.participatingStates()),
                seq(site.partners()),
                seq(site.fieldsOfWork()),
                map(site.fieldOperations(), PageRows::structure));
    }

    private static Row diagnostic(Diagnostic diagnostic) {
        return RowFactory.create(diagnostic.line(), diagnostic.kind().jsonName(), diagnostic.message());
    }
}
