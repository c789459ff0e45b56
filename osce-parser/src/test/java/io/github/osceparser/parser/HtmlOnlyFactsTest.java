package io.github.osceparser.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.Image;
import io.github.osceparser.model.Link;
import io.github.osceparser.model.Listing;
import io.github.osceparser.model.ListingEntry;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.MissionPage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.Resource;
import io.github.osceparser.model.StructureRef;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What only the markup of each HTML fixture page says, value by value. */
class HtmlOnlyFactsTest {
    private static final OsceParser PARSER = OsceParser.create();
    private static final String BASE = "https://www.osce.org/secretariat/news/policing-experts-2013";

    private static Path page(String name) throws URISyntaxException {
        return Path.of(HtmlOnlyFactsTest.class.getResource("/pages/" + name).toURI());
    }

    private static <T> T parse(String name, Class<T> kind) throws IOException, URISyntaxException {
        try (InputStream in = Files.newInputStream(page(name))) {
            return kind.cast(PARSER.parseHtml(in, null, BASE));
        }
    }

    /** The 1-based line of the fixture that holds the text; fails when none does. */
    private static int lineOf(String name, String text) throws IOException, URISyntaxException {
        List<String> lines = Files.readAllLines(page(name), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line of " + name + " holds " + text);
    }

    @Test
    void takesExactTimeFromTimeElementAndKeepsTheDatelineDate() throws Exception {
        PressRelease page = parse("en/press-release-2016-un-chiefs-of-police.html", PressRelease.class);

        assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.parse("2016-06-03T18:40:00+02:00"));
        assertThat(page.date()).isEqualTo(LocalDate.of(2016, 6, 3));
        assertThat(page.dateSource()).isEqualTo(DateSource.DATELINE);
    }

    @Test
    void takesPhotoAndCaptionFromFigure() throws Exception {
        PressRelease page = parse("en/press-release-2016-un-chiefs-of-police.html", PressRelease.class);

        assertThat(page.images())
                .containsExactly(new Image(
                        "https://www.osce.org/files/f/images/2016/06/un-cops-podium.jpg",
                        "A speaker addresses the police summit at the United Nations headquarters, 3 June 2016."));
        assertThat(page.paragraphs()).noneMatch(p -> p.contains("A speaker addresses"));
    }

    @Test
    void reportsEmptyDateFieldAtItsHtmlLine() throws Exception {
        PressRelease page = parse("en/press-release-2016-un-chiefs-of-police.html", PressRelease.class);

        assertThat(page.diagnostics())
                .containsExactly(new Diagnostic(
                        lineOf("en/press-release-2016-un-chiefs-of-police.html", "<dt>Date:</dt>"),
                        Diagnostic.Kind.EMPTY_FIELD,
                        "'Date:' has no value"));
    }

