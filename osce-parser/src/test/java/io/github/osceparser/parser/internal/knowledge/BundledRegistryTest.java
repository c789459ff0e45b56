package io.github.osceparser.parser.internal.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.ChairpersonshipTerm;
import io.github.osceparser.model.Country;
import io.github.osceparser.model.CountryStatus;
import io.github.osceparser.model.LocalName;
import io.github.osceparser.model.NamePeriod;
import io.github.osceparser.model.Place;
import io.github.osceparser.model.Structure;
import io.github.osceparser.model.StructureKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry shipped with the library, against the promises its file header makes: every id
 * unique, every reference to an entry that exists, no name periods that overlap, a source for every
 * structure, ISO codes for every country, the 57 participating States and 11 Partners, a
 * Chairpersonship for every year from 1991 to 2026. The loader checks most of these itself; this
 * test checks them again from the outside, so that a loader that stopped checking would be caught.
 */
class BundledRegistryTest {
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    private static Registry registry;

    @BeforeAll
    static void load() {
        registry = Registry.bundled();
    }

    /**
     * A dateline may print two spellings joined by a slash ("PRISHTINË/PRIŠTINA"): they mean a place
     * only when both spell that same place.
     */
    @Test
    void findsAPlaceBySlashJoinedSpellingsOnlyWhenBothSpellIt() {
        assertThat(registry.findPlace("Vienna/Wien").id()).isEqualTo("vienna");
        assertThat(registry.findPlace("PRISHTINË/PRIŠTINA").id()).isEqualTo("pristina");
        assertThat(registry.findPlace("Vienna/Paris")).as("two places").isNull();
        assertThat(registry.findPlace("Vienna/Atlantis"))
                .as("one unknown spelling")
                .isNull();
        assertThat(registry.findPlace("Atlantis")).isNull();
    }

    /**
     * A dateline's country: the place's own, the country printed after a comma, else the place
     * before the comma; a comma first leaves nothing to be a place.
     */
    @Test
    void givesTheCountryOfADatelinesPlace() {
        assertThat(registry.countryOfPlace("SHEVCHENKOVE, Ukraine")).isEqualTo("UA");
        assertThat(registry.countryOfPlace("VIENNA, Hofburg"))
                .as("a place, then no country")
                .isEqualTo("AT");
        assertThat(registry.countryOfPlace("Atlantis, Hofburg")).isNull();
        assertThat(registry.countryOfPlace(",Ukraine"))
                .as("nothing before the comma")
                .isNull();
        assertThat(registry.countryOfPlace("TIRANA / BRUSSELS"))
                .as("the first of several")
                .isEqualTo("AL");
    }

    @Test
    void structureIdsAreUnique() {
        List<String> ids = registry.structures().stream().map(Structure::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void holdsEveryFieldOperationOpenAndClosed() {
        assertThat(registry.structures(StructureKind.FIELD_OPERATION).stream()
                        .filter(s -> s.parent().equals("osce"))
                        .map(Structure::id))
                .containsExactlyInAnyOrder(
                        // open
                        "presence-in-albania",
                        "mission-to-bosnia-and-herzegovina",
                        "mission-in-kosovo",
                        "mission-to-montenegro",
                        "mission-to-serbia",
                        "mission-to-skopje",
                        "mission-to-moldova",
                        "centre-in-ashgabat",
                        "programme-office-in-astana",
                        "programme-office-in-bishkek",
                        "programme-office-in-dushanbe",
                        "project-co-ordinator-in-uzbekistan",
                        // closed
                        "mission-to-croatia",
                        "missions-of-long-duration",
                        "kosovo-verification-mission",
                        "mission-to-ukraine",
                        "project-co-ordinator-in-ukraine",
                        "special-monitoring-mission-to-ukraine",
                        "observer-mission-gukovo-donetsk",
                        "advisory-and-monitoring-group-in-belarus",
                        "office-in-minsk",
                        "mission-to-estonia",
                        "mission-to-latvia",
                        "mission-to-georgia",
                        "office-in-yerevan",
                        "project-co-ordinator-in-baku",
                        "assistance-group-to-chechnya");
        assertThat(registry.structures(StructureKind.FIELD_OPERATION).stream()
                        .filter(s -> !s.isClosed() && s.parent().equals("osce")))
                .hasSize(12);
    }

    @Test
    void everyParentAndPredecessorExists() {
        for (Structure s : registry.structures()) {
            if (s.kind() == StructureKind.ORGANIZATION) {
                assertThat(s.parent()).as(s.id()).isNull();
            } else {
                assertThat(registry.structure(s.parent()))
                        .as("parent of %s", s.id())
                        .isNotNull();
            }
            if (s.predecessor() != null) {
                assertThat(registry.structure(s.predecessor()))
                        .as("predecessor of %s", s.id())
                        .isNotNull();
            }
        }
    }

    @Test
    void everyHeadquartersAndHostCountryExists() {
        for (Structure s : registry.structures()) {
            if (s.headquarters() != null) {
                assertThat(registry.place(s.headquarters()))
                        .as("headquarters of %s", s.id())
                        .isNotNull();
            }
            if (s.country() != null) {
                assertThat(registry.country(s.country()))
                        .as("country of %s", s.id())
                        .isNotNull();
            }
        }
    }

    @Test
    void noStructureHasOverlappingNamePeriods() {
        for (Structure s : registry.structures()) {
            List<NamePeriod> names = s.names();
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    assertThat(names.get(i).overlaps(names.get(j)))
                            .as("%s: %s and %s", s.id(), names.get(i), names.get(j))
                            .isFalse();
                }
            }
        }
    }

