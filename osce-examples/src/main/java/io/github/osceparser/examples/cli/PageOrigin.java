package io.github.osceparser.examples.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an output record's page came from: a file, and, for a page of a web archive, the record's
 * offset in it, its address and its capture time.
 *
 * @param file the file, named as {@link PageInput#file()} says
 * @param offset where the record starts in the archive; null for a page file
 * @param url the page's address, the record's target URI; null for a page file
 * @param warcDate when the page was captured; null for a page file
 */
record PageOrigin(String file, Long offset, String url, Instant warcDate) {
    /** A page file, or standard input. */
    static PageOrigin file(String file) {
        return new PageOrigin(file, null, null, null);
    }

    /**
     * The fields that come before the page's own in a JSON record, in order: {@code file}, then
     * {@code offset}, {@code url} and {@code warcDate} (ISO-8601) when known.
     */
    Map<String, Object> leadingFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file", file);
        if (offset != null) {
            fields.put("offset", offset);
        }
        if (url != null) {
            fields.put("url", url);
        }
        if (warcDate != null) {
            fields.put("warcDate", warcDate.toString());
        }
        return fields;
    }
}
