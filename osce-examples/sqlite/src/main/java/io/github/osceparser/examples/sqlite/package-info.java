/**
 * An embedding example: {@link io.github.osceparser.examples.sqlite.LoadPagesIntoSqlite} parses a
 * folder of pages into an SQLite database file and prints how many press releases each year brought
 * in each field of work.
 */
package io.github.osceparser.examples.sqlite;
