package io.github.osceparser.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.osceparser.model.ChairpersonshipTerm;
import io.github.osceparser.model.Country;
import io.github.osceparser.model.Place;
import io.github.osceparser.model.Structure;
import io.github.osceparser.model.StructureKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The registry's public door: lookups by id, by name and date, by kind, of countries, places and chairs. */
class OsceRegistryTest {
    private static final OsceRegistry REGISTRY = OsceRegistry.standard();

    private static String idOf(String name, LocalDate day) {
        return REGISTRY.findStructure(name, day).map(Structure::id).orElse(null);
    }

    @Test
    void theCentreInAstanaOf2010AndTheProgrammeOfficeOf2016AreOneStructure() {
        String centre = idOf("the OSCE Centre in Astana", LocalDate.of(2010, 5, 21));
        String office = idOf("the OSCE Programme Office in Astana", LocalDate.of(2016, 3, 1));

        assertThat(centre).isEqualTo("programme-office-in-astana").isEqualTo(office);
        Structure astana = REGISTRY.structure(centre).orElseThrow();
        assertThat(astana.nameOn(LocalDate.of(2010, 5, 21))).isEqualTo("Centre in Astana");
        assertThat(astana.nameOn(LocalDate.of(2003, 1, 1))).isEqualTo("Centre in Almaty");
        assertThat(astana.nameOn(LocalDate.of(2020, 1, 1))).isEqualTo("Programme Office in Nur-Sultan");
        assertThat(astana.nameOn(LocalDate.of(2024, 1, 1))).isEqualTo("Programme Office in Astana");
        assertThat(astana.name()).isEqualTo("Programme Office in Astana");
        assertThat(astana.country()).isEqualTo("KZ");
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(
            delimiter = '|',
            value = {
                // acronyms and long names
                "ODIHR | 2010-05-21 | odihr",
                "OSCE Office for Democratic Institutions and Human Rights | 2010-05-21 | odihr",
                "Office for Free Elections | 1991-06-01 | odihr",
                "BIDDH | 2012-01-01 | odihr",
                "HCNM | | hcnm",
                "RFoM | | rfom",
                "RFOM | | rfom",
                "TNTD | | transnational-threats-department",
                "SPMU | | strategic-police-matters-unit",
                "CPC | | conflict-prevention-centre",
                "OCEEA | | economic-and-environmental-activities",
                "Office of the Co-ordinator of OSCE Economic and Environmental Activities | | economic-and-environmental-activities",
                "Gender Issues Programme | | gender-issues",
                "Permanent Council | 2005-01-01 | permanent-council",
                "Forum for Security Co-operation | | forum-for-security-co-operation",
                "Ministerial Council | | ministerial-council",
                "OSCE Parliamentary Assembly | | parliamentary-assembly",
                "Court of Conciliation and Arbitration | | court-of-conciliation-and-arbitration",
                "CSCE | 1993-01-01 | osce",
                // renames, by the page's date
                "Spillover Monitor Mission to Skopje | 1999-06-01 | mission-to-skopje",
                "CSCE Spillover Monitor Mission to Skopje | 1993-01-01 | mission-to-skopje",
                "CSCE Mission to Georgia | 1994-01-01 | mission-to-georgia",
                "OSCE Mission to Skopje | 2015-04-01 | mission-to-skopje",
                "OSCE Mission to Serbia and Montenegro | 2004-01-01 | mission-to-serbia",
                "Mission to the Federal Republic of Yugoslavia | 2001-06-01 | mission-to-serbia",
                "Centre in Bishkek | 2012-01-01 | programme-office-in-bishkek",
                "Office in Tajikistan | 2012-01-01 | programme-office-in-dushanbe",
                "Mission to Tajikistan | 1997-01-01 | programme-office-in-dushanbe",
                "Centre in Tashkent | 2003-01-01 | project-co-ordinator-in-uzbekistan",
                "OSCE Chairmanship | 2004-04-01 | chairpersonship",
                "the Chairperson-in-Office | 2025-01-01 | chairpersonship",
                // closed, with and without the listings' mark
                "OSCE Project Co-ordinator in Baku (closed) | 2014-06-01 | project-co-ordinator-in-baku",
                "OSCE Office in Baku | 2005-01-01 | project-co-ordinator-in-baku",
                "OSCE Special Monitoring Mission to Ukraine (closed) | 2015-04-26 | special-monitoring-mission-to-ukraine",
                "Special Monitoring Mission to Ukraine (SMM) | 2015-04-25 | special-monitoring-mission-to-ukraine",
                "OSCE Observer Mission at Russian Checkpoints Gukovo and Donetsk | 2015-01-28 | observer-mission-gukovo-donetsk",
                "Office in Yerevan | 2010-01-01 | office-in-yerevan",
                "Mission to Georgia | 2008-12-22 | mission-to-georgia",
                "OSCE Mission to Croatia | 2000-01-01 | mission-to-croatia",
                "OSCE Office in Zagreb | 2011-12-15 | mission-to-croatia",
                "Office in Minsk | 2005-01-01 | office-in-minsk",
                "AMG Belarus | 1999-01-01 | advisory-and-monitoring-group-in-belarus",
                "Kosovo Verification Mission | 1999-01-01 | kosovo-verification-mission",
                "OSCE Assistance Group to Chechnya | 1996-01-01 | assistance-group-to-chechnya",
                "Mission to Estonia | 1995-01-01 | mission-to-estonia",
                "Mission to Latvia | 1995-01-01 | mission-to-latvia",
                "Project Co-ordinator in Ukraine | 2012-11-27 | project-co-ordinator-in-ukraine",
            })
    void findsStructuresByTheNamesPagesPrint(String name, LocalDate day, String id) {
        assertThat(idOf(name, day)).as(name).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en | OSCE Secretariat | secretariat",
                "fr | Secrétariat de l’OSCE | secretariat",
                "de | OSZE-Sekretariat | secretariat",
                "it | Missione OSCE a Skopje | mission-to-skopje",
                "ru | Офис программ ОБСЕ в Душанбе | programme-office-in-dushanbe",
                "es | Oficina de Programas de la OSCE en Biskek | programme-office-in-bishkek",
                "uk | Координатор проектів ОБСЄ в Україні | project-co-ordinator-in-ukraine",
                "ru | Секретариат ОБСЕ | secretariat",
                "it | Ufficio OSCE per le istituzioni democratiche e i diritti dell’uomo | odihr",
                "fr | Bureau des institutions démocratiques et des droits de l’homme | odihr",
                "de | Ständiger Rat | permanent-council",
                "es | Consejo Permanente | permanent-council",
                "uk | Постійна рада | permanent-council",
            })
    void findsStructuresInEachOfTheSevenLanguages(String language, String name, String id) {
        assertThat(idOf(name, LocalDate.of(2018, 1, 1)))
                .as("%s: %s", language, name)
                .isEqualTo(id);
    }

