package io.github.osceparser.examples.cli;

import java.nio.file.Path;

/**
 * One page for the command to parse.
 *
 * @param file how the output names it: the path as given, or its path relative to the folder given,
 *     with {@code /} between names; {@code -} for standard input
 * @param path where to read it; null for standard input
 * @param format how to read it: as one page, or as a web archive of many
 */
record PageInput(String file, Path path, FileFormat format) {
    /** Whether the page comes from standard input. */
    boolean isStandardInput() {
        return path == null;
    }
}
