package io.github.osceparser.examples.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables the pages are loaded into: one row per page, and one row per source, field of work,
 * quote and mission of a page, each list keeping its page order in {@code position}. A page's rows
 * go with it ({@code ON DELETE CASCADE}), so that replacing a page that changed is one delete and
 * one insert.
 */
final class Schema {
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
            )""", """
            CREATE TABLE IF NOT EXISTS sources (
              page_id  INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
              position INTEGER NOT NULL,
              source   TEXT NOT NULL,
              PRIMARY KEY (page_id, position)
            )""", """
            CREATE TABLE IF NOT EXISTS fields_of_work (
              page_id  INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
              position INTEGER NOT NULL,
              field    TEXT NOT NULL,        -- the slug, as in the JSON format: 'rule-of-law'
              PRIMARY KEY (page_id, position)
            )""", """
            CREATE TABLE IF NOT EXISTS quotes (
              page_id  INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
              position INTEGER NOT NULL,
              text     TEXT NOT NULL,
              speaker  TEXT,
              role     TEXT,
              PRIMARY KEY (page_id, position)
            )""", """
            CREATE TABLE IF NOT EXISTS missions (
              page_id      INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
              position     INTEGER NOT NULL,
              name         TEXT NOT NULL,
              kind         TEXT NOT NULL,    -- 'mission', 'presence', 'centre', ...
              location     TEXT NOT NULL,
              established  TEXT,             -- yyyy-MM-dd
              headquarters TEXT,
              PRIMARY KEY (page_id, position)
            )""", "CREATE INDEX IF NOT EXISTS fields_of_work_by_field ON fields_of_work (field)");

    private Schema() {}

    /** Creates the tables that do not exist yet, and turns on the foreign keys the cascades need. */
    static void apply(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // SQLite enforces foreign keys, and so runs the cascades, only when each connection asks.
            statement.execute("PRAGMA foreign_keys = ON");
            for (String sql : STATEMENTS) {
                statement.execute(sql);
            }
        }
    }
}
