package io.github.osceparser.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.parser.facts.FactTable;
import io.github.osceparser.parser.facts.FactTable.Fact;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inferred-dates table ({@code facts/inferred-dates.txt}): the first sentences of a body that
 * states no date in a field or a dateline, under a title, in; the page's date (or none) and the
 * phrase its {@code inferred} diagnostic quotes out.
 */
class InferredDateFactsTest {
    private static final OsceParser PARSER = OsceParser.create();

    static List<Fact> facts() {
        return FactTable.read("inferred-dates.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void infersTheDayOfTheEventFromTheFirstSentences(Fact fact) {
        // The title "OSCE" is the same in every language, so the body decides the page's language.
        OscePage page = PARSER.parse("OSCE\n\n" + fact.input().strip() + "\n");
        LocalDate date = page instanceof PressRelease release
                ? release.date()
                : page instanceof GenericPage generic ? generic.date() : null;

        String expected = fact.value("date");
        if (expected == null) {
            assertThat(date).as("%s: date", fact).isNull();
            return;
        }
        assertThat(date).as("%s: date", fact).hasToString(expected);
        assertThat(page.diagnostics())
                .as("%s: the inferred diagnostic", fact)
                .extracting(Diagnostic::message)
                .contains("no date given; took " + expected + " from '" + fact.value("phrase") + "' in the text");
    }
}
