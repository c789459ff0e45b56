package io.github.osceparser.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Chairpersonship;
import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.MissionKind;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PageType;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.Quote;
import io.github.osceparser.model.Section;
import io.github.osceparser.model.StructureRef;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The facts of the five original pages, one by one, in every rendering: the page text, the HTML
 * beside it in {@code pages/}, and each markup family in {@code pages-html/}. A family saved without
 * navigation (the reader view) has no menu, so the menu's facts are not asked of it. A failure
 * names the rendering and the fact.
 */
class SeedFactsAcrossMarkupTest {
    private static final OsceParser PARSER = OsceParser.create();
    private static final List<String> RENDERINGS = List.of("text", "html", "drupal", "cms", "reader");
    private static final Set<String> WITHOUT_NAVIGATION = Set.of("reader");
    private static final Set<DateSource> MARKUP_SOURCES =
            EnumSet.of(DateSource.TIME_ELEMENT, DateSource.META_TAG, DateSource.JSON_LD);
    private static final Map<String, OscePage> PARSED = new HashMap<>();

    /** A fact of a page: a name for the failure message and what the record must satisfy. */
    record Fact(String page, String name, boolean ofTheMenu, Predicate<OscePage> holds) {
        @Override
        public String toString() {
            return page + ": " + name;
        }
    }

