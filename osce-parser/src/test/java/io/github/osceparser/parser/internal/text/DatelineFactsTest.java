package io.github.osceparser.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.parser.facts.FactTable;
import io.github.osceparser.parser.facts.FactTable.Fact;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The datelines table ({@code facts/datelines.txt}): a body's first paragraph in, the dateline as
 * printed, its place as printed and in ordinary capitals, its date and the paragraph's rest out. A
 * dateline without a year takes it from the fact's {@code year from:}, as the page's "Date:" field
 * or the listing entry's publishing date gives it.
 */
class DatelineFactsTest {
    static List<Fact> facts() {
        return FactTable.read("datelines.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void readsTheDatelineAsItIsPrinted(Fact fact) {
        Lexicon lexicon = Lexicon.of(fact.language());
        String paragraph = fact.input().strip();
        DatelineParser.Result result = DatelineParser.parse(paragraph, lexicon);

        String dateline = fact.value("dateline");
        if (dateline == null) {
            assertThat(result).as("%s%n%s", fact, paragraph).isNull();
            return;
        }
        assertThat(result).as("%s%n%s", fact, paragraph).isNotNull();
        String yearFrom = fact.context().get("year from");
        int year = result.date() != null || yearFrom == null
                ? 0
                : DateScanner.first(yearFrom, lexicon).date().getYear();
        assertThat(result.dateline(year).text()).as("%s: dateline", fact).isEqualTo(dateline);
        assertThat(result.place()).as("%s: place as printed", fact).isEqualTo(fact.value("place as printed"));
        assertThat(DatelineParser.normalCase(result.place(), Lexicon.of(fact.language())))
                .as("%s: place", fact)
                .isEqualTo(fact.value("place"));
        assertThat(result.dateline(year).date()).as("%s: date", fact).hasToString(fact.value("date"));
        assertThat(result.rest()).as("%s: rest", fact).isEqualTo(fact.value("rest"));
    }
}
