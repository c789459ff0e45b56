package io.github.osceparser.examples.common;

import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.Listing;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.MissionPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.Quote;
import io.github.osceparser.model.StructureRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A page flattened into the columns that tables and spreadsheets take, whatever its kind: a column
 * a kind does not have is null or an empty list. The one place that asks each kind of {@link
 * OscePage} for these values, used by the command line's CSV and by the SQLite tables; a new kind
 * of page fails here (and in {@code PageColumnsTest}) until it is given its columns.
 *
 * @param type the page's type, as the JSON format names it ({@code press-release})
 * @param language the content's language
 * @param title the title
 * @param date a press release's date, or a generic page's dateline date; null otherwise
 * @param place a press release's place; null otherwise
 * @param sources a press release's issuing structures, each with its registry id where the
 *     library knows the name
 * @param fieldsOfWork the fields a press release is filed under, or the one a field-of-work page
 *     presents
 * @param quotes a press release's quotations
 * @param missions the cards of a field-of-work page, or the operation a mission page presents
 * @param structures the OSCE structures the page's title and body name, with their registry ids,
 *     in order of first mention
 * @param countries the ISO codes of the countries the page's title and body name, in order of
 *     first mention
 */
public record PageColumns(
        String type,
        String language,
        String title,
        LocalDate date,
        String place,
        List<StructureRef> sources,
        List<FieldOfWork> fieldsOfWork,
        List<Quote> quotes,
        List<Mission> missions,
        List<StructureRef> structures,
        List<String> countries) {
    /** Copies the lists. */
    public PageColumns {
        sources = List.copyOf(sources);
        fieldsOfWork = List.copyOf(fieldsOfWork);
        quotes = List.copyOf(quotes);
        missions = List.copyOf(missions);
        structures = List.copyOf(structures);
        countries = List.copyOf(countries);
    }

    /**
     * The columns of a page.
     *
     * @param page the page; not null
     * @return its columns
     * @throws IllegalArgumentException for a kind of page this class does not know yet
     */
    public static PageColumns of(OscePage page) {
        Objects.requireNonNull(page, "page");
        if (page instanceof PressRelease release) {
            return new PageColumns(
                    page.type().jsonName(),
                    page.language(),
                    page.title(),
                    release.date(),
                    release.place(),
                    release.sources(),
                    release.fieldsOfWork(),
                    release.quotes(),
                    List.of(),
                    page.structures(),
                    page.countries());
        } else if (page instanceof FieldOfWorkPage field) {
            return bare(page, null, List.of(field.fieldOfWork()), field.missions());
        } else if (page instanceof MissionPage mission) {
            return bare(page, null, List.of(), List.of(mission.mission()));
        } else if (page instanceof Listing) {
            return bare(page, null, List.of(), List.of());
        } else if (page instanceof GenericPage generic) {
            return bare(page, generic.date(), List.of(), List.of());
        } else {
            throw new IllegalArgumentException(
                    "no columns for the page kind " + page.getClass().getName());
        }
    }

    /** The columns of a kind without place, sources or quotations. */
    private static PageColumns bare(
            OscePage page, LocalDate date, List<FieldOfWork> fieldsOfWork, List<Mission> missions) {
        return new PageColumns(
                page.type().jsonName(),
                page.language(),
                page.title(),
                date,
                null,
                List.of(),
                fieldsOfWork,
                List.of(),
                missions,
                page.structures(),
                page.countries());
    }
}
