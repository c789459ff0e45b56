package io.github.osceparser.examples.cli;

/**
 * A web archive: a WARC file, compressed ({@code .warc.gz}) or not ({@code .warc}), or an ARC file
 * ({@code .arc}, {@code .arc.gz}), the Internet Archive's format before WARC, whose page
 * records {@link PageJobs} reads one at a time through {@link
 * io.github.osceparser.examples.warc.WarcPageReader}.
 */
enum WebArchiveFormat implements FileFormat {
    /** WARC and ARC, which jwarc reads alike. */
    WARC
}
