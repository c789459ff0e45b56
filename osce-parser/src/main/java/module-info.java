/**
 * The OSCE page parser: raw page text and HTML of osce.org pages in, {@code io.github.osceparser.model}
 * records out, and those records to and from JSON.
 *
 * <p>Start with {@link io.github.osceparser.parser.OsceParser}. Only the API package is exported;
 * {@code io.github.osceparser.parser.internal} may change in any release.
 */
module io.github.osceparser.parser {
    requires transitive io.github.osceparser.model;
    requires org.jsoup;
    requires tools.jackson.core;
    requires tools.jackson.databind;

    exports io.github.osceparser.parser;
}