    static Stream<Arguments> factsInEveryRendering() {
        List<Arguments> arguments = new ArrayList<>();
        for (String rendering : RENDERINGS) {
            for (Fact fact : facts()) {
                if (!(fact.ofTheMenu() && WITHOUT_NAVIGATION.contains(rendering))) {
                    arguments.add(Arguments.of(rendering, fact));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("factsInEveryRendering")
    void givesTheFactInEveryRendering(String rendering, Fact fact) throws Exception {
        OscePage page = page(rendering, fact.page());
        assertThat(fact.holds().test(page))
                .as("%s rendering of %s: %s; record: %s", rendering, fact.page(), fact.name(), page)
                .isTrue();
    }

    private static synchronized OscePage page(String rendering, String name) throws IOException, URISyntaxException {
        String key = rendering + "/" + name;
        OscePage page = PARSED.get(key);
        if (page == null) {
            page = parse(rendering, name);
            PARSED.put(key, page);
        }
        return page;
    }

    private static OscePage parse(String rendering, String name) throws IOException, URISyntaxException {
        if (rendering.equals("text")) {
            return PARSER.parse(resource("/pages/" + name + ".txt"));
        }
        Path html = rendering.equals("html")
                ? resource("/pages/" + name + ".html")
                : resource("/pages-html/" + rendering + "/" + name + ".html");
        try (InputStream in = Files.newInputStream(html)) {
            return PARSER.parseHtml(in, null, "https://www.osce.org/");
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(SeedFactsAcrossMarkupTest.class.getResource(name), name)
                .toURI());
    }

    private static final String POLICING = "en/field-of-work-policing";
    private static final String NEWS = "en/news-item-2013-policing-experts";
    private static final String ITALIAN = "it/field-of-work-ordine-pubblico";
    private static final String RELEASE_2010 = "en/press-release-2010-police-experts-meeting";
    private static final String RELEASE_2016 = "en/press-release-2016-un-chiefs-of-police";

    static List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        // the field-of-work page "Policing"
        facts.add(field(POLICING, "is a field-of-work page on policing", f -> f.fieldOfWork() == FieldOfWork.POLICING));
        facts.add(field(POLICING, "is titled Policing", f -> f.title().equals("Policing")));
        facts.add(field(POLICING, "is in English", f -> f.language().equals("en")));
        facts.add(field(
                POLICING,
                "has its summary",
                f -> f.summary() != null
                        && f.summary().startsWith("Modern, democratic and pro-active police services")));
        facts.add(field(
                POLICING,
                "has the sections Our challenge, Our action, Our teams",
                f -> headings(f.sections()).equals(List.of("Our challenge", "Our action", "Our teams"))));
        facts.add(field(
                POLICING,
                "has the two tabs of Our teams",
                f -> f.sections().size() == 3
                        && headings(f.sections().get(2).sections())
                                .equals(List.of("Our institutions and offices", "Our operations on the ground"))));
        Object[][] missions = {
            {"Presence in Albania", MissionKind.PRESENCE, LocalDate.of(1997, 3, 27), null},
            {"Centre in Ashgabat", MissionKind.CENTRE, LocalDate.of(1998, 7, 23), null},
            {"Programme Office in Astana", MissionKind.PROGRAMME_OFFICE, LocalDate.of(1998, 7, 23), null},
            {"Programme Office in Bishkek", MissionKind.PROGRAMME_OFFICE, LocalDate.of(1998, 7, 23), null},
            {"Programme Office in Dushanbe", MissionKind.PROGRAMME_OFFICE, LocalDate.of(1993, 12, 1), null},
            {"Mission in Kosovo", MissionKind.MISSION, LocalDate.of(1999, 7, 1), "Prishtinë/Priština"},
            {"Mission to Montenegro", MissionKind.MISSION, LocalDate.of(2006, 6, 29), null},
            {"Mission to Serbia", MissionKind.MISSION, LocalDate.of(2001, 1, 11), "Belgrade"},
            {"Mission to Skopje", MissionKind.MISSION, LocalDate.of(1992, 9, 18), null},
            {"Project Co-ordinator in Uzbekistan", MissionKind.PROJECT_CO_ORDINATOR, LocalDate.of(2006, 7, 1), null}
        };
        for (int i = 0; i < missions.length; i++) {
            Object[] m = missions[i];
            int at = i;
            facts.add(field(
                    POLICING,
                    "mission card " + (i + 1) + ": " + m[0] + ", established " + m[2] + ", headquarters " + m[3],
                    f -> f.missions().size() > at && matches(f.missions().get(at), m)));
        }
        facts.add(field(POLICING, "has ten mission cards", f -> f.missions().size() == 10));
        facts.add(field(
                POLICING,
                "has six resource cards, the first Projects",
                f -> f.resources().size() == 6
                        && f.resources().get(0).title().equals("Projects")
                        && f.resources()
                                .get(0)
                                .description()
                                .equals("Initiatives funded by individual states and organizations")));
        facts.add(menu(POLICING, "the menu names Finland's 2025 Chairpersonship", chair("Finland", 2025)));
        facts.add(menu(POLICING, "the menu lists 57 participating States", states()));

        // the news item of 2013
        facts.add(release(NEWS, "is a news item", p -> p.type() == PageType.NEWS_ITEM));
        facts.add(release(NEWS, "is titled", p -> p.title().startsWith("OSCE policing experts share plans")));
        facts.add(release(
                NEWS,
                "has its teaser, cut with ...",
                p -> p.teaser() != null && p.teaser().endsWith("...")));
        facts.add(release(
                NEWS,
                "is dated 24 October 2013, from the text or the markup",
                p -> LocalDate.of(2013, 10, 24).equals(p.date())
                        && (p.dateSource() == DateSource.TEXT || MARKUP_SOURCES.contains(p.dateSource()))));
        facts.add(release(
                NEWS,
                "is issued by the OSCE Secretariat",
                p -> p.sources().equals(List.of(new StructureRef("OSCE Secretariat", "secretariat", false)))));
        facts.add(release(NEWS, "is on policing", p -> p.fieldsOfWork().equals(List.of(FieldOfWork.POLICING))));
        facts.add(release(
                NEWS,
                "has seven paragraphs and no footer",
                p -> p.paragraphs().size() == 7
                        && p.paragraphs().stream()
                                .noneMatch(t -> t.startsWith("Read more") || t.contains("external links"))));
        facts.add(release(
                NEWS,
                "quotes Lamberto Zannier, OSCE Secretary General",
                p -> p.quotes().size() == 1
                        && p.quotes().get(0).speaker().equals("Lamberto Zannier")
                        && "OSCE Secretary General".equals(p.quotes().get(0).role())));
        facts.add(menu(NEWS, "the menu names Switzerland's 2026 Chairpersonship", chair("Switzerland", 2026)));
        facts.add(menu(NEWS, "the menu lists 57 participating States", states()));

        // the Italian field-of-work page
        facts.add(field(ITALIAN, "is a field-of-work page on policing", f -> f.fieldOfWork() == FieldOfWork.POLICING));
        facts.add(field(ITALIAN, "is titled Ordine pubblico", f -> f.title().equals("Ordine pubblico")));
        facts.add(field(ITALIAN, "is in Italian", f -> f.language().equals("it")));
        facts.add(field(
                ITALIAN,
                "has its summary",
                f -> f.summary() != null
                        && f.summary().startsWith("L’OSCE mira a creare servizi di polizia democratici")));
        facts.add(field(
                ITALIAN,
                "keeps its two lists, of 2 and 15 items",
                f -> f.sections().stream().map(s -> s.items().size()).toList().equals(List.of(2, 15))));
        facts.add(menu(
                ITALIAN,
                "the shorter menu lists no fields of work",
                p -> p.site() != null && p.site().fieldsOfWork().isEmpty()));
        facts.add(menu(ITALIAN, "the menu names Finland's 2025 Chairpersonship", chair("Finland", 2025)));

        // the press release of 2010
        facts.add(release(RELEASE_2010, "is a press release", p -> p.type() == PageType.PRESS_RELEASE));
        facts.add(release(RELEASE_2010, "is titled", p -> p.title().startsWith("OSCE Annual Police Experts Meeting")));
        facts.add(release(
                RELEASE_2010,
                "is dated 21 May 2010",
                p -> LocalDate.of(2010, 5, 21).equals(p.date())));
        facts.add(
                release(RELEASE_2010, "takes its date from the dateline", p -> p.dateSource() == DateSource.DATELINE));
        facts.add(release(
                RELEASE_2010,
                "has the dateline VIENNA, 21 May 2010",
                p -> p.dateline() != null && p.dateline().text().equals("VIENNA, 21 May 2010")));
        facts.add(release(RELEASE_2010, "is placed in Vienna", p -> "Vienna".equals(p.place())));
        facts.add(release(
                RELEASE_2010,
                "has two sources",
                p -> p.sources()
                        .equals(List.of(
                                new StructureRef("OSCE Secretariat", "secretariat", false),
                                new StructureRef(
                                        "OSCE Office for Democratic Institutions and Human Rights", "odihr", false)))));
        facts.add(release(
                RELEASE_2010,
                "has seven fields of work in page order",
                p -> p.fieldsOfWork()
                        .equals(List.of(
                                FieldOfWork.TOLERANCE_AND_NON_DISCRIMINATION,
                                FieldOfWork.RULE_OF_LAW,
                                FieldOfWork.ROMA_AND_SINTI,
                                FieldOfWork.POLICING,
                                FieldOfWork.NATIONAL_MINORITY_ISSUES,
                                FieldOfWork.HUMAN_RIGHTS,
                                FieldOfWork.DEMOCRATIZATION))));
        facts.add(release(
                RELEASE_2010,
                "opens its body after the dateline",
                p -> !p.paragraphs().isEmpty()
                        && p.paragraphs().get(0).startsWith("Policing experts from the OSCE region")));
        facts.add(release(
                RELEASE_2010,
                "quotes Kevin Carty with his role",
                p -> p.quotes().stream()
                        .map(q -> q.speaker() + " / " + q.role())
                        .toList()
                        .equals(List.of("Kevin Carty / the Senior Police Adviser to the OSCE Secretary General"))));
        facts.add(menu(RELEASE_2010, "the menu names Finland's 2025 Chairpersonship", chair("Finland", 2025)));
        facts.add(menu(RELEASE_2010, "the menu lists 57 participating States", states()));

        // the press release of 2016
        facts.add(release(RELEASE_2016, "is a press release", p -> p.type() == PageType.PRESS_RELEASE));
        facts.add(release(
                RELEASE_2016, "is titled", p -> p.title().startsWith("Head of OSCE Strategic Police Matters Unit")));
        facts.add(release(
                RELEASE_2016,
                "is dated 3 June 2016",
                p -> LocalDate.of(2016, 6, 3).equals(p.date())));
        facts.add(
                release(RELEASE_2016, "takes its date from the dateline", p -> p.dateSource() == DateSource.DATELINE));
        facts.add(release(RELEASE_2016, "is placed in New York", p -> "New York".equals(p.place())));
        facts.add(release(
                RELEASE_2016,
                "has one source",
                p -> p.sources().equals(List.of(new StructureRef("OSCE Secretariat", "secretariat", false)))));
        facts.add(release(RELEASE_2016, "is on policing", p -> p.fieldsOfWork().equals(List.of(FieldOfWork.POLICING))));
        facts.add(
                release(RELEASE_2016, "has five paragraphs", p -> p.paragraphs().size() == 5));
        facts.add(release(
                RELEASE_2016,
                "attributes both quotes to Guy Vinet",
                p -> p.quotes().size() == 2
                        && p.quotes().stream().map(Quote::speaker).allMatch("Guy Vinet"::equals)));
        facts.add(menu(RELEASE_2016, "the menu names Finland's 2025 Chairpersonship", chair("Finland", 2025)));
        facts.add(menu(RELEASE_2016, "the menu lists 57 participating States", states()));
        return facts;
    }

    private static boolean matches(Mission mission, Object[] expected) {
        return mission.name().equals(expected[0])
                && mission.kind() == expected[1]
                && Objects.equals(mission.established(), expected[2])
                && Objects.equals(mission.headquarters(), expected[3]);
    }

    private static List<String> headings(List<Section> sections) {
        return sections.stream().map(Section::heading).toList();
    }

    private static Fact field(String page, String name, Predicate<FieldOfWorkPage> holds) {
        return new Fact(page, name, false, p -> p instanceof FieldOfWorkPage f && holds.test(f));
    }

    private static Fact release(String page, String name, Predicate<PressRelease> holds) {
        return new Fact(page, name, false, p -> p instanceof PressRelease r && holds.test(r));
    }

    private static Fact menu(String page, String name, Predicate<OscePage> holds) {
        return new Fact(page, name, true, holds);
    }

    private static Predicate<OscePage> chair(String country, int year) {
        return p -> p.site() != null
                && new Chairpersonship(country, year).equals(p.site().chairpersonship());
    }

    private static Predicate<OscePage> states() {
        return p -> p.site() != null && p.site().participatingStates().size() == 57;
    }
}
