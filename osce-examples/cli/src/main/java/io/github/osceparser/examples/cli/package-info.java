/**
 * The {@code osce} command: {@code osce parse PATH...} turns page files and folders of them into
 * JSON Lines, one JSON array or CSV, in parallel and in a fixed order. {@link
 * io.github.osceparser.examples.cli.Osce} is the main class of {@code osce.jar}.
 */
package io.github.osceparser.examples.cli;
