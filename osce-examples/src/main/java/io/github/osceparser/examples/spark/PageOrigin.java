package io.github.osceparser.examples.spark;

import java.time.Instant;

/**
 * Where a row's page came from.
 *
 * @param file the file, as Spark's file system layer names it ({@code file:/...}, {@code hdfs://...})
 * @param offset where the page's record starts in a web archive; null for a page file
 * @param url the record's target URI; null for a page file
 * @param warcDate the record's capture time; null for a page file
 */
record PageOrigin(String file, Long offset, String url, Instant warcDate) {
    static PageOrigin file(String file) {
        return new PageOrigin(file, null, null, null);
    }
}
