package io.github.osceparser.examples.cli;

import io.github.osceparser.examples.common.PageColumns;
import io.github.osceparser.examples.common.PageOrigin;
import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.StructureRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One CSV row per page, for a spreadsheet: {@code file,type,language,title,date,place,sources,
 * sourceIds,fieldsOfWork,structures,countries,error}. Lists are joined with {@code "; "}; {@code sourceIds}
 * holds the registry's id of each source in the same order, empty for a name the registry does not
 * know, so that "OSCE Centre in Astana" and "OSCE Programme Office in Astana" count as one
 * structure; {@code structures} holds the ids of the structures the title and body name, and
 * {@code countries} the ISO codes of the countries. A column a page does not have (the date
 * of a field-of-work page) is empty. The last column holds the error of a file that gave no page,
 * so that a spreadsheet shows failures beside the pages. When web archives are read, three columns
 * follow {@code file}: {@code offset,url,warcDate}, empty for a page file.
 */
final class CsvRecordFormat implements RecordFormat {
    static final List<String> COLUMNS = List.of(
            "file",
            "type",
            "language",
            "title",
            "date",
            "place",
            "sources",
            "sourceIds",
            "fieldsOfWork",
            "structures",
            "countries",
            "error");

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
        PageColumns columns = PageColumns.of(page);
        return row(
                origin,
                columns.type(),
                columns.language(),
                columns.title(),
                columns.date() == null ? null : columns.date().toString(),
                columns.place(),
                page instanceof PressRelease
                        ? columns.sources().stream().map(StructureRef::name).collect(Collectors.joining("; "))
                        : null,
                page instanceof PressRelease
                        ? columns.sources().stream()
                                .map(s -> s.id() == null ? "" : s.id())
                                .collect(Collectors.joining("; "))
                        : null,
                page instanceof PressRelease || page instanceof FieldOfWorkPage
                        ? columns.fieldsOfWork().stream().map(FieldOfWork::slug).collect(Collectors.joining("; "))
                        : null,
                columns.structures().stream().map(StructureRef::id).collect(Collectors.joining("; ")),
                String.join("; ", columns.countries()),
                null);
    }

    @Override
    public String error(PageOrigin origin, String message) {
        return row(origin, null, null, null, null, null, null, null, null, null, null, message);
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
}