    @Test
    void aNameTheRegistryDoesNotKnowFindsNothing() {
        assertThat(REGISTRY.findStructure("Mission to Atlantis", LocalDate.of(2010, 1, 1)))
                .isEmpty();
        assertThat(REGISTRY.findStructure("", null)).isEmpty();
        assertThat(REGISTRY.structure("no-such-structure")).isEmpty();
    }

    @Test
    void listsStructuresByKindClosedOnesIncluded() {
        List<Structure> operations = REGISTRY.structures(StructureKind.FIELD_OPERATION);

        assertThat(operations).extracting(Structure::id).contains("mission-to-skopje", "mission-to-georgia");
        assertThat(REGISTRY.structure("mission-to-georgia").orElseThrow().isClosed())
                .isTrue();
        assertThat(REGISTRY.structure("mission-to-skopje").orElseThrow().isClosed())
                .isFalse();
        assertThat(REGISTRY.structures()).containsAll(operations);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Moldova, MD",
        "Republic of Moldova, MD",
        "Moldovan, MD",
        "moldave, MD",
        "Молдова, MD",
        "moldauisch, MD",
        "moldavo, MD",
        "молдовський, MD",
        "Türkiye, TR",
        "Turkey, TR",
        "Czech Republic, CZ",
        "Czechia, CZ",
        "The Netherlands, NL",
        "Dutch, NL",
        "Russian Federation, RU",
        "Россия, RU",
        "United States of America, US",
        "USA, US",
        "Holy See, VA",
        "Santa Sede, VA",
        "North Macedonia, MK",
        "Kyrgyzstan, KG",
        "Кыргызстан, KG",
        "Japan, JP",
        "marocain, MA",
    })
    void findsCountriesByNameShortFormOrAdjectiveInAnyLanguage(String term, String code) {
        assertThat(REGISTRY.findCountry(term).map(Country::code)).as(term).contains(code);
    }

    @Test
    void countriesHaveTheirCodeStatusAndNamesInEachLanguage() {
        Country moldova = REGISTRY.country("MD").orElseThrow();

        assertThat(moldova.name()).isEqualTo("Moldova");
        assertThat(moldova.name("ru")).isEqualTo("Молдова");
        assertThat(moldova.status().isPartner()).isFalse();
        assertThat(REGISTRY.country("AU").orElseThrow().status().isPartner()).isTrue();
        assertThat(REGISTRY.findCountry("Atlantis")).isEmpty();
        assertThat(REGISTRY.country("XK")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PRISHTINË/PRIŠTINA | pristina",
                "Priština | pristina",
                "Pristina | pristina",
                "PRISTINA | pristina",
                "Chisinau | chisinau",
                "Chișinău | chisinau",
                "CHIŞINĂU | chisinau",
                "VIENNA | vienna",
                "VIENNE | vienna",
                "WIEN | vienna",
                "ВЕНА | vienna",
                "КИЇВ | kyiv",
                "BISKEK | bishkek",
                "Nur-Sultan | astana",
                "The Hague | the-hague",
                "NEW YORK | new-york",
                "Bender | bender",
                "Ohrid | ohrid",
            })
    void findsPlacesByTheSpellingsTheSiteUses(String spelling, String id) {
        assertThat(REGISTRY.findPlace(spelling).map(Place::id)).as(spelling).contains(id);
    }

    @Test
    void placesKnowTheirCountryExceptInKosovo() {
        assertThat(REGISTRY.place("chisinau").orElseThrow().country()).isEqualTo("MD");
        assertThat(REGISTRY.place("pristina").orElseThrow().country()).isNull();
        assertThat(REGISTRY.findPlace("Vienna/Atlantis")).isEmpty();
        assertThat(REGISTRY.findPlace("Vienna/Prague")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "1991, DE",
        "1992, CZ",
        "2001, RO",
        "2010, KZ",
        "2014, CH",
        "2015, RS",
        "2016, DE",
        "2020, AL",
        "2025, FI",
        "2026, CH"
    })
    void resolvesTheChairpersonInOfficeByYear(int year, String code) {
        assertThat(REGISTRY.chairpersonship(year).map(ChairpersonshipTerm::country))
                .contains(code);
    }

    @Test
    void resolvesTheChairpersonshipOfADatedPage() {
        ChairpersonshipTerm term =
                REGISTRY.chairpersonship(LocalDate.of(2010, 5, 21)).orElseThrow();

        assertThat(term.country()).isEqualTo("KZ");
        assertThat(term.chairpersonsInOffice()).containsExactly("Kanat Saudabayev");
        assertThat(REGISTRY.chairpersonship(1990)).isEmpty();
        assertThat(REGISTRY.chairpersonship(2027)).isEmpty();
        assertThat(REGISTRY.chairpersonships()).hasSize(36);
    }

    @Test
    void nullArgumentsAreRefusedWithTheirName() {
        assertThatNullPointerException()
                .isThrownBy(() -> REGISTRY.findStructure(null, null))
                .withMessage("name");
        assertThatNullPointerException()
                .isThrownBy(() -> REGISTRY.structure(null))
                .withMessage("id");
        assertThatNullPointerException()
                .isThrownBy(() -> REGISTRY.structures(null))
                .withMessage("kind");
        assertThatNullPointerException()
                .isThrownBy(() -> REGISTRY.country(null))
                .withMessage("code");
        assertThatNullPointerException()
                .isThrownBy(() -> REGISTRY.findCountry(null))
                .withMessage("nameOrAdjective");
        assertThatNullPointerException()
                .isThrownBy(() -> REGISTRY.findPlace(null))
                .withMessage("spelling");
        assertThatNullPointerException().isThrownBy(() -> REGISTRY.place(null)).withMessage("id");
        assertThatNullPointerException()
                .isThrownBy(() -> REGISTRY.chairpersonship((LocalDate) null))
                .withMessage("day");
    }

    @Test
    void isOneInstanceWithUnmodifiableListsInTheSameOrderEveryTime() {
        assertThat(OsceRegistry.standard()).isSameAs(REGISTRY);
        assertThat(REGISTRY.structures().get(0).id()).isEqualTo("osce");
        assertThat(REGISTRY.countries().get(0).code()).isEqualTo("AL");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> REGISTRY.structures().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> REGISTRY.chairpersonships().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void answersTheSameFromManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<Structure>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                answers.add(pool.submit(() -> REGISTRY.findStructure("Centre in Astana", LocalDate.of(2010, 1, 1))));
            }
            for (Future<Optional<Structure>> answer : answers) {
                assertThat(answer.get()).map(Structure::id).contains("programme-office-in-astana");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
