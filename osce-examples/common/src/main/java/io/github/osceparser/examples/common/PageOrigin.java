package io.github.osceparser.examples.common;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an output record's page came from: a file, and, for a page of a web archive, the record's
 * offset in it, its address and its capture time.
 *
 * <p>Shared by the command line, whose records begin with these fields, and the Spark job, whose
 * rows begin with these columns.
 *
 * @param file the file: as the command's output names it (the path as given, or its path in the
 *     folder given), or as Spark's file system layer names it ({@code file:/...}, {@code hdfs://...})
 * @param offset where the record starts in the archive; null for a page file
 * @param url the page's address, the record's target URI; null for a page file
 * @param warcDate when the page was captured; null for a page file
 */
public record PageOrigin(String file, Long offset, String url, Instant warcDate) {
    /**
     * A page file, or standard input.
     *
     * @param file the file's name
     * @return its origin, without archive fields
     */
    public static PageOrigin file(String file) {
        return new PageOrigin(file, null, null, null);
    }

    /**
     * The fields that come before the page's own in a JSON record, in order: {@code file}, then
     * {@code offset}, {@code url} and {@code warcDate} (ISO-8601) when known.
     *
     * @return the fields by name, in that order
     */
    public Map<String, Object> leadingFields() {
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
