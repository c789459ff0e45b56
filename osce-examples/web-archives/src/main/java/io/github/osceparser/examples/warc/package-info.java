/**
 * Pages out of web archives: {@link io.github.osceparser.examples.warc.WarcPageReader} reads a WARC
 * file ({@code .warc} or {@code .warc.gz}, as Heritrix, {@code wget --warc-file}, Browsertrix or
 * Common Crawl write them) one record at a time and gives each page record, with its offset, address
 * and capture time, for the parser; the {@code osce} command and the Spark job both read archives
 * through it.
 *
 * <pre>{@code
 * try (WarcPageReader archive = WarcPageReader.of(Files.newInputStream(path), PageScope.OSCE_ORG, 16 << 20)) {
 *     for (Optional<ArchiveEntry> entry; (entry = archive.next()).isPresent(); ) {
 *         if (entry.get() instanceof ArchivedPage page) {
 *             System.out.println(page.url() + " " + page.parse(parser).title());
 *         }
 *     }
 * }
 * }</pre>
 */
package io.github.osceparser.examples.warc;
