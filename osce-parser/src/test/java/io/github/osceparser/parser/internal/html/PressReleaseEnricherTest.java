package io.github.osceparser.parser.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Dateline;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.Image;
import io.github.osceparser.model.Link;
import io.github.osceparser.model.PageType;
import io.github.osceparser.model.PressRelease;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PressReleaseEnricherTest {
    private static final LocalDate MAY_21 = LocalDate.of(2010, 5, 21);

    private static PressRelease release(LocalDate date, DateSource source, List<Diagnostic> diagnostics) {
        Dateline dateline = source == DateSource.DATELINE ? new Dateline("VIENNA", date, "VIENNA, 21 May 2010") : null;
        return new PressRelease(
                PageType.PRESS_RELEASE,
                "en",
                "Title",
                null,
                date,
                source,
                null,
                dateline,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of("Body."),
                List.of(),
                List.of(),
                List.of(),
                null,
                diagnostics);
    }

    private static PressRelease enrich(PressRelease page, String html) {
        Document document = HtmlLoader.load(html, "https://www.osce.org/news/item", Integer.MAX_VALUE);
        return PressReleaseEnricher.enrich(page, document, SiteFurniture.contentRoot(document));
    }

    @Test
    void replacesDateInferredFromTheTextAndItsDiagnostic() {
        Diagnostic inferred =
                new Diagnostic(9, Diagnostic.Kind.INFERRED, "no date given; took 2010-05-21 from '21 May'");
        Diagnostic other = new Diagnostic(4, Diagnostic.Kind.EMPTY_FIELD, "'Date:' has no value");

        PressRelease page = enrich(
                release(MAY_21, DateSource.TEXT, List.of(other, inferred)),
                "<main><p><time datetime='2010-05-20T09:00:00Z'></time></p></main>");

        assertThat(page.date()).isEqualTo(LocalDate.of(2010, 5, 20));
        assertThat(page.dateSource()).isEqualTo(DateSource.TIME_ELEMENT);
        assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.parse("2010-05-20T09:00:00Z"));
        assertThat(page.diagnostics()).containsExactly(other);
    }

    @Test
    void givesDateToReleaseWithoutOne() {
        PressRelease page = enrich(
                release(null, null, List.of()),
                "<head><meta property='article:published_time' content='2010-05-21'></head><main><p>x</p></main>");

        assertThat(page.date()).isEqualTo(MAY_21);
        assertThat(page.dateSource()).isEqualTo(DateSource.META_TAG);
        assertThat(page.publishedAt()).as("a day is no exact time").isNull();
    }

    @Test
    void keepsTheTextsStatedDateAndReportsAMarkupDateThatDisagrees() {
        PressRelease page = enrich(
                release(MAY_21, DateSource.DATELINE, List.of()),
                "<main>\n<p>x</p>\n<time datetime='2010-05-22T10:00:00+02:00'></time></main>");

        assertThat(page.date()).isEqualTo(MAY_21);
        assertThat(page.dateSource()).isEqualTo(DateSource.DATELINE);
        assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.parse("2010-05-22T10:00:00+02:00"));
        assertThat(page.diagnostics())
                .containsExactly(
                        new Diagnostic(
                                3,
                                Diagnostic.Kind.CONFLICT,
                                "the markup (time-element) says 2010-05-22 but the text says 2010-05-21; kept the text's date"));
    }

    @Test
    void putsTheConflictAmongTheTextsDiagnosticsByLine() {
        Diagnostic before = new Diagnostic(2, Diagnostic.Kind.SKIPPED, "'Newsroom' is site furniture");
        Diagnostic after = new Diagnostic(9, Diagnostic.Kind.EMPTY_FIELD, "'Source:' has no value");

        PressRelease page = enrich(
                release(MAY_21, DateSource.METADATA, List.of(before, after)),
                "<main>\n<p>x</p>\n<time datetime='2010-05-22'></time></main>");

        assertThat(page.diagnostics())
                .containsExactly(
                        before,
                        new Diagnostic(
                                3,
                                Diagnostic.Kind.CONFLICT,
                                "the markup (time-element) says 2010-05-22 but the text says 2010-05-21; kept the text's date"),
                        after);
    }

    @Test
    void leavesReleaseAloneWhenTheMarkupSaysNothingMore() {
        PressRelease before = release(MAY_21, DateSource.METADATA, List.of());

        assertThat(enrich(before, "<main><h1>Title</h1><p>Body.</p></main>")).isEqualTo(before);
    }

    @Test
    void takesImagesWithCaptionsFromFiguresOfTheContent() {
        PressRelease page = enrich(
                release(MAY_21, DateSource.METADATA, List.of()),
                "<main><figure><img src='/a.jpg'><figcaption>Delegates meet in Vienna. Photo details</figcaption>"
                        + "</figure><figure><img data-src='b.jpg'></figure><figure><figcaption>No image</figcaption>"
                        + "</figure><figure></figure><aside><figure><img src='/ad.jpg'></figure></aside></main>");

        assertThat(page.images())
                .containsExactly(
                        new Image("https://www.osce.org/a.jpg", "Delegates meet in Vienna."),
                        new Image("https://www.osce.org/news/b.jpg", null),
                        new Image(null, "No image"));
    }

    @Test
    void takesReadMoreLinksUpToTheNextHeading() {
        PressRelease page = enrich(
                release(MAY_21, DateSource.METADATA, List.of()),
                "<main><div class=block-title><h2>Read more on this topic</h2></div>"
                        + "<ul><li><a href='/policing'>Policing</a></li><li><a href='#'>Nowhere</a></li></ul>"
                        + "<nav><a href='https://example.org/'>Partner</a></nav>"
                        + "<p>The OSCE bears no responsibility.</p><h2>Other</h2><ul><li><a href='/x'>X</a></li></ul>"
                        + "</main>");

        assertThat(page.readMore())
                .containsExactly(
                        new Link("Policing", "https://www.osce.org/policing"),
                        new Link("Partner", "https://example.org/"));
    }

    @Test
    void findsNoReadMoreLinksWithoutTheHeading() {
        PressRelease page = enrich(
                release(MAY_21, DateSource.METADATA, List.of()), "<main><ul><li><a href='/x'>X</a></li></ul></main>");

        assertThat(page.readMore()).isEmpty();
    }
}
