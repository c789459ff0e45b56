package io.github.osceparser.examples.sqlite;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** The summary query: how many press releases each year brought in each field of work. */
final class PressReleasesPerYear {
    /**
     * One line of the summary.
     *
     * @param year the year, or {@code "undated"}
     * @param field the field's slug, or {@code "(none)"} for press releases filed under no field
     * @param pressReleases how many
     */
    record Row(String year, String field, int pressReleases) {}

    static final String SQL = """
            SELECT coalesce(substr(p.date, 1, 4), 'undated') AS year,
                   coalesce(f.field, '(none)')             AS field,
                   count(*)                                AS press_releases
              FROM pages p
              LEFT JOIN fields_of_work f ON f.page_id = p.id
             WHERE p.type = 'press-release'
             GROUP BY year, field
             ORDER BY year, field""";

    private PressReleasesPerYear() {}

    /** Runs the query. */
    static List<Row> query(Connection connection) throws SQLException {
        return SummaryQuery.rows(
                connection, SQL, result -> new Row(result.getString(1), result.getString(2), result.getInt(3)));
    }

    /** Prints the rows as a table. */
    static void print(List<Row> rows, PrintStream out) {
        out.println("Press releases per year and field of work:");
        out.printf(Locale.ROOT, "%-8s %-48s %s%n", "year", "field of work", "press releases");
        for (Row row : rows) {
            out.printf(Locale.ROOT, "%-8s %-48s %d%n", row.year(), row.field(), row.pressReleases());
        }
    }
}
