package io.github.osceparser.examples.cli;

import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One CSV row per page, for a spreadsheet: {@code file,type,language,title,date,place,sources,
 * fieldsOfWork,error}. Lists are joined with {@code "; "}; a column a page does not have (the date
 * of a field-of-work page) is empty. The last column holds the error of a file that gave no page,
 * so that a spreadsheet shows failures beside the pages. When web archives are read, three columns
 * follow {@code file}: {@code offset,url,warcDate}, empty for a page file.
 */
final class CsvRecordFormat implements RecordFormat {
    static final List<String> COLUMNS =
            List.of("file", "type", "language", "title", "date", "place", "sources", "fieldsOfWork", "error");

    static final List<String> ARCHIVE_COLUMNS = List.of("offset", "url", "warcDate");

    private final boolean archiveColumns;

    /** @param archiveColumns whether the rows have the columns of a web archive's records */
    CsvRecordFormat(boolean archiveColumns) {
        this.archiveColumns = archiveColumns;
    }

    @Override
    public String header() {
        List<String> columns = new ArrayList<>(COLUMNS);
        if (archiveColumns) {
            columns.addAll(1, ARCHIVE_COLUMNS);
        }
        return Csv.row(columns);
    }

    @Override
    public String separator() {
        return "";
    }

    @Override
    public String footer(boolean empty) {
        return "";
    }

    @Override
    public String page(PageOrigin origin, OscePage page) {
        return row(
                origin,
                page.type().jsonName(),
                page.language(),
                page.title(),
                date(page),
                page instanceof PressRelease release ? release.place() : null,
                page instanceof PressRelease release ? String.join("; ", release.sources()) : null,
                fieldsOfWork(page),
                null);
    }

    @Override
    public String error(PageOrigin origin, String message) {
        return row(origin, null, null, null, null, null, null, null, message);
    }

    /** The row: the origin's columns, then the others. */
    private String row(PageOrigin origin, String... others) {
        List<String> fields = new ArrayList<>();
        fields.add(origin.file());
        if (archiveColumns) {
            fields.add(origin.offset() == null ? null : origin.offset().toString());
            fields.add(origin.url());
            fields.add(origin.warcDate() == null ? null : origin.warcDate().toString());
        }
        fields.addAll(Arrays.asList(others));
        return Csv.row(fields);
    }

    private static String date(OscePage page) {
        LocalDate date = null;
        if (page instanceof PressRelease release) {
            date = release.date();
        } else if (page instanceof GenericPage generic) {
            date = generic.date();
        }
        return date == null ? null : date.toString();
    }

    /** The slugs, as in the JSON format, so that the two outputs can be joined. */
    private static String fieldsOfWork(OscePage page) {
        if (page instanceof PressRelease release) {
            return release.fieldsOfWork().stream().map(FieldOfWork::slug).collect(Collectors.joining("; "));
        }
        if (page instanceof FieldOfWorkPage field) {
            return field.fieldOfWork().slug();
        }
        return null;
    }
}
