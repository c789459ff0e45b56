/**
 * Programs that use the OSCE page parser through its public API only: the {@code osce} command
 * ({@link io.github.osceparser.examples.cli}) and a loader of pages into an SQLite database ({@link
 * io.github.osceparser.examples.sqlite}).
 */
package io.github.osceparser.examples;
