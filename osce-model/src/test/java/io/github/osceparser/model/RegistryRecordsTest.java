package io.github.osceparser.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The knowledge registry's records: what their constructors refuse (naming the component), that
 * their lists are copies, and the period arithmetic renames are resolved by.
 */
class RegistryRecordsTest {
    private static final LocalDate Y2007 = LocalDate.of(2007, 6, 21);
    private static final LocalDate Y2015 = LocalDate.of(2015, 1, 1);

    private static Structure structure(String id, List<NamePeriod> names, LocalDate opened, LocalDate closed) {
        return new Structure(
                id,
                StructureKind.FIELD_OPERATION,
                "osce",
                "KZ",
                names,
                List.of(),
                List.of(),
                List.of(new LocalName("ru", "Центр ОБСЕ в Астане")),
                "astana",
                opened,
                closed,
                null,
                List.of("https://www.osce.org/"));
    }

    @Test
    void aNamePeriodIsHalfOpen() {
        NamePeriod centre = new NamePeriod("Centre in Astana", Y2007, Y2015);

        assertThat(centre.appliesOn(Y2007)).isTrue();
        assertThat(centre.appliesOn(Y2015.minusDays(1))).isTrue();
        assertThat(centre.appliesOn(Y2015)).isFalse();
        assertThat(centre.appliesOn(Y2007.minusDays(1))).isFalse();
        assertThat(new NamePeriod("Always", null, null).appliesOn(Y2007)).isTrue();
    }

    @ParameterizedTest(name = "[{0}, {1}) and [{2}, {3}): {4}")
    @CsvSource({
        "2007-06-21, 2015-01-01, 2015-01-01, , false",
        "2007-06-21, 2015-01-01, 2014-12-31, , true",
        ", 2000-01-01, 1999-01-01, 2001-01-01, true",
        ", , 1999-01-01, 2001-01-01, true",
        "2001-01-01, , 1990-01-01, 2001-01-01, false",
        "2001-01-01, , 2030-01-01, , true",
    })
    void periodsOverlapWhenTheyShareADay(
            LocalDate from, LocalDate until, LocalDate otherFrom, LocalDate otherUntil, boolean overlap) {
        NamePeriod one = new NamePeriod("a", from, until);
        NamePeriod other = new NamePeriod("b", otherFrom, otherUntil);

        assertThat(one.overlaps(other)).isEqualTo(overlap);
        assertThat(other.overlaps(one)).isEqualTo(overlap);
    }

    @Test
    void aPeriodMustBeginBeforeItEnds() {
        assertThatThrownBy(() -> new NamePeriod("x", Y2015, Y2007))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must begin before it ends");
        assertThatThrownBy(() -> new NamePeriod("x", Y2015, Y2015)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NamePeriod(" ", null, null)).hasMessageContaining("name");
    }

    @Test
    void aStructureNamesItselfByDate() {
        Structure astana = structure(
                "programme-office-in-astana",
                List.of(
                        new NamePeriod("Centre in Astana", Y2007, Y2015),
                        new NamePeriod("Programme Office in Astana", Y2015, null)),
                Y2007,
                null);

        assertThat(astana.name()).isEqualTo("Programme Office in Astana");
        assertThat(astana.nameOn(LocalDate.of(2010, 5, 21))).isEqualTo("Centre in Astana");
        assertThat(astana.nameOn(LocalDate.of(2016, 1, 1))).isEqualTo("Programme Office in Astana");
        assertThat(astana.nameOn(LocalDate.of(2000, 1, 1))).isNull();
        assertThat(astana.isClosed()).isFalse();
    }

