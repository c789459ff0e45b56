package io.github.osceparser.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osceparser.model.Chairpersonship;
import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Dateline;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.Image;
import io.github.osceparser.model.Link;
import io.github.osceparser.model.Listing;
import io.github.osceparser.model.ListingEntry;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.MissionKind;
import io.github.osceparser.model.PageType;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.Quote;
import io.github.osceparser.model.Resource;
import io.github.osceparser.model.Section;
import io.github.osceparser.model.Site;
import io.github.osceparser.model.StructureRef;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records with every value set survive the JSON format unchanged; the format's limits hold. */
class OsceJsonRoundTripTest {
    private final OsceJson json = OsceJson.create();

    private static PressRelease fullRelease() {
        return new PressRelease(
                PageType.NEWS_ITEM,
                "en",
                "Police school opens",
                "A short teaser.",
                LocalDate.of(2010, 5, 21),
                DateSource.TIME_ELEMENT,
                OffsetDateTime.parse("2010-05-21T09:30:00+02:00"),
                new Dateline("VIENNA", "AT", LocalDate.of(2010, 5, 21), "VIENNA, 21 May 2010"),
                "Vienna",
                List.of(
                        new StructureRef("OSCE Secretariat", "secretariat", false),
                        new StructureRef("OSCE Office in Nowhere", null, false)),
                List.of(FieldOfWork.POLICING),
                List.of("Underwater cartography"),
                List.of("The school opened today."),
                List.of(new Quote("We are glad to open it.", "Anna Berg", "the Head of Mission")),
                List.of(new Image("https://www.osce.org/photo.jpg", "The school")),
                List.of(
                        new Link("Policing", "https://www.osce.org/policing"),
                        new Link("Youth", "https://www.osce.org/youth")),
                List.of(),
                List.of("AT", "MD"),
                new Site(
                        new Chairpersonship("Finland", 2025),
                        List.of("Albania", "Finland"),
                        List.of("Mediterranean Partners for Co-operation"),
                        List.of("Policing"),
                        List.of(new StructureRef("Mission to Skopje", "mission-to-skopje", false))),
                List.of(new Diagnostic(3, Diagnostic.Kind.SKIPPED, "'Newsroom' is site furniture")));
    }

    private static Section nested(int depth) {
        Section section = new Section("Level " + depth, List.of("p"), List.of(), List.of());
        for (int d = depth - 1; d >= 1; d--) {
            section = new Section("Level " + d, List.of(), List.of(), List.of(section));
        }
        return section;
    }

    private static FieldOfWorkPage fieldPage(List<Section> sections) {
        return new FieldOfWorkPage(
                "en",
                "Elections",
                FieldOfWork.ELECTIONS,
                "Free and fair elections.",
                sections,
                List.of(new Mission(
                        "Mission to Skopje",
                        null,
                        MissionKind.MISSION,
                        "Skopje",
                        LocalDate.of(1992, 9, 18),
                        "Skopje",
                        "Police reform.",
                        "https://www.osce.org/mission-to-skopje")),
                List.of(new Resource("Handbook", "For observers.", "https://www.osce.org/handbook")),
                List.of(),
                List.of(),
                null,
                List.of());
    }

    @Test
    void keepsEveryValueOfAPressRelease() {
        PressRelease page = fullRelease();

        String written = json.toJson(page);

        assertThat(written)
                .contains("\"publishedAt\":\"2010-05-21T09:30+02:00\"")
                .contains("\"https://www.osce.org/youth\"");
        assertThat(json.fromJson(written)).isEqualTo(page);
    }

    @Test
    void keepsEveryValueOfAFieldOfWorkPage() {
        FieldOfWorkPage page = fieldPage(List.of(nested(3)));

        assertThat(json.fromJson(json.toJson(page))).isEqualTo(page);
    }

    @Test
    void readsSectionsNestedUpToTheLimit() {
        FieldOfWorkPage deepest = fieldPage(List.of(nested(32)));
        FieldOfWorkPage tooDeep = fieldPage(List.of(nested(33)));

        assertThat(json.fromJson(json.toJson(deepest))).isEqualTo(deepest);
        assertThatThrownBy(() -> json.fromJson(json.toJson(tooDeep)))
                .isInstanceOf(OsceParseException.class)
                .hasMessageStartingWith("sections nested more than 32 deep at $.sections[0]");
    }

    @Test
    void refusesAnUnknownFieldOfWorkSlug() {
        String written = json.toJson(fieldPage(List.of())).replace("\"elections\"", "\"knitting\"");

        assertThatThrownBy(() -> json.fromJson(written))
                .isInstanceOf(OsceParseException.class)
                .hasMessageContaining("unknown field-of-work slug 'knitting'");
    }

    @Test
    void refusesAMalformedTimeOfPublication() {
        String written = json.toJson(fullRelease()).replace("2010-05-21T09:30+02:00", "21 May 2010, 9:30");

        assertThatThrownBy(() -> json.fromJson(written))
                .isInstanceOf(OsceParseException.class)
                .hasMessage(
                        "expected a date and time with offset (ISO-8601) at $.publishedAt, was '21 May 2010, 9:30'");
    }

    @Test
    void keepsEveryValueOfAListing() {
        Listing page = new Listing(
                "en",
                "Publications",
                List.of(
                        new ListingEntry(
                                "Handbook",
                                LocalDate.of(2004, 9, 27),
                                "Publication",
                                List.of(
                                        new StructureRef("OSCE Mission to Skopje", null, false),
                                        new StructureRef("OSCE Project Co-ordinator in Baku", null, true)),
                                List.of(FieldOfWork.ELECTIONS),
                                List.of("Underwater cartography"),
                                "Skopje",
                                "OSCE Secretariat",
                                new Dateline("SKOPJE", null, LocalDate.of(2004, 9, 27), "SKOPJE, 27 September 2004"),
                                "A teaser...",
                                "https://www.osce.org/handbook"),
                        new ListingEntry(
                                "Bare", null, null, List.of(), List.of(), List.of(), null, null, null, null, null)),
                List.of(),
                List.of(),
                null,
                List.of());

        assertThat(json.fromJson(json.toJson(page))).isEqualTo(page);
    }

    @Test
    void reportsAFailingWriterAsAnUncheckedIoException() {
        java.io.Writer failing = new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws java.io.IOException {
                throw new java.io.IOException("disk full");
            }

            @Override
            public void flush() throws java.io.IOException {
                throw new java.io.IOException("disk full");
            }

            @Override
            public void close() {}
        };

        assertThatThrownBy(() -> json.write(fullRelease(), java.util.Map.of(), failing))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasRootCauseMessage("disk full");
    }
}
