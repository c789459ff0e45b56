package io.github.osceparser.examples.sqlite;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * The second summary query: how many press releases each issuing structure put out each year,
 * counted by the registry's id, so that a structure's releases under its old and new names
 * ("OSCE Centre in Astana", "OSCE Programme Office in Astana") are one line. A source the registry
 * does not know is counted under its name as printed, in brackets.
 */
final class PressReleasesPerStructure {
    /**
     * One line of the summary.
     *
     * @param year the year, or {@code "undated"}
     * @param structure the structure's id, or its printed name in brackets when it has none
     * @param name the structure's latest English name, or the printed name when it has no id
     * @param pressReleases how many
     */
    record Row(String year, String structure, String name, int pressReleases) {}

    static final String SQL = """
            SELECT coalesce(substr(p.date, 1, 4), 'undated')       AS year,
                   coalesce(s.structure_id, '[' || s.source || ']') AS structure,
                   coalesce(st.name, s.source)                    AS name,
                   count(DISTINCT p.id)                           AS press_releases
              FROM pages p
              JOIN sources s ON s.page_id = p.id
              LEFT JOIN structures st ON st.id = s.structure_id
             WHERE p.type = 'press-release'
             GROUP BY year, structure
             ORDER BY year, structure""";

    private PressReleasesPerStructure() {}

    /** Runs the query. */
    static List<Row> query(Connection connection) throws SQLException {
        return SummaryQuery.rows(
                connection,
                SQL,
                result -> new Row(result.getString(1), result.getString(2), result.getString(3), result.getInt(4)));
    }

    /** Prints the rows as a table. */
    static void print(List<Row> rows, PrintStream out) {
        out.println("Press releases per year and issuing structure:");
        out.printf(Locale.ROOT, "%-8s %-40s %-56s %s%n", "year", "structure", "name", "press releases");
        for (Row row : rows) {
            out.printf(
                    Locale.ROOT, "%-8s %-40s %-56s %d%n", row.year(), row.structure(), row.name(), row.pressReleases());
        }
    }
}
