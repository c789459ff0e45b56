package io.github.osceparser.parser.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osceparser.parser.facts.FactTable.Expected;
import io.github.osceparser.parser.facts.FactTable.Fact;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FactTableTest {
    @Test
    void readsEveryFactOfTheTablesBySection() {
        assertThat(languages(FactTable.read("datelines.txt")))
                .isEqualTo(Map.of("de", 2, "en", 17, "es", 2, "fr", 2, "it", 2, "ru", 3, "sh", 2, "uk", 2));
        assertThat(languages(FactTable.read("inferred-dates.txt")))
                .isEqualTo(Map.of("de", 2, "en", 15, "es", 2, "fr", 2, "it", 2, "ru", 4, "uk", 2));
        assertThat(languages(FactTable.read("quotations.txt")))
                .isEqualTo(Map.of("de", 4, "en", 88, "es", 2, "fr", 3, "it", 3, "ru", 9, "uk", 3));
        assertThat(languages(FactTable.read("countries.txt")))
                .isEqualTo(Map.of("de", 1, "en", 8, "es", 2, "fr", 1, "it", 1, "ru", 4, "uk", 1));
    }

    @Test
    void readsContextInputAndExpectedFieldsInOrder() {
        Fact fact = FactTable.parse("t.txt", """
                        # header
                        ## English

                        == 9 no year
                        language: en
                        year from: Date: 12 July 2024
                        input:
                        First paragraph.

                          Second, indented.
                        expect:
                        dateline: VALLETTA, 12 July

                        date: none
                        """).get(0);

        assertThat(fact.toString()).isEqualTo("t.txt, English, 9: no year");
        assertThat(fact.context()).containsEntry("year from", "Date: 12 July 2024");
        assertThat(fact.language()).isEqualTo("en");
        assertThat(fact.paragraphs()).containsExactly("First paragraph.", "  Second, indented.");
        assertThat(fact.expected())
                .containsExactly(new Expected("dateline", "VALLETTA, 12 July"), new Expected("date", null));
        assertThat(fact.value("date")).isNull();
        assertThatThrownBy(() -> fact.value("place"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("t.txt, English, 9: no year expects no 'place'");
    }

    @Test
    void failsOnAMalformedTableWithItsFileSectionAndLine() {
        assertThatThrownBy(() -> FactTable.parse("t.txt", "== 1 x\nlanguage: en\ninput:\na\nexpect:\nk: v\n"))
                .hasMessage("t.txt, line 1: a fact before the first section");
        assertThatThrownBy(() -> FactTable.parse("t.txt", "## A\n== 1 x\nlanguage: en\ninput:\na\n"))
                .hasMessage("t.txt, A, line 5: fact 1 ends before its 'expect:' lines");
        assertThatThrownBy(() -> FactTable.parse("t.txt", "## A\n== 1 x\ninput:\na\nexpect:\nk: v\n"))
                .hasMessage("t.txt, A, line 6: fact 1 has no 'language:'");
        assertThatThrownBy(() ->
                        FactTable.parse("t.txt", "## A\n== 1 x\nlanguage: en\ninput:\na\nexpect:\nk: v\n== 1 y\n"))
                .hasMessage("t.txt, A, line 8: a second fact 1");
        assertThatThrownBy(() -> FactTable.parse("t.txt", "## A\n== one\n"))
                .hasMessage("t.txt, A, line 2: a fact without its number: '== one'");
        assertThatThrownBy(() -> FactTable.parse("t.txt", "## A\n== 1 x\nlanguage: en\ninput:\na\nexpect:\nno key\n"))
                .hasMessage("t.txt, A, line 7: 'no key' is not 'key: value'");
        assertThatThrownBy(() -> FactTable.parse("t.txt", "## A\nstray\n"))
                .hasMessage("t.txt, A, line 2: a line outside any fact: 'stray'");
        assertThatThrownBy(() -> FactTable.parse("t.txt", "# only a header\n")).hasMessage("t.txt, line 1: no facts");
    }

    private static Map<String, Integer> languages(List<Fact> facts) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Fact fact : facts) {
            counts.merge(fact.language(), 1, Integer::sum);
        }
        return counts;
    }
}
