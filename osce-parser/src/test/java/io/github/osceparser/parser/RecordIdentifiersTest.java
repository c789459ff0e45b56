package io.github.osceparser.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.Listing;
import io.github.osceparser.model.MissionPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.StructureRef;
import io.github.osceparser.parser.fixtures.Fixtures;
import io.github.osceparser.parser.internal.knowledge.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Records carry the registry's identifiers beside what the page prints (issue 18): each issuing
 * structure its id, resolved by the page's date; the countries the title and body name; the
 * dateline's country. A name the registry does not know keeps no id and is reported.
 */
class RecordIdentifiersTest {
    private static final OsceParser PARSER = OsceParser.create();

    private static PressRelease release(String date, String source, String body) {
        OscePage page = PARSER.parse(
                "Press release\nA title of our own\n\nSource:\n" + source + "\n\n" + date + " – " + body + "\n");
        assertThat(page).isInstanceOf(PressRelease.class);
        return (PressRelease) page;
    }

    @Test
    void theCentreInAstanaOf2010AndTheProgrammeOfficeOf2016GiveTheSameId() {
        PressRelease old = release(
                "ASTANA, 3 March 2010", "OSCE Centre in Astana", "The Centre held a seminar on water law today.");
        PressRelease later = release(
                "ASTANA, 9 June 2016",
                "OSCE Programme Office in Astana",
                "The Programme Office trained customs officers today.");

        assertThat(old.sources())
                .containsExactly(new StructureRef("OSCE Centre in Astana", "programme-office-in-astana", false));
        assertThat(later.sources())
                .containsExactly(
                        new StructureRef("OSCE Programme Office in Astana", "programme-office-in-astana", false));
        assertThat(old.dateline().country()).isEqualTo("KZ");
    }

    @Test
    void anAcronymAndTheLongNameGiveTheSameId() {
        PressRelease acronym = release("WARSAW, 5 May 2015", "ODIHR", "Observers were deployed today.");
        PressRelease longName = release(
                "WARSAW, 5 May 2015",
                "OSCE Office for Democratic Institutions and Human Rights",
                "Observers were deployed today.");

        assertThat(acronym.sources()).extracting(StructureRef::id).containsExactly("odihr");
        assertThat(longName.sources()).extracting(StructureRef::id).containsExactly("odihr");
        assertThat(acronym.dateline().country()).isEqualTo("PL");
    }

    @Test
    void aNameTheRegistryDoesNotKnowKeepsNoIdAndIsReportedOnItsLine() {
        PressRelease page =
                release("VIENNA, 5 May 2015", "OSCE Office of Imaginary Affairs", "The office opened today in Vienna.");

        assertThat(page.sources()).containsExactly(new StructureRef("OSCE Office of Imaginary Affairs", null, false));
        assertThat(page.diagnostics())
                .containsExactly(new Diagnostic(
                        5,
                        Diagnostic.Kind.UNKNOWN_LABEL,
                        "the structure 'OSCE Office of Imaginary Affairs' is not in the registry; kept as printed,"
                                + " without an id"));
    }

    @Test
    void listingEntriesKeepTheirClosedMarkBesideTheId() {
        Listing listing =
                (Listing) PARSER.parse(Fixtures.load("en/listing-2020-teaser-datelines-structures-closed-cut-entry"));

        assertThat(listing.entries())
                .flatExtracting(e -> e.structures())
                .contains(new StructureRef(
                        "OSCE Special Monitoring Mission to Ukraine", "special-monitoring-mission-to-ukraine", true));
    }

    @Test
    void aMissionPageCarriesItsOperationsId() {
        OscePage page = PARSER.parse("""
                OSCE Mission to Moldova

                The Mission supports a lasting settlement of the conflict and works with both banks of the river.
                """);

        assertThat(page).isInstanceOf(MissionPage.class);
        assertThat(((MissionPage) page).mission().id()).isEqualTo("mission-to-moldova");
        assertThat(page.countries()).containsExactly("MD");
    }

    @Test
    void theCountriesOfTheMenuAreNotThePagesCountries() {
        OscePage page = PARSER.parse(Fixtures.load("en/press-release-2010-police-experts-meeting"));

        assertThat(page.site().participatingStates()).hasSizeGreaterThan(50).contains("Moldova", "Austria");
        assertThat(page.countries()).containsExactly("GB", "HU");
        assertThat(page.site().fieldOperations())
                .extracting(StructureRef::id)
                .doesNotContainNull()
                .contains("mission-to-moldova");
    }

    @Test
    void thePageNamesItsStructuresEvenWithoutASourceLineEachOnceUnderItsFirstName() {
        OscePage page = PARSER.parse("""
                Seminar on water law held in Astana

                ASTANA, 3 March 2010 – The OSCE Centre in Astana and the OSCE Office for Democratic Institutions and Human Rights held a seminar on water law today. ODIHR experts and the Centre's staff spoke.
                """);

        assertThat(page.structures())
                .containsExactly(
                        new StructureRef("Centre in Astana", "programme-office-in-astana", false),
                        new StructureRef("Office for Democratic Institutions and Human Rights", "odihr", false));
        assertThat(page.countries()).isEmpty();
    }

    @Test
    void structuresAreNamedInflectedAndWithTheOrganizationsNameInside() {
        OscePage page = PARSER.parse("""
                Семинар по правам человека

                ДУШАНБЕ, 5 мая 2016 года – Эксперты Офиса программ ОБСЕ в Душанбе и Бюро ОБСЕ по демократическим институтам и правам человека провели семинар для юристов Таджикистана.
                """);

        assertThat(page.structures())
                .extracting(StructureRef::id)
                .containsExactly("programme-office-in-dushanbe", "odihr");
        assertThat(page.countries()).containsExactly("TJ");
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "VIENNA, AT",
                "Skopje, MK",
                "'SHEVCHENKOVE, Ukraine', UA",
                "'BATKEN, Kirgisistan', KG",
                "TIRANA / BRUSSELS / GENEVA, AL",
                "Brussels/Geneva/Tirana, BE",
                "ДУШАНБЕ, TJ",
                "PRISHTINË/PRIŠTINA, none",
                "ATLANTIS, none"
            })
    void aDatelinesPlaceGivesItsCountryOrNone(String place, String country) {
        assertThat(Registry.standard().countryOfPlace(place)).isEqualTo(country);
    }
}
