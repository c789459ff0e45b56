package io.github.osceparser.model;

/** Where a page's publication date came from. */
public enum DateSource {
    /** A metadata field of the page, such as "Date:" or "Issued on:". */
    METADATA("metadata"),
    /** The header line of the older newsroom layout, such as "SARAJEVO 12 May 2005". */
    HEADER("header"),
    /** The dateline that opens the body, such as "VIENNA, 21 May 2010 -". */
    DATELINE("dateline"),
    /** Inferred from the first date the body text mentions. */
    TEXT("text"),
    /** The {@code datetime} attribute of an HTML {@code <time>} element. */
    TIME_ELEMENT("time-element"),
    /** An HTML {@code <meta>} tag, such as {@code article:published_time}. */
    META_TAG("meta-tag"),
    /** The {@code datePublished} of the page's JSON-LD. */
    JSON_LD("json-ld");

    private final String jsonName;

    DateSource(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name of this source in the JSON format, such as {@code "dateline"}. */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The source with the given JSON name.
     *
     * @param jsonName a name such as {@code "metadata"}
     * @return the source
     * @throws IllegalArgumentException if no source has that name
     */
    public static DateSource fromJsonName(String jsonName) {
        for (DateSource source : values()) {
            if (source.jsonName.equals(jsonName)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown date source '" + jsonName + "'");
    }
}
