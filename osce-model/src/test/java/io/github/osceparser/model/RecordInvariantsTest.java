package io.github.osceparser.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The package rule, record by record: required values present, nullable texts null or non-blank,
 * lists copied and never holding null or blank texts, and the cross-field rules of {@link
 * PressRelease}. Each rejection names the component that broke the rule.
 */
class RecordInvariantsTest {
    private static final LocalDate DAY = LocalDate.of(2010, 5, 21);
    private static final Dateline DATELINE = new Dateline("VIENNA", "AT", DAY, "VIENNA, 21 May 2010");

    private static void rejects(Class<? extends RuntimeException> type, String component, Executable constructor) {
        assertThatThrownBy(constructor::execute).isInstanceOf(type).hasMessageContaining(component);
    }

    private static PressRelease release(PageType type, LocalDate date, DateSource source, Dateline dateline) {
        return new PressRelease(
                type,
                "en",
                "Experts meet",
                null,
                date,
                source,
                null,
                dateline,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of());
    }

    @Test
    void pressReleaseKeepsEveryComponentAsGiven() {
        OffsetDateTime at = OffsetDateTime.of(2010, 5, 21, 9, 30, 0, 0, ZoneOffset.ofHours(2));
        Site site = new Site(null, List.of("Austria"), List.of(), List.of(), List.of());
        PressRelease release = new PressRelease(
                PageType.NEWS_ITEM,
                "de",
                "Titel",
                "Kurz",
                DAY,
                DateSource.METADATA,
                at,
                DATELINE,
                "Vienna",
                List.of(new StructureRef("OSCE Secretariat", "secretariat", false)),
                List.of(FieldOfWork.POLICING),
                List.of("Other work"),
                List.of("Body."),
                List.of(new Quote("Words here.", "Jane Doe", "Adviser")),
                List.of(new Image(null, "A caption")),
                List.of(new Link("More", "https://www.osce.org/x")),
                List.of(),
                List.of(),
                site,
                List.of(new Diagnostic(3, Diagnostic.Kind.INFERRED, "took a date")));

        assertThat(release.type()).isEqualTo(PageType.NEWS_ITEM);
        assertThat(release.language()).isEqualTo("de");
        assertThat(release.title()).isEqualTo("Titel");
        assertThat(release.teaser()).isEqualTo("Kurz");
        assertThat(release.date()).isEqualTo(DAY);
        assertThat(release.dateSource()).isEqualTo(DateSource.METADATA);
        assertThat(release.publishedAt()).isEqualTo(at);
        assertThat(release.dateline()).isEqualTo(DATELINE);
        assertThat(release.place()).isEqualTo("Vienna");
        assertThat(release.sources()).containsExactly(new StructureRef("OSCE Secretariat", "secretariat", false));
        assertThat(release.fieldsOfWork()).containsExactly(FieldOfWork.POLICING);
        assertThat(release.otherFieldsOfWork()).containsExactly("Other work");
        assertThat(release.paragraphs()).containsExactly("Body.");
        assertThat(release.quotes()).containsExactly(new Quote("Words here.", "Jane Doe", "Adviser"));
        assertThat(release.images()).containsExactly(new Image(null, "A caption"));
        assertThat(release.readMore()).containsExactly(new Link("More", "https://www.osce.org/x"));
        assertThat(release.site()).isEqualTo(site);
        assertThat(release.diagnostics()).hasSize(1);
    }

    @Test
    void pressReleaseIsOnlyAPressReleaseOrANewsItem() {
        assertThat(release(PageType.PRESS_RELEASE, null, null, null).type()).isEqualTo(PageType.PRESS_RELEASE);
        for (PageType other : List.of(PageType.FIELD_OF_WORK, PageType.MISSION, PageType.LISTING, PageType.PAGE)) {
            rejects(IllegalArgumentException.class, "type", () -> release(other, null, null, null));
        }
        rejects(NullPointerException.class, "type", () -> release(null, null, null, null));
    }

    @Test
    void pressReleaseDateAndItsSourceComeTogether() {
        assertThat(release(PageType.PRESS_RELEASE, DAY, DateSource.TEXT, null).date())
                .isEqualTo(DAY);
        rejects(IllegalArgumentException.class, "dateSource", () -> release(PageType.PRESS_RELEASE, DAY, null, null));
        rejects(
                IllegalArgumentException.class,
                "dateSource",
                () -> release(PageType.PRESS_RELEASE, null, DateSource.METADATA, null));
    }

