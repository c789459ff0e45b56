package io.github.osceparser.examples.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs a summary's query and makes one row of it per result row. */
final class SummaryQuery {
    /** Reads one result row, positioned on it. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet result) throws SQLException;
    }

    private SummaryQuery() {}

    static <T> List<T> rows(Connection connection, String sql, RowReader<T> reader) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql);
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                rows.add(reader.read(result));
            }
        }
        return rows;
    }
}