    @Test
    void takesExactTimeFromPublishedTimeMetaTagWhenTimeElementGivesOnlyADay() throws Exception {
        PressRelease page = parse("en/press-release-2010-police-experts-meeting.html", PressRelease.class);

        assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.parse("2010-05-21T16:25:00+02:00"));
        assertThat(page.date()).isEqualTo(LocalDate.of(2010, 5, 21));
        assertThat(page.dateSource()).isEqualTo(DateSource.DATELINE);
        assertThat(page.images()).isEmpty();
        assertThat(page.readMore()).isEmpty();
    }

    @Test
    void readsMetadataTermWithoutColonAsLabel() throws Exception {
        PressRelease page = parse("en/press-release-2010-police-experts-meeting.html", PressRelease.class);

        assertThat(page.sources())
                .containsExactly(
                        new StructureRef("OSCE Secretariat", "secretariat", false),
                        new StructureRef("OSCE Office for Democratic Institutions and Human Rights", "odihr", false));
        assertThat(page.fieldsOfWork()).hasSize(7);
        assertThat(page.diagnostics())
                .containsExactly(new Diagnostic(
                        lineOf("en/press-release-2010-police-experts-meeting.html", ">Date</dt>"),
                        Diagnostic.Kind.EMPTY_FIELD,
                        "'Date:' has no value"));
    }

    @Test
    void prefersJsonLdDateToADateInferredFromTheText() throws Exception {
        PressRelease page = parse("en/news-item-2013-policing-experts.html", PressRelease.class);

        assertThat(page.date()).isEqualTo(LocalDate.of(2013, 10, 24));
        assertThat(page.dateSource()).isEqualTo(DateSource.JSON_LD);
        assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.parse("2013-10-24T08:00:00+02:00"));
        assertThat(page.diagnostics()).extracting(Diagnostic::kind).doesNotContain(Diagnostic.Kind.INFERRED);
    }

    @Test
    void passesOverTimeElementsInTheSidebar() throws Exception {
        PressRelease page = parse("en/news-item-2013-policing-experts.html", PressRelease.class);

        assertThat(page.date()).isNotEqualTo(LocalDate.of(2013, 9, 30));
    }

    @Test
    void takesReadMoreLinksResolvedAgainstTheBaseUri() throws Exception {
        PressRelease page = parse("en/news-item-2013-policing-experts.html", PressRelease.class);

        assertThat(page.readMore())
                .containsExactly(
                        new Link("Policing", "https://www.osce.org/policing"),
                        new Link("Europol", "https://www.europol.europa.eu/"),
                        new Link(
                                "Annual Police Experts Meeting 2013",
                                "https://www.osce.org/secretariat/events/annual-police-experts-meeting-2013"));
        assertThat(page.diagnostics())
                .contains(new Diagnostic(
                        lineOf("en/news-item-2013-policing-experts.html", "<h2>Read more on this topic</h2>"),
                        Diagnostic.Kind.SKIPPED,
                        "site footer 'Read more on this topic' is not body text"));
    }

    @Test
    void linksEachFieldOperationCardToItsPage() throws Exception {
        FieldOfWorkPage page = parse("en/field-of-work-policing.html", FieldOfWorkPage.class);

        assertThat(page.missions())
                .hasSize(10)
                .allSatisfy(m -> assertThat(m.url()).isNotNull());
        assertThat(page.missions())
                .filteredOn(m -> m.name().equals("Mission to Serbia"))
                .extracting(Mission::url)
                .containsExactly("https://www.osce.org/mission-to-serbia");
        assertThat(page.missions())
                .filteredOn(m -> m.name().equals("Project Co-ordinator in Uzbekistan"))
                .extracting(Mission::url)
                .containsExactly("https://www.osce.org/project-coordinator-in-uzbekistan");
    }

    @Test
    void linksResourceCardsWhetherTheLinkWrapsTheCardTheTitleOrSitsBesideIt() throws Exception {
        FieldOfWorkPage page = parse("en/field-of-work-policing.html", FieldOfWorkPage.class);

        assertThat(page.resources())
                .extracting(Resource::title, Resource::url)
                .containsExactly(
                        tuple("Projects", "https://www.osce.org/projects?field=policing"),
                        tuple("Events", "https://www.osce.org/events?field=policing"),
                        tuple("Resources", "https://www.osce.org/resources?field=policing"),
                        tuple("Studies and reports", "https://www.osce.org/resources?type=studies&field=policing"),
                        tuple("Manuals and guides", "https://www.osce.org/resources?type=manuals&field=policing"),
                        tuple("OSCE stories", "https://www.osce.org/stories"));
    }

    @Test
    void resolvesLinksAgainstTheCanonicalUrlWhenNoBaseUriIsGiven() throws Exception {
        FieldOfWorkPage page;
        try (InputStream in = Files.newInputStream(page("it/field-of-work-ordine-pubblico.html"))) {
            page = (FieldOfWorkPage) PARSER.parseHtml(in, null, null);
        }
        FieldOfWorkPage policing;
        try (InputStream in = Files.newInputStream(page("en/field-of-work-policing.html"))) {
            policing = (FieldOfWorkPage) PARSER.parseHtml(in, null, null);
        }

        assertThat(page.title()).isEqualTo("Ordine pubblico");
        assertThat(policing.missions().get(0).url()).isEqualTo("https://www.osce.org/presence-in-albania");
    }

    @Test
    void givesAMissionPageTheCanonicalAddressOfThePageOrTheOneItWasReadFrom() {
        String html = "<h1>OSCE Mission to Montenegro</h1><p>The Mission is based in Podgorica.</p>";

        MissionPage canonical = (MissionPage) PARSER.parseHtml(
                "<link rel=canonical href='/mission-to-montenegro'>" + html, "https://www.osce.org/a/b");
        MissionPage located = (MissionPage) PARSER.parseHtml(html, "https://www.osce.org/mission-to-montenegro");
        MissionPage unknown = (MissionPage) PARSER.parseHtml(html, null);

        assertThat(canonical.mission().url()).isEqualTo("https://www.osce.org/mission-to-montenegro");
        assertThat(located.mission().url()).isEqualTo("https://www.osce.org/mission-to-montenegro");
        assertThat(unknown.mission().url()).isNull();
        assertThat(unknown.mission().headquarters()).isEqualTo("Podgorica");
    }

    @Test
    void linksListingEntriesByTheirOwnMarkupNotByTheirText() {
        Listing page = (Listing) PARSER.parseHtml(
                "<main><h1>News and press releases</h1>"
                        + "<h3><a href='/news/first'>Same title</a></h3><p>Publishing date: 1 May 2010</p>"
                        + "<h3>Same title</h3><p>Content type: News</p>"
                        + "<div><h3>Third</h3><p>Content type: News</p><a href='/news/third'>More</a></div></main>",
                "https://www.osce.org/news");

        assertThat(page.entries())
                .extracting(ListingEntry::title, ListingEntry::url)
                .containsExactly(
                        tuple("Same title", "https://www.osce.org/news/first"),
                        tuple("Same title", null),
                        tuple("Third", "https://www.osce.org/news/third"));
    }

    @Test
    void reportsAPhotoOnAPageThatKeepsNoPhotosInsteadOfDroppingIt() {
        MissionPage page = (MissionPage) PARSER.parseHtml(
                "<main><h1>OSCE Mission to Skopje</h1>\n<p>The Mission is based in Skopje.</p>\n"
                        + "<figure><img src='/a.jpg'><figcaption>The Head of Mission</figcaption></figure></main>",
                BASE);

        assertThat(page.sections())
                .flatExtracting(s -> s.paragraphs())
                .containsExactly("The Mission is based in Skopje.");
        assertThat(page.diagnostics())
                .containsExactly(new Diagnostic(
                        3,
                        Diagnostic.Kind.SKIPPED,
                        "the photo 'The Head of Mission' is not kept on this kind of page"));
    }
}
