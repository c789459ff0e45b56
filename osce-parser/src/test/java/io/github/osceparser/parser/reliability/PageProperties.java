package io.github.osceparser.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceJson;
import java.util.List;

/**
 * The properties every page the library returns must have, whatever the input: the record is valid
 * (its constructor checked it), its diagnostics point at lines of the input in line order, and it
 * survives a JSON round trip unchanged.
 */
final class PageProperties {
    private static final OsceJson JSON = OsceJson.create();

    private PageProperties() {}

    /**
     * Checks a page parsed from text with {@code lineCount} lines.
     *
     * @param page the page
     * @param lineCount the number of lines of the input, as LF, CRLF and CR end them
     */
    static void assertValidPage(OscePage page, int lineCount) {
        assertThat(page.title()).isNotBlank();
        List<Diagnostic> diagnostics = page.diagnostics();
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic diagnostic = diagnostics.get(i);
            assertThat(diagnostic.line())
                    .as("line of %s in an input of %d lines", diagnostic, lineCount)
                    .isBetween(1, Math.max(1, lineCount));
            if (i > 0) {
                assertThat(diagnostic.line())
                        .as("diagnostics in line order: %s after %s", diagnostic, diagnostics.get(i - 1))
                        .isGreaterThanOrEqualTo(diagnostics.get(i - 1).line());
            }
        }
        assertRoundTrips(page);
    }

    /** Checks that the page reads back from its JSON as an equal record, and writes the same JSON again. */
    static void assertRoundTrips(OscePage page) {
        String json = JSON.toJson(page);
        OscePage read = JSON.fromJson(json);
        assertThat(read).as("the page read back from %s", json).isEqualTo(page);
        assertThat(JSON.toJson(read)).isEqualTo(json);
    }

    /** The number of lines of a text: LF, CRLF and a lone CR each end one; a last line needs no end. */
    static int lineCount(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        return lines;
    }
}
