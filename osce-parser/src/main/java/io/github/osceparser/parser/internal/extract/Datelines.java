package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.Dateline;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.parser.internal.content.Diagnostics;
import io.github.osceparser.parser.internal.text.DatelineParser;

/** Datelines that print no year ("VALLETTA/VIENNA, 12 July –"), given one from elsewhere on the page. */
final class Datelines {
    private Datelines() {}

    /**
     * The dateline with the year another field of the page gives, reported as inferred.
     *
     * @param from where the year comes from, as the diagnostic names it ("the 'Date:' field")
     */
    static Dateline withYear(DatelineParser.Result parsed, int year, String from, int line, Diagnostics diagnostics) {
        diagnostics.add(
                line,
                Diagnostic.Kind.INFERRED,
                "the dateline '" + parsed.text() + "' has no year; took " + year + " from " + from);
        return parsed.dateline(year);
    }
}
