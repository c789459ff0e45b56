package io.github.osceparser.examples.sqlite;

import io.github.osceparser.examples.common.PageColumns;
import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.Quote;
import io.github.osceparser.model.StructureRef;
import io.github.osceparser.parser.OsceJson;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Pages in an SQLite database file, keyed on their file's path and its content hash, so that loading
 * the same folder twice leaves the database as it was. Not thread-safe: one loader per store.
 */
final class PageStore implements AutoCloseable {
    /** What the loader did with a page file. */
    enum Stored {
        /** The file was not in the database. */
        NEW,
        /** The file was there with other content; its rows were replaced. */
        CHANGED,
        /** The file was there with the same content ({@link #holds}); it was neither parsed nor written. */
        UNCHANGED
    }

    private static final OsceJson JSON = OsceJson.create();

    private final Connection connection;

    private PageStore(Connection connection) {
        this.connection = connection;
    }

    /** Opens the database file, creating it and its tables when they do not exist. */
    static PageStore open(Path database) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
        try {
            Schema.apply(connection);
            connection.setAutoCommit(false);
            return new PageStore(connection);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** The connection, for queries. */
    Connection connection() {
        return connection;
    }

    /**
     * Whether the file is stored with this content, so that it need not be parsed again.
     *
     * @param file the file's path in the folder loaded
     * @param sha256 the hash of the file's content
     */
    boolean holds(String file, String sha256) throws SQLException {
        try (PreparedStatement find =
                connection.prepareStatement("SELECT 1 FROM pages WHERE file = ? AND sha256 = ?")) {
            find.setString(1, file);
            find.setString(2, sha256);
            try (ResultSet row = find.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * Stores a page, replacing the rows of an earlier version of the file.
     *
     * @param file the file's path in the folder loaded
     * @param sha256 the hash of the file's content
     * @param page the parsed page
     * @return {@link Stored#NEW} or {@link Stored#CHANGED}
     */
    Stored store(String file, String sha256, OscePage page) throws SQLException {
        int replaced;
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM pages WHERE file = ?")) {
            delete.setString(1, file);
            replaced = delete.executeUpdate();
        }
        PageColumns columns = PageColumns.of(page);
        long id = insertPage(file, sha256, page, columns);
        insertLists(id, columns);
        return replaced == 0 ? Stored.NEW : Stored.CHANGED;
    }

    /** Makes the pages stored so far permanent. */
    void commit() throws SQLException {
        connection.commit();
    }

    private long insertPage(String file, String sha256, OscePage page, PageColumns columns) throws SQLException {
        String sql = "INSERT INTO pages (file, sha256, type, language, title, date, place, json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            LocalDate date = columns.date();
            insert.setString(1, file);
            insert.setString(2, sha256);
            insert.setString(3, columns.type());
            insert.setString(4, columns.language());
            insert.setString(5, columns.title());
            insert.setString(6, date == null ? null : date.toString());
            insert.setString(7, columns.place());
            insert.setString(8, JSON.toJson(page));
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private void insertLists(long id, PageColumns columns) throws SQLException {
        List<StructureRef> sources = columns.sources();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sources VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < sources.size(); i++) {
                rowStart(insert, id, i).setString(3, sources.get(i).name());
                insert.setString(4, sources.get(i).id());
                insert.executeUpdate();
            }
        }
        List<StructureRef> named = columns.structures();
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO page_structures VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < named.size(); i++) {
                rowStart(insert, id, i).setString(3, named.get(i).name());
                insert.setString(4, named.get(i).id());
                insert.executeUpdate();
            }
        }
        List<String> countries = columns.countries();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO page_countries VALUES (?, ?, ?)")) {
            for (int i = 0; i < countries.size(); i++) {
                rowStart(insert, id, i).setString(3, countries.get(i));
                insert.executeUpdate();
            }
        }
        List<FieldOfWork> fields = columns.fieldsOfWork();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO fields_of_work VALUES (?, ?, ?)")) {
            for (int i = 0; i < fields.size(); i++) {
                rowStart(insert, id, i).setString(3, fields.get(i).slug());
                insert.executeUpdate();
            }
        }
        List<Quote> quotes = columns.quotes();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO quotes VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < quotes.size(); i++) {
                Quote quote = quotes.get(i);
                rowStart(insert, id, i).setString(3, quote.text());
                insert.setString(4, quote.speaker());
                insert.setString(5, quote.role());
                insert.executeUpdate();
            }
        }
        List<Mission> missions = columns.missions();
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO missions VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < missions.size(); i++) {
                Mission mission = missions.get(i);
                rowStart(insert, id, i).setString(3, mission.name());
                insert.setString(4, mission.kind().jsonName());
                insert.setString(5, mission.location());
                insert.setString(
                        6,
                        mission.established() == null
                                ? null
                                : mission.established().toString());
                insert.setString(7, mission.headquarters());
                insert.setString(8, mission.id());
                insert.executeUpdate();
            }
        }
    }

    private static PreparedStatement rowStart(PreparedStatement insert, long id, int position) throws SQLException {
        insert.setLong(1, id);
        insert.setInt(2, position);
        return insert;
    }

    /** Rolls back what was not committed, and closes the database. */
    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
