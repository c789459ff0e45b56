package io.github.osceparser.parser.internal.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osceparser.model.NamePeriod;
import io.github.osceparser.model.Structure;
import io.github.osceparser.model.StructureKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The registry format, read and refused: each malformed text gives {@link RegistryFormatException}
 * naming the file and the line at fault, and saying what is wrong.
 */
class RegistryReaderTest {
    /** A registry that is whole: the organization, one field operation, its place and country. */
    private static final String VALID = """
            # a comment

            structure osce
              kind organization
              name ..1995 Conference on Security and Co-operation in Europe
              name 1995.. Organization for Security and Co-operation in Europe
              acronym en OSCE
              source https://www.osce.org/

            structure mission-to-skopje
              kind field-operation
              parent osce
              country MK
              name 1992-09..2010-06 Spillover Monitor Mission to Skopje
              name 2010-06.. Mission to Skopje
              local it Missione OSCE a Skopje
              headquarters skopje
              opened 1992-09-18
              source http://www.osce.org/skopje/43346

            country MK
              status participating-state
              name en North Macedonia
              adjective en Macedonian

            place skopje
              country MK
              spelling Skopje

            chair 2023
              country MK
              cio Bujar Osmani
            """;

    @Test
    void readsEveryFieldOfAStructure() {
        RegistryData data = RegistryReader.read("test.txt", VALID);

        assertThat(data.structures()).hasSize(2);
        Structure skopje = data.structures().get(1).value();
        assertThat(data.structures().get(1).line()).isEqualTo(10);
        assertThat(skopje.id()).isEqualTo("mission-to-skopje");
        assertThat(skopje.kind()).isEqualTo(StructureKind.FIELD_OPERATION);
        assertThat(skopje.parent()).isEqualTo("osce");
        assertThat(skopje.country()).isEqualTo("MK");
        assertThat(skopje.names())
                .containsExactly(
                        new NamePeriod(
                                "Spillover Monitor Mission to Skopje",
                                LocalDate.of(1992, 9, 1),
                                LocalDate.of(2010, 6, 1)),
                        new NamePeriod("Mission to Skopje", LocalDate.of(2010, 6, 1), null));
        assertThat(skopje.localNames()).singleElement().satisfies(n -> {
            assertThat(n.language()).isEqualTo("it");
            assertThat(n.text()).isEqualTo("Missione OSCE a Skopje");
        });
        assertThat(skopje.headquarters()).isEqualTo("skopje");
        assertThat(skopje.opened()).isEqualTo(LocalDate.of(1992, 9, 18));
        assertThat(skopje.closed()).isNull();
        assertThat(skopje.sources()).containsExactly("http://www.osce.org/skopje/43346");
        assertThat(data.countries().get(0).value().name()).isEqualTo("North Macedonia");
        assertThat(data.places().get(0).value().spellings()).containsExactly("Skopje");
        assertThat(data.chairs().get(0).value().chairpersonsInOffice()).containsExactly("Bujar Osmani");
    }

    @Test
    void aValidRegistryPassesTheChecksAcrossRecords() {
        Registry registry = Registry.of("test.txt", VALID);

        assertThat(registry.findStructure("Missione OSCE a Skopje", null).id()).isEqualTo("mission-to-skopje");
        assertThat(registry.chairpersonship(2023).country()).isEqualTo("MK");
    }

    record Broken(String description, String text, int line, String message) {
        @Override
        public String toString() {
            return description;
        }
    }