    @Test
    void pressReleaseDatedByDatelineHasADateline() {
        assertThat(release(PageType.PRESS_RELEASE, DAY, DateSource.DATELINE, DATELINE)
                        .dateline())
                .isEqualTo(DATELINE);
        rejects(
                IllegalArgumentException.class,
                "dateline",
                () -> release(PageType.PRESS_RELEASE, DAY, DateSource.DATELINE, null));
    }

    @Test
    void pressReleaseRejectsBlankTextsAndBrokenLists() {
        List<String> withBlank = Arrays.asList("One", " ");
        List<String> withNull = Arrays.asList("One", null);
        rejects(
                IllegalArgumentException.class,
                "title",
                () -> new PressRelease(
                        PageType.PRESS_RELEASE,
                        "en",
                        " ",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        List.of()));
        rejects(
                IllegalArgumentException.class,
                "teaser",
                () -> new PressRelease(
                        PageType.PRESS_RELEASE,
                        "en",
                        "T",
                        "",
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        List.of()));
        rejects(
                IllegalArgumentException.class,
                "place",
                () -> new PressRelease(
                        PageType.PRESS_RELEASE,
                        "en",
                        "T",
                        null,
                        null,
                        null,
                        null,
                        null,
                        "\t",
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        List.of()));
        rejects(
                NullPointerException.class,
                "sources",
                () -> new PressRelease(
                        PageType.PRESS_RELEASE,
                        "en",
                        "T",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Arrays.asList(new StructureRef("One", null, false), null),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        List.of()));
        rejects(
                NullPointerException.class,
                "fieldsOfWork",
                () -> new PressRelease(
                        PageType.PRESS_RELEASE,
                        "en",
                        "T",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        Arrays.asList(FieldOfWork.POLICING, null),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        List.of()));
        rejects(
                IllegalArgumentException.class,
                "otherFieldsOfWork",
                () -> new PressRelease(
                        PageType.PRESS_RELEASE,
                        "en",
                        "T",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        withBlank,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        List.of()));
        rejects(
                NullPointerException.class,
                "paragraphs",
                () -> new PressRelease(
                        PageType.PRESS_RELEASE,
                        "en",
                        "T",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        withNull,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        List.of()));
        rejects(
                NullPointerException.class,
                "quotes",
                () -> new PressRelease(
                        PageType.PRESS_RELEASE,
                        "en",
                        "T",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        List.of()));
        rejects(
                NullPointerException.class,
                "images",
                () -> new PressRelease(
                        PageType.PRESS_RELEASE,
                        "en",
                        "T",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        List.of()));
        rejects(
                NullPointerException.class,
                "readMore",
                () -> new PressRelease(
                        PageType.PRESS_RELEASE,
                        "en",
                        "T",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        List.of(),
                        List.of(),
                        null,
                        List.of()));
        rejects(
                NullPointerException.class,
                "diagnostics",
                () -> new PressRelease(
                        PageType.PRESS_RELEASE,
                        "en",
                        "T",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        null));
    }

