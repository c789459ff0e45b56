package io.github.osceparser.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.parser.facts.FactTable;
import io.github.osceparser.parser.facts.FactTable.Fact;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The countries table ({@code facts/countries.txt}): paragraphs in, the ISO codes of the countries
 * they name out, in order of first mention, in each of the site's languages.
 */
class CountryFactsTest {
    static List<Fact> facts() {
        return FactTable.read("countries.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void findsTheCountriesTheTextNames(Fact fact) {
        String expected = fact.value("countries");

        List<String> found = NameMentions.countries(fact.paragraphs(), fact.language());

        assertThat(found)
                .as("%s%n%s", fact, fact.input())
                .isEqualTo(expected == null ? List.of() : Arrays.asList(expected.split(", ")));
    }
}
