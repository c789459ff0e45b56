package io.github.osceparser.parser.internal.html;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The CSS queries the front end asks of many elements, parsed once: jsoup parses a query given as
 * a string anew on every call, which cost more than the search itself. Evaluators of simple
 * selectors keep no state, so threads share them.
 */
final class Queries {
    static final Evaluator LISTS = QueryParser.parse("ul, ol");
    static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    static final Evaluator H1 = QueryParser.parse("h1");
    static final Evaluator LINKS = QueryParser.parse("a");
    static final Evaluator LINKS_WITH_HREF = QueryParser.parse("a[href]");
    static final Evaluator IMAGES = QueryParser.parse("img");
    static final Evaluator IMAGES_WITH_ALT = QueryParser.parse("img[alt]");
    static final Evaluator CONTROLS = QueryParser.parse("[aria-controls]");
    static final Evaluator FIELD_ITEMS = QueryParser.parse(".field-item, .field__item");
    static final Evaluator TERMS = QueryParser.parse("dt");
    /** What a field's value or a caption never holds: it is a section of text. */
    static final Evaluator TEXT_BLOCKS = QueryParser.parse("p, div, h1, h2, h3, h4, h5, h6, ul, ol, li, table");

    private Queries() {}
}
