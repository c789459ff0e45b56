package io.github.osceparser.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.osceparser.model.Chairpersonship;
import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.MissionKind;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PageType;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.Quote;
import io.github.osceparser.model.Resource;
import io.github.osceparser.model.Section;
import io.github.osceparser.model.StructureRef;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The facts each of the five original pages must give, as the core issue lists them. */
class SeedFactsTest {
    private static final OsceParser PARSER = OsceParser.create();

    private static OscePage page(String name) throws IOException, URISyntaxException {
        return PARSER.parse(Path.of(
                SeedFactsTest.class.getResource("/pages/" + name + ".txt").toURI()));
    }

    @Test
    void policingPageIsAFieldOfWorkPageWithItsMissionsAndResources() throws Exception {
        FieldOfWorkPage page = (FieldOfWorkPage) page("en/field-of-work-policing");

        assertThat(page.fieldOfWork()).isEqualTo(FieldOfWork.POLICING);
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.summary()).startsWith("Modern, democratic and pro-active police services");
        assertThat(page.sections())
                .extracting(Section::heading)
                .containsExactly("Our challenge", "Our action", "Our teams");
        assertThat(page.sections().get(2).sections())
                .extracting(Section::heading)
                .containsExactly("Our institutions and offices", "Our operations on the ground");
        assertThat(page.missions())
                .extracting(Mission::name, Mission::kind, Mission::established, Mission::headquarters)
                .containsExactly(
                        tuple("Presence in Albania", MissionKind.PRESENCE, LocalDate.of(1997, 3, 27), null),
                        tuple("Centre in Ashgabat", MissionKind.CENTRE, LocalDate.of(1998, 7, 23), null),
                        tuple(
                                "Programme Office in Astana",
                                MissionKind.PROGRAMME_OFFICE,
                                LocalDate.of(1998, 7, 23),
                                null),
                        tuple(
                                "Programme Office in Bishkek",
                                MissionKind.PROGRAMME_OFFICE,
                                LocalDate.of(1998, 7, 23),
                                null),
                        tuple(
                                "Programme Office in Dushanbe",
                                MissionKind.PROGRAMME_OFFICE,
                                LocalDate.of(1993, 12, 1),
                                null),
                        tuple("Mission in Kosovo", MissionKind.MISSION, LocalDate.of(1999, 7, 1), "Prishtinë/Priština"),
                        tuple("Mission to Montenegro", MissionKind.MISSION, LocalDate.of(2006, 6, 29), null),
                        tuple("Mission to Serbia", MissionKind.MISSION, LocalDate.of(2001, 1, 11), "Belgrade"),
                        tuple("Mission to Skopje", MissionKind.MISSION, LocalDate.of(1992, 9, 18), null),
                        tuple(
                                "Project Co-ordinator in Uzbekistan",
                                MissionKind.PROJECT_CO_ORDINATOR,
                                LocalDate.of(2006, 7, 1),
                                null));
        assertThat(page.resources())
                .hasSize(6)
                .first()
                .isEqualTo(new Resource("Projects", "Initiatives funded by individual states and organizations", null));
        assertThat(page.site().chairpersonship()).isEqualTo(new Chairpersonship("Finland", 2025));
        assertThat(page.site().participatingStates()).hasSize(57).contains("Finland", "Czech Republic");
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void newsItemInfersItsDateFromTheTextAndLeavesFootersOut() throws Exception {
        PressRelease page = (PressRelease) page("en/news-item-2013-policing-experts");

        assertThat(page.type()).isEqualTo(PageType.NEWS_ITEM);
        assertThat(page.teaser()).endsWith("...");
        assertThat(page.date()).isEqualTo(LocalDate.of(2013, 10, 24));
        assertThat(page.dateSource()).isEqualTo(DateSource.TEXT);
        assertThat(page.sources()).containsExactly(new StructureRef("OSCE Secretariat", "secretariat", false));
        assertThat(page.fieldsOfWork()).containsExactly(FieldOfWork.POLICING);
        assertThat(page.paragraphs())
                .hasSize(7)
                .noneMatch(p -> p.startsWith("Read more") || p.contains("external links"));
        assertThat(page.quotes()).singleElement().satisfies(quote -> {
            assertThat(quote.text()).startsWith("We should always strive");
            assertThat(quote.speaker()).isEqualTo("Lamberto Zannier");
            assertThat(quote.role()).isEqualTo("OSCE Secretary General");
        });
        assertThat(page.site().chairpersonship()).isEqualTo(new Chairpersonship("Switzerland", 2026));
        assertThat(page.diagnostics())
                .extracting(Diagnostic::line, Diagnostic::kind)
                .containsExactly(
                        tuple(155, Diagnostic.Kind.EMPTY_FIELD),
                        tuple(160, Diagnostic.Kind.INFERRED),
                        tuple(167, Diagnostic.Kind.SKIPPED),
                        tuple(168, Diagnostic.Kind.SKIPPED));
    }