    @Test
    void listsAreCopiesThatCannotBeChanged() {
        List<String> paragraphs = new ArrayList<>(List.of("First."));
        Section section = new Section("Heading", paragraphs, List.of(), List.of());
        paragraphs.add("Added later.");

        assertThat(section.paragraphs()).containsExactly("First.");
        assertThatThrownBy(() -> section.paragraphs().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> section.items().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> section.sections().add(section)).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "e", "eng", "EN", "En", "e1", "é n", "`a", "a{", "{a"})
    void languageIsTwoLowerCaseLetters(String language) {
        rejects(
                IllegalArgumentException.class,
                "language",
                () -> new GenericPage(language, "Title", null, List.of(), List.of(), List.of(), null, List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "az", "za", "uk"})
    void acceptsEveryTwoLetterCode(String language) {
        assertThat(new GenericPage(language, "Title", null, List.of(), List.of(), List.of(), null, List.of())
                        .language())
                .isEqualTo(language);
    }

    @Test
    void everyPageNamesItsType() {
        Mission mission = new Mission("Mission to Skopje", null, MissionKind.MISSION, "Skopje", null, null, null, null);
        assertThat(new GenericPage("en", "T", null, List.of(), List.of(), List.of(), null, List.of()).type())
                .isEqualTo(PageType.PAGE);
        assertThat(new Listing("en", "T", List.of(), List.of(), List.of(), null, List.of()).type())
                .isEqualTo(PageType.LISTING);
        assertThat(new MissionPage("en", "T", mission, List.of(), List.of(), List.of(), null, List.of()).type())
                .isEqualTo(PageType.MISSION);
        assertThat(new FieldOfWorkPage(
                                "en",
                                "T",
                                FieldOfWork.POLICING,
                                null,
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                null,
                                List.of())
                        .type())
                .isEqualTo(PageType.FIELD_OF_WORK);
    }

    @Test
    void pagesRejectMissingTitlesAndLists() {
        Mission mission = new Mission("Mission to Skopje", null, MissionKind.MISSION, "Skopje", null, null, null, null);
        rejects(
                NullPointerException.class,
                "title",
                () -> new GenericPage("en", null, null, List.of(), List.of(), List.of(), null, List.of()));
        rejects(
                NullPointerException.class,
                "sections",
                () -> new GenericPage("en", "T", null, null, List.of(), List.of(), null, List.of()));
        rejects(
                NullPointerException.class,
                "diagnostics",
                () -> new GenericPage("en", "T", null, List.of(), List.of(), List.of(), null, null));
        rejects(
                IllegalArgumentException.class,
                "title",
                () -> new Listing("en", "", List.of(), List.of(), List.of(), null, List.of()));
        rejects(
                NullPointerException.class,
                "entries",
                () -> new Listing("en", "T", null, List.of(), List.of(), null, List.of()));
        rejects(
                NullPointerException.class,
                "diagnostics",
                () -> new Listing("en", "T", List.of(), List.of(), List.of(), null, null));
        rejects(
                IllegalArgumentException.class,
                "language",
                () -> new Listing("xyz", "T", List.of(), List.of(), List.of(), null, List.of()));
        rejects(
                NullPointerException.class,
                "mission",
                () -> new MissionPage("en", "T", null, List.of(), List.of(), List.of(), null, List.of()));
        rejects(
                IllegalArgumentException.class,
                "title",
                () -> new MissionPage("en", " ", mission, List.of(), List.of(), List.of(), null, List.of()));
        rejects(
                NullPointerException.class,
                "sections",
                () -> new MissionPage("en", "T", mission, null, List.of(), List.of(), null, List.of()));
        rejects(
                NullPointerException.class,
                "diagnostics",
                () -> new MissionPage("en", "T", mission, List.of(), List.of(), List.of(), null, null));
        rejects(
                IllegalArgumentException.class,
                "language",
                () -> new MissionPage("E", "T", mission, List.of(), List.of(), List.of(), null, List.of()));
        rejects(
                NullPointerException.class,
                "fieldOfWork",
                () -> new FieldOfWorkPage(
                        "en", "T", null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of()));
        rejects(
                IllegalArgumentException.class,
                "summary",
                () -> new FieldOfWorkPage(
                        "en",
                        "T",
                        FieldOfWork.POLICING,
                        " ",
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        List.of()));
        rejects(
                IllegalArgumentException.class,
                "title",
                () -> new FieldOfWorkPage(
                        "en",
                        "",
                        FieldOfWork.POLICING,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        List.of()));
        rejects(
                IllegalArgumentException.class,
                "language",
                () -> new FieldOfWorkPage(
                        "",
                        "T",
                        FieldOfWork.POLICING,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        List.of()));
        rejects(
                NullPointerException.class,
                "sections",
                () -> new FieldOfWorkPage(
                        "en",
                        "T",
                        FieldOfWork.POLICING,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        List.of()));
        rejects(
                NullPointerException.class,
                "missions",
                () -> new FieldOfWorkPage(
                        "en",
                        "T",
                        FieldOfWork.POLICING,
                        null,
                        List.of(),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        List.of()));
        rejects(
                NullPointerException.class,
                "resources",
                () -> new FieldOfWorkPage(
                        "en",
                        "T",
                        FieldOfWork.POLICING,
                        null,
                        List.of(),
                        List.of(),
                        null,
                        List.of(),
                        List.of(),
                        null,
                        List.of()));
        rejects(
                NullPointerException.class,
                "diagnostics",
                () -> new FieldOfWorkPage(
                        "en",
                        "T",
                        FieldOfWork.POLICING,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        null));
    }

    @Test
    void smallRecordsRejectMissingAndBlankValues() {
        rejects(IllegalArgumentException.class, "place", () -> new Dateline(" ", null, DAY, "VIENNA, 21 May 2010"));
        rejects(NullPointerException.class, "date", () -> new Dateline("VIENNA", null, null, "VIENNA, 21 May 2010"));
        rejects(IllegalArgumentException.class, "text", () -> new Dateline("VIENNA", null, DAY, ""));
        rejects(
                IllegalArgumentException.class,
                "country",
                () -> new Dateline("VIENNA", "at", DAY, "VIENNA, 21 May 2010"));
        assertThat(new Dateline("PRISHTINË/PRIŠTINA", null, DAY, "PRISHTINË/PRIŠTINA, 21 May 2010").country())
                .as("a place no code applies to")
                .isNull();
        rejects(IllegalArgumentException.class, "text", () -> new Quote("  ", null, null));
        rejects(IllegalArgumentException.class, "speaker", () -> new Quote("Words.", "", null));
        rejects(IllegalArgumentException.class, "role", () -> new Quote("Words.", null, " "));
        rejects(IllegalArgumentException.class, "title", () -> new Resource("", null, null));
        rejects(IllegalArgumentException.class, "description", () -> new Resource("Projects", " ", null));
        rejects(IllegalArgumentException.class, "url", () -> new Resource("Projects", null, ""));
        rejects(IllegalArgumentException.class, "text", () -> new Link(" ", "https://www.osce.org"));
        rejects(NullPointerException.class, "url", () -> new Link("More", null));
        rejects(IllegalArgumentException.class, "url", () -> new Image(" ", null));
        rejects(IllegalArgumentException.class, "caption", () -> new Image(null, ""));
        rejects(IllegalArgumentException.class, "url or a caption", () -> new Image(null, null));
        rejects(IllegalArgumentException.class, "heading", () -> new Section(" ", List.of(), List.of(), List.of()));
        rejects(IllegalArgumentException.class, "items", () -> new Section(null, List.of(), List.of(""), List.of()));
        rejects(NullPointerException.class, "sections", () -> new Section(null, List.of(), List.of(), null));
        rejects(IllegalArgumentException.class, "country", () -> new Chairpersonship(" ", 2025));
        rejects(
                IllegalArgumentException.class,
                "participatingStates",
                () -> new Site(null, List.of(""), List.of(), List.of(), List.of()));
        rejects(
                IllegalArgumentException.class,
                "partners",
                () -> new Site(null, List.of(), List.of(" "), List.of(), List.of()));
        rejects(
                IllegalArgumentException.class,
                "fieldsOfWork",
                () -> new Site(null, List.of(), List.of(), List.of(""), List.of()));
        rejects(
                NullPointerException.class,
                "fieldOperations",
                () -> new Site(null, List.of(), List.of(), List.of(), Arrays.asList((StructureRef) null)));
        assertThat(new Image("https://www.osce.org/a.jpg", null).url()).isEqualTo("https://www.osce.org/a.jpg");
        assertThat(new Quote("Words.", null, null).speaker()).isNull();
    }

    @Test
    void countriesAreDistinctAlpha2CodesInTheGivenOrder() {
        GenericPage page = new GenericPage("en", "T", null, List.of(), List.of(), List.of("MD", "RU"), null, List.of());
        assertThat(page.countries()).containsExactly("MD", "RU");
        rejects(
                IllegalArgumentException.class,
                "countries",
                () -> new GenericPage("en", "T", null, List.of(), List.of(), List.of("MD", "MD"), null, List.of()));
        rejects(
                IllegalArgumentException.class,
                "countries",
                () -> new GenericPage("en", "T", null, List.of(), List.of(), List.of("Moldova"), null, List.of()));
        rejects(
                NullPointerException.class,
                "countries",
                () -> new GenericPage("en", "T", null, List.of(), List.of(), null, null, List.of()));
    }

    @Test
    void missionAndListingEntryRejectMissingAndBlankValues() {
        rejects(
                IllegalArgumentException.class,
                "name",
                () -> new Mission("", null, MissionKind.MISSION, "Skopje", null, null, null, null));
        rejects(
                NullPointerException.class,
                "kind",
                () -> new Mission("Mission to Skopje", null, null, "Skopje", null, null, null, null));
        rejects(
                IllegalArgumentException.class,
                "location",
                () -> new Mission("Mission to Skopje", null, MissionKind.MISSION, " ", null, null, null, null));
        rejects(
                IllegalArgumentException.class,
                "headquarters",
                () -> new Mission("Mission to Skopje", null, MissionKind.MISSION, "Skopje", null, "", null, null));
        rejects(
                IllegalArgumentException.class,
                "summary",
                () -> new Mission("Mission to Skopje", null, MissionKind.MISSION, "Skopje", null, null, " ", null));
        rejects(
                IllegalArgumentException.class,
                "url",
                () -> new Mission("Mission to Skopje", null, MissionKind.MISSION, "Skopje", null, null, null, ""));
        rejects(
                IllegalArgumentException.class,
                "title",
                () -> new ListingEntry(" ", null, null, List.of(), List.of(), List.of(), null, null, null, null, null));
        rejects(
                IllegalArgumentException.class,
                "contentType",
                () -> new ListingEntry("T", null, " ", List.of(), List.of(), List.of(), null, null, null, null, null));
        rejects(
                NullPointerException.class,
                "structures",
                () -> new ListingEntry("T", null, null, null, List.of(), List.of(), null, null, null, null, null));
        rejects(
                NullPointerException.class,
                "fieldsOfWork",
                () -> new ListingEntry("T", null, null, List.of(), null, List.of(), null, null, null, null, null));
        rejects(
                IllegalArgumentException.class,
                "otherFieldsOfWork",
                () -> new ListingEntry(
                        "T", null, null, List.of(), List.of(), List.of(" "), null, null, null, null, null));
        rejects(
                IllegalArgumentException.class,
                "location",
                () -> new ListingEntry("T", null, null, List.of(), List.of(), List.of(), "", null, null, null, null));
        rejects(
                IllegalArgumentException.class,
                "publisher",
                () -> new ListingEntry("T", null, null, List.of(), List.of(), List.of(), null, " ", null, null, null));
        rejects(
                IllegalArgumentException.class,
                "teaser",
                () -> new ListingEntry("T", null, null, List.of(), List.of(), List.of(), null, null, null, "", null));
        rejects(
                IllegalArgumentException.class,
                "url",
                () -> new ListingEntry("T", null, null, List.of(), List.of(), List.of(), null, null, null, null, " "));
        rejects(IllegalArgumentException.class, "name", () -> new StructureRef(" ", null, false));
        rejects(
                IllegalArgumentException.class,
                "id",
                () -> new StructureRef("OSCE Mission to Skopje", "Mission to Skopje", false));
        assertThat(new StructureRef("OSCE Office in Nowhere", null, false).id()).isNull();
        assertThat(new StructureRef("OSCE Mission to Skopje", "mission-to-skopje", false).id())
                .isEqualTo("mission-to-skopje");
    }

    @Test
    void chairpersonshipStartsIn1990() {
        assertThat(new Chairpersonship("Finland", 1990).year()).isEqualTo(1990);
        rejects(IllegalArgumentException.class, "1989", () -> new Chairpersonship("Finland", 1989));
    }

    @Test
    void diagnosticLinesStartAtOne() {
        assertThat(new Diagnostic(1, Diagnostic.Kind.UNPLACED, "x").line()).isEqualTo(1);
        rejects(IllegalArgumentException.class, "line", () -> new Diagnostic(0, Diagnostic.Kind.UNPLACED, "x"));
        rejects(NullPointerException.class, "kind", () -> new Diagnostic(1, null, "x"));
        rejects(IllegalArgumentException.class, "message", () -> new Diagnostic(1, Diagnostic.Kind.UNPLACED, " "));
    }

    @Test
    void diagnosticReadsAsLineKindAndMessage() {
        assertThat(new Diagnostic(12, Diagnostic.Kind.EMPTY_FIELD, "'Date:' has no value"))
                .hasToString("line 12: [empty-field] 'Date:' has no value");
    }
}
