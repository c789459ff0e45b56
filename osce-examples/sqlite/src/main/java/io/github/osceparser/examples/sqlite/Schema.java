package io.github.osceparser.examples.sqlite;

import io.github.osceparser.model.Country;
import io.github.osceparser.model.Structure;
import io.github.osceparser.parser.OsceRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables the pages are loaded into: one row per page, and one row per source, field of work,
 * quote, mission, named structure and country of a page, each list keeping its page order in {@code position}. A
 * page's rows go with it ({@code ON DELETE CASCADE}), so that replacing a page that changed is one
 * delete and one insert. Two tables hold the library's registry, {@code structures} and {@code
 * countries}, which the pages' rows point to by id: a structure renamed over the years is one id.
 *
 * <p>The schema has a version ({@code PRAGMA user_version}); a database of an older version is
 * emptied and rebuilt, so that every page is loaded again with the columns of this one.
 */
final class Schema {
    /** The version of these tables: 2 added the registry's ids and the structures and countries pages name. */
    static final int VERSION = 2;

    private static final List<String> OLD_TABLES =
            List.of("page_structures", "page_countries", "missions", "quotes", "fields_of_work", "sources", "pages");

    private static final List<String> STATEMENTS = List.of(
            """
            CREATE TABLE IF NOT EXISTS pages (
              id       INTEGER PRIMARY KEY,
              file     TEXT NOT NULL UNIQUE, -- the path in the folder loaded, with '/' between names
              sha256   TEXT NOT NULL,        -- of the file's bytes: an unchanged file is not loaded again
              type     TEXT NOT NULL,        -- 'press-release', 'news-item', 'field-of-work', ...
              language TEXT NOT NULL,
              title    TEXT NOT NULL,
              date     TEXT,                 -- yyyy-MM-dd, for pages that have a date
              place    TEXT,
              json     TEXT NOT NULL         -- the whole record in the library's JSON format
            )""",
            """
            CREATE TABLE IF NOT EXISTS structures (
              id     TEXT PRIMARY KEY,         -- the registry's stable id: 'programme-office-in-astana'
              kind   TEXT NOT NULL,            -- 'field-operation', 'institution', ...
              name   TEXT NOT NULL,            -- its latest English name
              parent TEXT,
              closed TEXT                      -- yyyy-MM-dd, for a closed structure
            )""",
            """
            CREATE TABLE IF NOT EXISTS countries (
              code   TEXT PRIMARY KEY,         -- ISO 3166-1 alpha-2
              name   TEXT NOT NULL,
              status TEXT NOT NULL             -- 'participating-state', 'asian-partner', ...
            )""",
            """
            CREATE TABLE IF NOT EXISTS sources (
              page_id      INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
              position     INTEGER NOT NULL,
              source       TEXT NOT NULL,       -- the name as printed
              structure_id TEXT REFERENCES structures(id), -- null for a name the registry does not know
              PRIMARY KEY (page_id, position)
            )""",
            """
            CREATE TABLE IF NOT EXISTS fields_of_work (
              page_id  INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
              position INTEGER NOT NULL,
              field    TEXT NOT NULL,        -- the slug, as in the JSON format: 'rule-of-law'
              PRIMARY KEY (page_id, position)
            )""",
            """
            CREATE TABLE IF NOT EXISTS quotes (
              page_id  INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
              position INTEGER NOT NULL,
              text     TEXT NOT NULL,
              speaker  TEXT,
              role     TEXT,
              PRIMARY KEY (page_id, position)
            )""",
            """
            CREATE TABLE IF NOT EXISTS missions (
              page_id      INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
              position     INTEGER NOT NULL,
              name         TEXT NOT NULL,
              kind         TEXT NOT NULL,    -- 'mission', 'presence', 'centre', ...
              location     TEXT NOT NULL,
              established  TEXT,             -- yyyy-MM-dd
              headquarters TEXT,
              structure_id TEXT REFERENCES structures(id),
              PRIMARY KEY (page_id, position)
            )""",
            """
            CREATE TABLE IF NOT EXISTS page_structures (
              page_id      INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
              position     INTEGER NOT NULL,    -- the order of first mention in the title and body
              name         TEXT NOT NULL,       -- as printed first
              structure_id TEXT NOT NULL REFERENCES structures(id),
              PRIMARY KEY (page_id, position)
            )""",
            """
            CREATE TABLE IF NOT EXISTS page_countries (
              page_id  INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
              position INTEGER NOT NULL,       -- the order of first mention
              code     TEXT NOT NULL REFERENCES countries(code),
              PRIMARY KEY (page_id, position)
            )""",
            "CREATE INDEX IF NOT EXISTS fields_of_work_by_field ON fields_of_work (field)",
            "CREATE INDEX IF NOT EXISTS sources_by_structure ON sources (structure_id)",
            "CREATE INDEX IF NOT EXISTS page_countries_by_code ON page_countries (code)",
            "CREATE INDEX IF NOT EXISTS page_structures_by_structure ON page_structures (structure_id)");

    private Schema() {}

    /**
     * Creates the tables that do not exist yet (rebuilding those of an older version), fills the
     * registry's tables, and turns on the foreign keys the cascades need.
     */
    static void apply(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            int version;
            try (ResultSet row = statement.executeQuery("PRAGMA user_version")) {
                version = row.next() ? row.getInt(1) : 0;
            }
            if (version < VERSION) {
                for (String table : OLD_TABLES) {
                    statement.execute("DROP TABLE IF EXISTS " + table);
                }
            }
            // SQLite enforces foreign keys, and so runs the cascades, only when each connection asks.
            statement.execute("PRAGMA foreign_keys = ON");
            for (String sql : STATEMENTS) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA user_version = " + VERSION);
        }
        fillRegistry(connection);
    }

    /** The registry's structures and countries, as the library in use knows them. */
    private static void fillRegistry(Connection connection) throws SQLException {
        OsceRegistry registry = OsceRegistry.standard();
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT OR REPLACE INTO structures VALUES (?, ?, ?, ?, ?)")) {
            for (Structure structure : registry.structures()) {
                insert.setString(1, structure.id());
                insert.setString(2, structure.kind().jsonName());
                insert.setString(3, structure.name());
                insert.setString(4, structure.parent());
                insert.setString(
                        5,
                        structure.closed() == null ? null : structure.closed().toString());
                insert.executeUpdate();
            }
        }
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT OR REPLACE INTO countries VALUES (?, ?, ?)")) {
            for (Country country : registry.countries()) {
                insert.setString(1, country.code());
                insert.setString(2, country.name());
                insert.setString(3, country.status().jsonName());
                insert.executeUpdate();
            }
        }
    }
}