    static List<Broken> brokenTexts() {
        return List.of(
                new Broken("a field before any record", "  kind organization\n", 1, "a field before any record"),
                new Broken("an unknown record type", "structur osce\n", 1, "a record opens with one of"),
                new Broken("a header without an id", "structure\n", 1, "a record opens with one of"),
                new Broken("a tab", "structure osce\n\tkind organization\n", 2, "a tab"),
                new Broken("trailing spaces", "structure osce \n", 1, "trailing spaces"),
                new Broken("three spaces of indent", "structure osce\n   kind organization\n", 2, "exactly two spaces"),
                new Broken("one space of indent", "structure osce\n kind organization\n", 2, "exactly two spaces"),
                new Broken("a key without a value", "structure osce\n  kind\n", 2, "'<key> <value>'"),
                new Broken(
                        "an unknown field",
                        "structure osce\n  kind organization\n  nmae .. OSCE\n",
                        3,
                        "unknown field 'nmae' in a structure"),
                new Broken(
                        "an unknown kind",
                        "structure osce\n  kind organisation\n  name .. OSCE\n  source https://x\n",
                        2,
                        "unknown structure kind 'organisation'"),
                new Broken(
                        "no kind",
                        "structure osce\n  name .. OSCE\n  source https://x\n",
                        1,
                        "structure 'osce' has no 'kind' field"),
                new Broken(
                        "a kind given twice",
                        "structure osce\n  kind organization\n  kind institution\n",
                        3,
                        "'kind' given twice"),
                new Broken(
                        "no name",
                        "structure osce\n  kind organization\n  source https://x\n",
                        1,
                        "has no 'name' field"),
                new Broken("no source", "structure osce\n  kind organization\n  name .. OSCE\n", 1, "cites no source"),
                new Broken(
                        "a name without a period",
                        "structure osce\n  kind organization\n  name OSCE\n",
                        3,
                        "a name is written '<from>..<until> <name>'"),
                new Broken(
                        "a date that is not one",
                        "structure osce\n  kind organization\n  name 1995-13.. OSCE\n",
                        3,
                        "no such date '1995-13'"),
                new Broken(
                        "a date in another form",
                        "structure osce\n  kind organization\n  name 21.06.2007.. OSCE\n",
                        3,
                        "a date is written 2007, 2007-06 or 2007-06-21"),
                new Broken(
                        "a period that ends before it begins",
                        "structure osce\n  kind organization\n  name 2000..1995 OSCE\n",
                        3,
                        "must begin before it ends"),
                new Broken(
                        "a language the site does not use",
                        "structure osce\n  kind organization\n  name .. OSCE\n  local pl OBWE\n  source https://x\n",
                        4,
                        "a language of the site"),
                new Broken(
                        "an id that is not a slug",
                        "structure Mission_To_Skopje\n  kind field-operation\n  name .. M\n  source https://x\n",
                        1,
                        "id must be lower-case letters and digits"),
                new Broken(
                        "a country code in lower case",
                        "country md\n  status participating-state\n  name en Moldova\n",
                        1,
                        "code must be an ISO 3166-1 alpha-2 code"),
                new Broken(
                        "a country without an English name",
                        "country MD\n  status participating-state\n  name fr Moldavie\n",
                        1,
                        "must hold an English name"),
                new Broken(
                        "an unknown country status",
                        "country MD\n  status member\n  name en Moldova\n",
                        2,
                        "unknown country status 'member'"),
                new Broken("a place without a spelling", "place vienna\n  country AT\n", 1, "at least one spelling"),
                new Broken("a chair without a year", "chair next\n  country CH\n", 1, "a chair is opened by its year"),
                new Broken("a chair before 1991", "chair 1990\n  country DE\n", 1, "year must be 1991 or later"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTexts")
    void refusesMalformedTextNamingTheLine(Broken broken) {
        assertThatThrownBy(() -> RegistryReader.read("registry.txt", broken.text()))
                .as(broken.text())
                .isInstanceOfSatisfying(
                        RegistryFormatException.class, e -> assertThat(e.line()).isEqualTo(broken.line()))
                .hasMessageStartingWith("registry.txt line " + broken.line() + ": ")
                .hasMessageContaining(broken.message());
    }

    static List<Broken> inconsistentRegistries() {
        String organization = "structure osce\n  kind organization\n  name .. OSCE\n  source https://x\n\n";
        String moldova = "country MD\n  status participating-state\n  name en Moldova\n  adjective en Moldovan\n\n";
        return List.of(
                new Broken(
                        "an id given twice",
                        organization + "structure osce\n  kind organization\n  name .. Other\n  source https://x\n",
                        6,
                        "structure 'osce' is already defined at line 1"),
                new Broken(
                        "a parent that does not exist",
                        organization + "structure cpc\n  kind secretariat-unit\n  parent secretariat\n  name .. CPC\n"
                                + "  source https://x\n",
                        6,
                        "parent 'secretariat' is not in the registry"),
                new Broken(
                        "a structure without a parent",
                        organization + "structure cpc\n  kind secretariat-unit\n  name .. CPC\n  source https://x\n",
                        6,
                        "has no parent"),
                new Broken(
                        "headquarters not in the gazetteer",
                        organization + "structure pa\n  kind related-body\n  parent osce\n  name .. PA\n"
                                + "  headquarters copenhagen\n  source https://x\n",
                        6,
                        "headquarters 'copenhagen' is not in the registry"),
                new Broken(
                        "a code ISO 3166-1 does not assign",
                        "country XK\n  status participating-state\n  name en Kosovo\n",
                        1,
                        "'XK' is not an ISO 3166-1 alpha-2 code"),
                new Broken(
                        "overlapping name periods",
                        organization + "structure m\n  kind field-operation\n  parent osce\n  name 1992..2011 A\n"
                                + "  name 2010.. B\n  source https://x\n",
                        6,
                        "the periods of 'A' and 'B' overlap"),
                new Broken(
                        "a middle name open at its end",
                        organization + "structure m\n  kind field-operation\n  parent osce\n  name 1992.. A\n"
                                + "  name 2010.. B\n  source https://x\n",
                        6,
                        "overlap"),
                new Broken(
                        "two structures with one name at one time",
                        organization
                                + "structure a\n  kind field-operation\n  parent osce\n  name .. Mission\n  source https://x\n\n"
                                + "structure b\n  kind field-operation\n  parent osce\n  name .. MISSION\n  source https://x\n",
                        12,
                        "'MISSION' of 'b' is also a name of 'a' at the same time"),
                new Broken(
                        "one adjective for two countries",
                        moldova
                                + "country RO\n  status participating-state\n  name en Romania\n  adjective en moldovan\n",
                        6,
                        "'moldovan' of country 'RO' is already a name of country 'MD'"),
                new Broken(
                        "a chair held by an unknown country",
                        "chair 2026\n  country CH\n  cio Ignazio Cassis\n",
                        1,
                        "country 'CH' is not in the registry"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inconsistentRegistries")
    void refusesInconsistentRecordsNamingTheLine(Broken broken) {
        assertThatThrownBy(() -> Registry.of("registry.txt", broken.text()))
                .as(broken.text())
                .isInstanceOf(RegistryFormatException.class)
                .hasMessageStartingWith("registry.txt line " + broken.line() + ": ")
                .hasMessageContaining(broken.message());
    }

    @Test
    void twoStructuresMayShareANameAtDifferentTimesAndTheDateDecides() {
        String text = """
                structure osce
                  kind organization
                  name .. OSCE
                  source https://x

                structure old
                  kind field-operation
                  parent osce
                  name 1992..2000 Office in Town
                  source https://x

                structure new
                  kind field-operation
                  parent osce
                  name 2005.. Office in Town
                  source https://x
                """;
        Registry registry = Registry.of("registry.txt", text);

        assertThat(registry.findStructure("Office in Town", LocalDate.of(1995, 1, 1))
                        .id())
                .isEqualTo("old");
        assertThat(registry.findStructure("Office in Town", LocalDate.of(2010, 1, 1))
                        .id())
                .isEqualTo("new");
        // Between the two, the nearer in time.
        assertThat(registry.findStructure("Office in Town", LocalDate.of(2001, 1, 1))
                        .id())
                .isEqualTo("old");
        assertThat(registry.findStructure("Office in Town", LocalDate.of(2004, 6, 1))
                        .id())
                .isEqualTo("new");
        // No date: the first in the file.
        assertThat(registry.findStructure("Office in Town", null).id()).isEqualTo("old");
    }
}