    @Test
    void aStructureCopiesItsLists() {
        List<NamePeriod> names = new ArrayList<>(List.of(new NamePeriod("Mission to Georgia", null, null)));
        Structure georgia =
                structure("mission-to-georgia", names, LocalDate.of(1992, 12, 1), LocalDate.of(2009, 6, 30));
        names.clear();

        assertThat(georgia.names()).hasSize(1);
        assertThat(georgia.isClosed()).isTrue();
        assertThatThrownBy(() -> georgia.sources().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aStructureRefusesWhatTheRegistryCouldNotUse() {
        List<NamePeriod> one = List.of(new NamePeriod("M", null, null));
        assertThatThrownBy(() -> structure("Mission To Georgia", one, null, null))
                .hasMessageContaining("id must be");
        assertThatThrownBy(() -> structure("m--g", one, null, null)).hasMessageContaining("id must be");
        assertThatThrownBy(() -> structure("m", List.of(), null, null)).hasMessageContaining("names must hold");
        assertThatThrownBy(() -> structure("m", one, Y2015, Y2007)).hasMessageContaining("closed must not be before");
        assertThatThrownBy(() -> new Structure(
                        "m", null, null, null, one, List.of(), List.of(), List.of(), null, null, null, null, List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("kind");
        assertThatThrownBy(() -> new Structure(
                        "m",
                        StructureKind.INSTITUTION,
                        null,
                        "kz",
                        one,
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        List.of()))
                .hasMessageContaining("country must be an ISO 3166-1 alpha-2 code");
    }

    @Test
    void aCountryNeedsAnEnglishNameAndAnAlpha2Code() {
        Country moldova = new Country(
                "MD",
                CountryStatus.PARTICIPATING_STATE,
                List.of(new LocalName("en", "Moldova"), new LocalName("ru", "Молдова")),
                List.of(),
                List.of(new LocalName("fr", "moldave")));

        assertThat(moldova.name()).isEqualTo("Moldova");
        assertThat(moldova.name("ru")).isEqualTo("Молдова");
        assertThat(moldova.name("es")).isNull();
        assertThatThrownBy(() -> new Country(
                        "MD",
                        CountryStatus.PARTICIPATING_STATE,
                        List.of(new LocalName("fr", "Moldavie")),
                        List.of(),
                        List.of()))
                .hasMessageContaining("English name");
        assertThatThrownBy(() -> new Country(
                        "MDA",
                        CountryStatus.PARTICIPATING_STATE,
                        List.of(new LocalName("en", "Moldova")),
                        List.of(),
                        List.of()))
                .hasMessageContaining("code must be an ISO 3166-1 alpha-2 code");
        assertThatThrownBy(() -> new LocalName("EN", "Moldova")).hasMessageContaining("language");
    }

    @Test
    void aPlaceNeedsASpellingAndAChairAYearFrom1991() {
        Place pristina = new Place("pristina", null, List.of("Pristina", "Priština"));

        assertThat(pristina.name()).isEqualTo("Pristina");
        assertThatThrownBy(() -> new Place("x", null, List.of())).hasMessageContaining("at least one spelling");
        assertThatThrownBy(() -> new Place("x", null, List.of(" "))).hasMessageContaining("spellings");
        assertThat(new ChairpersonshipTerm(2010, "KZ", List.of("Kanat Saudabayev")).country())
                .isEqualTo("KZ");
        assertThatThrownBy(() -> new ChairpersonshipTerm(1990, "DE", List.of())).hasMessageContaining("1991 or later");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "organization, ORGANIZATION",
        "chairpersonship, CHAIRPERSONSHIP",
        "decision-making-body, DECISION_MAKING_BODY",
        "secretariat, SECRETARIAT",
        "secretariat-unit, SECRETARIAT_UNIT",
        "institution, INSTITUTION",
        "field-operation, FIELD_OPERATION",
        "related-body, RELATED_BODY"
    })
    void structureKindsHaveJsonNames(String json, StructureKind kind) {
        assertThat(kind.jsonName()).isEqualTo(json);
        assertThat(StructureKind.fromJsonName(json)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "participating-state, PARTICIPATING_STATE, false",
        "asian-partner, ASIAN_PARTNER, true",
        "mediterranean-partner, MEDITERRANEAN_PARTNER, true"
    })
    void countryStatusesHaveJsonNames(String json, CountryStatus status, boolean partner) {
        assertThat(status.jsonName()).isEqualTo(json);
        assertThat(CountryStatus.fromJsonName(json)).isEqualTo(status);
        assertThat(status.isPartner()).isEqualTo(partner);
    }

    @Test
    void unknownJsonNamesAreRefused() {
        assertThatThrownBy(() -> StructureKind.fromJsonName("mission")).hasMessageContaining("'mission'");
        assertThatThrownBy(() -> CountryStatus.fromJsonName("member")).hasMessageContaining("'member'");
    }
}