    @Test
    void renamesFollowEachOtherWithoutGaps() {
        for (Structure s : registry.structures()) {
            for (int i = 1; i < s.names().size(); i++) {
                assertThat(s.names().get(i).from())
                        .as(
                                "%s: %s begins when %s ends",
                                s.id(),
                                s.names().get(i).name(),
                                s.names().get(i - 1).name())
                        .isEqualTo(s.names().get(i - 1).until());
            }
        }
    }

    @Test
    void everyStructureCitesAWebPage() {
        for (Structure s : registry.structures()) {
            assertThat(s.sources()).as(s.id()).isNotEmpty().allMatch(url -> url.startsWith("http"));
        }
    }

    @Test
    void closedStructuresClosedAfterTheyOpened() {
        for (Structure s : registry.structures()) {
            if (s.isClosed() && s.opened() != null) {
                assertThat(s.closed()).as(s.id()).isAfter(s.opened());
            }
        }
    }

    @Test
    void everyKindHasStructures() {
        for (StructureKind kind : StructureKind.values()) {
            assertThat(registry.structures(kind)).as(kind.jsonName()).isNotEmpty();
        }
        assertThat(registry.structures(StructureKind.ORGANIZATION)).hasSize(1);
        assertThat(registry.structures(StructureKind.INSTITUTION))
                .extracting(Structure::id)
                .containsExactly("odihr", "hcnm", "rfom");
        assertThat(registry.structures(StructureKind.DECISION_MAKING_BODY))
                .extracting(Structure::id)
                .containsExactlyInAnyOrder(
                        "summit", "ministerial-council", "permanent-council", "forum-for-security-co-operation");
    }

    @Test
    void holdsThe57ParticipatingStatesAndThe11Partners() {
        List<Country> countries = registry.countries();
        assertThat(countries.stream().filter(c -> c.status() == CountryStatus.PARTICIPATING_STATE))
                .hasSize(57);
        assertThat(countries.stream().filter(c -> c.status() == CountryStatus.ASIAN_PARTNER))
                .extracting(Country::code)
                .containsExactlyInAnyOrder("AF", "AU", "JP", "KR", "TH");
        assertThat(countries.stream().filter(c -> c.status() == CountryStatus.MEDITERRANEAN_PARTNER))
                .extracting(Country::code)
                .containsExactlyInAnyOrder("DZ", "EG", "IL", "JO", "MA", "TN");
    }

    @Test
    void everyCountryHasAnIsoCodeAndANameAndAdjectiveInEachLanguage() {
        for (Country c : registry.countries()) {
            assertThat(ISO).as("alpha-2 code %s", c.code()).contains(c.code());
            for (String language : RegistryReader.LANGUAGES) {
                assertThat(c.name(language))
                        .as("%s name in %s", c.code(), language)
                        .isNotNull();
                assertThat(c.adjectives().stream().map(LocalName::language))
                        .as("%s adjective in %s", c.code(), language)
                        .contains(language);
            }
        }
        assertThat(registry.countries().stream().map(Country::code)).doesNotHaveDuplicates();
    }

    @Test
    void holdsAChairpersonshipForEveryYearFrom1991To2026() {
        assertThat(registry.chairpersonships())
                .extracting(ChairpersonshipTerm::year)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1991, 2026).boxed().toList());
        for (ChairpersonshipTerm term : registry.chairpersonships()) {
            Country chair = registry.country(term.country());
            assertThat(chair).as("chair of %d", term.year()).isNotNull();
            assertThat(chair.status()).isEqualTo(CountryStatus.PARTICIPATING_STATE);
            assertThat(term.chairpersonsInOffice()).as("%d", term.year()).isNotEmpty();
        }
    }

    @Test
    void everyPlaceHasAKnownCountryAndNoSpellingNamesTwoPlaces() {
        Set<String> keys = new HashSet<>();
        List<String> clashes = new ArrayList<>();
        for (Place p : registry.places()) {
            if (p.country() != null) {
                assertThat(registry.country(p.country()))
                        .as("country of %s", p.id())
                        .isNotNull();
            }
            p.spellings().stream()
                    .map(NameKey::of)
                    .distinct()
                    .filter(k -> !keys.add(k))
                    .forEach(k -> clashes.add(p.id() + ": " + k));
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void everyCapitalOfAParticipatingStateIsAPlace() {
        // The gazetteer's promise for datelines: at least one place in every participating State.
        for (Country c : registry.countries()) {
            assertThat(registry.places().stream().anyMatch(p -> c.code().equals(p.country())))
                    .as("a place in %s", c.code())
                    .isTrue();
        }
    }
}