    @Test
    void italianPageKeepsItsTwoListsAsLists() throws Exception {
        FieldOfWorkPage page = (FieldOfWorkPage) page("it/field-of-work-ordine-pubblico");

        assertThat(page.language()).isEqualTo("it");
        assertThat(page.fieldOfWork()).isEqualTo(FieldOfWork.POLICING);
        assertThat(page.title()).isEqualTo("Ordine pubblico");
        assertThat(page.summary()).startsWith("L’OSCE mira a creare servizi di polizia democratici");
        assertThat(page.sections()).extracting(s -> s.items().size()).containsExactly(2, 15);
        assertThat(page.site().fieldsOfWork()).isEmpty();
    }

    @Test
    void pressRelease2010TakesItsDateFromTheDateline() throws Exception {
        PressRelease page = (PressRelease) page("en/press-release-2010-police-experts-meeting");

        assertThat(page.type()).isEqualTo(PageType.PRESS_RELEASE);
        assertThat(page.date()).isEqualTo(LocalDate.of(2010, 5, 21));
        assertThat(page.dateSource()).isEqualTo(DateSource.DATELINE);
        assertThat(page.dateline().text()).isEqualTo("VIENNA, 21 May 2010");
        assertThat(page.place()).isEqualTo("Vienna");
        assertThat(page.sources())
                .containsExactly(
                        new StructureRef("OSCE Secretariat", "secretariat", false),
                        new StructureRef("OSCE Office for Democratic Institutions and Human Rights", "odihr", false));
        assertThat(page.fieldsOfWork())
                .containsExactly(
                        FieldOfWork.TOLERANCE_AND_NON_DISCRIMINATION,
                        FieldOfWork.RULE_OF_LAW,
                        FieldOfWork.ROMA_AND_SINTI,
                        FieldOfWork.POLICING,
                        FieldOfWork.NATIONAL_MINORITY_ISSUES,
                        FieldOfWork.HUMAN_RIGHTS,
                        FieldOfWork.DEMOCRATIZATION);
        assertThat(page.paragraphs().get(0)).startsWith("Policing experts from the OSCE region");
        assertThat(page.quotes())
                .extracting(Quote::speaker, Quote::role)
                .containsExactly(tuple("Kevin Carty", "the Senior Police Adviser to the OSCE Secretary General"));
    }

    @Test
    void pressRelease2016ResolvesTheBareSurnameToTheFullName() throws Exception {
        PressRelease page = (PressRelease) page("en/press-release-2016-un-chiefs-of-police");

        assertThat(page.place()).isEqualTo("New York");
        assertThat(page.date()).isEqualTo(LocalDate.of(2016, 6, 3));
        assertThat(page.dateSource()).isEqualTo(DateSource.DATELINE);
        assertThat(page.sources()).containsExactly(new StructureRef("OSCE Secretariat", "secretariat", false));
        assertThat(page.fieldsOfWork()).containsExactly(FieldOfWork.POLICING);
        assertThat(page.quotes())
                .hasSize(2)
                .allSatisfy(quote -> assertThat(quote.speaker()).isEqualTo("Guy Vinet"));
    }
}
