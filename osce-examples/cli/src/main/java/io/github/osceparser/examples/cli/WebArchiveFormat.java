package io.github.osceparser.examples.cli;

/**
 * A web archive: a WARC file, compressed ({@code .warc.gz}) or not ({@code .warc}), whose page
 * records {@link PageJobs} reads one at a time through {@link
 * io.github.osceparser.examples.warc.WarcPageReader}.
 */
enum WebArchiveFormat implements FileFormat {
    /** The one archive format the command reads. */
    WARC
}
