package io.github.osceparser.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Quote;
import io.github.osceparser.parser.facts.FactTable;
import io.github.osceparser.parser.facts.FactTable.Expected;
import io.github.osceparser.parser.facts.FactTable.Fact;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The quotations table ({@code facts/quotations.txt}): paragraphs in, each quotation with its speaker and role out. */
class QuotationFactsTest {
    static List<Fact> facts() {
        return FactTable.read("quotations.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void findsTheQuotationsAndTheirSpeakersAsAReaderAttributesThem(Fact fact) {
        List<Quote> found = QuoteFinder.find(fact.paragraphs(), Lexicon.of(fact.language()));

        assertThat(found).as("%s%n%s", fact, fact.input()).containsExactlyElementsOf(expectedQuotes(fact));
    }

    /** The expected quotations: each "quotation:" then its "speaker:" and "role:"; "quotations: none" for none. */
    private static List<Quote> expectedQuotes(Fact fact) {
        List<Quote> quotes = new ArrayList<>();
        List<Expected> lines = fact.expected();
        for (int i = 0; i < lines.size(); i++) {
            Expected line = lines.get(i);
            if (line.key().equals("quotations") && line.value() == null) {
                continue;
            }
            if (!line.key().equals("quotation")
                    || i + 2 >= lines.size()
                    || !lines.get(i + 1).key().equals("speaker")
                    || !lines.get(i + 2).key().equals("role")) {
                throw new AssertionError(fact + ": expected 'quotation', 'speaker', 'role' at '" + line.key() + "'");
            }
            quotes.add(new Quote(
                    line.value(), lines.get(i + 1).value(), lines.get(i + 2).value()));
            i += 2;
        }
        return quotes;
    }
}
