package io.github.osceparser.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Markup built to hurt: deep nesting, huge menus, endless paragraphs, no line breaks, only carriage
 * returns. Each has an exact expected result; the timeouts guard against hangs, not speed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HtmlPathologicalTest {
    private static final OsceParser PARSER = OsceParser.create();

    @Test
    void refusesElementsNestedDeeperThanTheLimit() {
        String html = "<p>Deep</p>\n" + "<div>".repeat(100_000) + "text";

        assertThatThrownBy(() -> PARSER.parseHtml(html, null))
                .isInstanceOf(OsceParseException.class)
                .hasMessage(
                        "line 2: the HTML nests elements more than 512 levels deep; a page that deep cannot be read")
                .satisfies(e -> assertThat(((OsceParseException) e).line()).hasValue(2));
    }

    @Test
    void acceptsNestingUpToTheLimit() {
        // <html> and <body> are the first two levels, the <h1> the last.
        OscePage page = PARSER.parseHtml("<div>".repeat(509) + "<h1>At the limit</h1>", null);

        assertThat(page.title()).isEqualTo("At the limit");
        assertThatThrownBy(() -> PARSER.parseHtml("<div>".repeat(510) + "<h1>Past the limit</h1>", null))
                .isInstanceOf(OsceParseException.class);
    }

    @Test
    void refusesUnclosedInlineElementsNestedPastTheLimit() {
        assertThatThrownBy(() -> PARSER.parseHtml("<h1>T</h1>" + "<b>".repeat(100_000) + "x", null))
                .isInstanceOf(OsceParseException.class)
                .hasMessageContaining("512 levels");
    }

    @Test
    void readsHugeMenuWithoutLeakingItIntoTheContent() {
        StringBuilder html = new StringBuilder("<header><nav><ul><li>Participating States<ul>");
        for (int i = 0; i < 100_000; i++) {
            html.append("<li>State ").append(i).append("</li>");
        }
        html.append("</ul></li></ul></nav></header><main><h1>Policing</h1><p>Summary.</p></main>");

        FieldOfWorkPage page = (FieldOfWorkPage) PARSER.parseHtml(html.toString(), null);

        assertThat(page.site().participatingStates()).hasSize(100_000).startsWith("State 0");
        assertThat(page.summary()).isEqualTo("Summary.");
        assertThat(page.sections()).isEmpty();
    }

    @Test
    void readsMegaMenuOfTwentyThousandPanelsInTimeLinearInThePage() {
        StringBuilder html = new StringBuilder("<header><nav><ul>");
        StringBuilder panels = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            html.append("<li><button aria-controls=p")
                    .append(i)
                    .append(">Group ")
                    .append(i)
                    .append("</button></li>");
            panels.append("<div id=p")
                    .append(i)
                    .append("><ul><li>Entry ")
                    .append(i)
                    .append("</li></ul></div>");
        }
        html.append("</ul></nav>").append(panels).append("</header><main><h1>Policing</h1><p>Summary.</p></main>");

        FieldOfWorkPage page = (FieldOfWorkPage) PARSER.parseHtml(html.toString(), null);

        assertThat(page.summary()).isEqualTo("Summary.");
        assertThat(page.sections()).isEmpty();
    }

    @Test
    void readsTwentyThousandCardsAndFieldsInTimeLinearInThePage() {
        String cards =
                "<div class=card><img alt='Mission to Serbia'><h3>Mission to Serbia</h3><p>Set up in 2001.</p></div>"
                        .repeat(20_000);
        String fields = "<div class=meta><span class=label>Source:</span> <a>A</a>, <a>B</a></div>".repeat(20_000);

        PressRelease page = (PressRelease) PARSER.parseHtml("<main><h1>Many</h1>" + fields + cards + "</main>", null);

        assertThat(page.title()).isEqualTo("Many");
        assertThat(page.sources()).as("a source label makes a press release").hasSize(40_000);
        assertThat(page.paragraphs())
                .as("each card's name twice, then its text")
                .hasSize(60_000)
                .startsWith("Mission to Serbia", "Mission to Serbia", "Set up in 2001.");
    }

    @Test
    void readsParagraphOfOneMegabyte() {
        String words = "word ".repeat(200_000).strip();

        GenericPage page = (GenericPage) PARSER.parseHtml("<h1>Long</h1><p>" + words + "</p>", null);

        assertThat(page.sections().get(0).paragraphs()).containsExactly(words);
    }

    @Test
    void readsHundredThousandUnclosedParagraphs() {
        GenericPage page = (GenericPage) PARSER.parseHtml("<h1>Many</h1>" + "<p>Line.".repeat(100_000), null);

        assertThat(page.sections().get(0).paragraphs()).hasSize(100_000).allMatch("Line."::equals);
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void numbersLinesOfPagesWithCarriageReturnsOnly() throws IOException {
        String html =
                "<div>Press release</div>\r<h1>Title</h1>\r\n<dl><dt>Date:</dt></dl>\r<p>VIENNA, 1 May 2020 - Body.</p>";
        Diagnostic expected = new Diagnostic(3, Diagnostic.Kind.EMPTY_FIELD, "'Date:' has no value");

        assertThat(PARSER.parseHtml(html, null).diagnostics()).containsExactly(expected);
        assertThat(PARSER.parseHtml(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), null, null)
                        .diagnostics())
                .containsExactly(expected);
    }

    @Test
    void numbersEveryBlockOfPageWithoutLineBreaksAsLineOne() {
        String html = "<div>Press release</div><h1>Title</h1><dl><dt>Date:</dt></dl><p>VIENNA, 1 May 2020 - Body.</p>";

        assertThat(PARSER.parseHtml(html, null).diagnostics())
                .containsExactly(new Diagnostic(1, Diagnostic.Kind.EMPTY_FIELD, "'Date:' has no value"));
    }
}
