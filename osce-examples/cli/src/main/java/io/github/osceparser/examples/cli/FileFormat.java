package io.github.osceparser.examples.cli;

/**
 * How the command reads one kind of file: as one page ({@link PageFormat}), or as a web archive of
 * many ({@link WebArchiveFormat}).
 */
sealed interface FileFormat permits PageFormat, WebArchiveFormat {}
