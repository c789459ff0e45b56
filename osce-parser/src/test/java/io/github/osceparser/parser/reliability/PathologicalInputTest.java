package io.github.osceparser.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.Quote;
import io.github.osceparser.model.Section;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.OsceParser;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Inputs no page has but a crawler may save: huge lines, huge menus, deep nesting. Each must give a
 * page or {@link OsceParseException} without hanging; where the answer is clear, the exact answer.
 * The timeouts only guard against hangs (a quadratic step on these sizes takes minutes); how the
 * time grows with the input is measured by the JMH benchmarks, not here.
 */
class PathologicalInputTest {
    private static final Duration GENEROUS = Duration.ofSeconds(60);
    private static final OsceParser PARSER = OsceParser.create();

    private static OscePage parse(String text) {
        return assertTimeoutPreemptively(GENEROUS, () -> PARSER.parse(text));
    }

    @Test
    void readsTenMegabyteLineAsTitleOfGenericPage() {
        String line = "Word ".repeat(2 * 1024 * 1024).strip();

        OscePage page = parse(line);

        assertThat(page).isInstanceOf(GenericPage.class);
        GenericPage generic = (GenericPage) page;
        assertThat(generic.title()).hasSize(line.length()).isEqualTo(line);
        assertThat(generic.sections()).isEmpty();
        assertThat(generic.diagnostics()).isEmpty();
        PageProperties.assertRoundTrips(page);
    }

    @Test
    void refusesTextLongerThanTheLimitWithoutReadingIt() {
        String text = "x".repeat(OsceParser.DEFAULT_MAX_INPUT_LENGTH + 1);

        assertThatThrownBy(() -> assertTimeoutPreemptively(GENEROUS, () -> PARSER.parse(text)))
                .isInstanceOf(OsceParseException.class)
                .hasMessageContaining(String.valueOf(OsceParser.DEFAULT_MAX_INPUT_LENGTH + 1))
                .hasMessageContaining("maxInputLength");
    }

    /**
     * A page of only separator lines is refused, and says so: it is not a page whose content could
     * not be placed (there is no content: no line holds a letter or digit, so there is no title, and
     * a record would have to be made of nothing), and not an empty file either, which is what the
     * message said before. Telling the two apart tells a user that the file was saved or cut
     * wrongly, not that it is missing. The exception names the count and the first line.
     */
    @Test
    void refusesMillionDashLinesAsAPageOfOnlySeparators() {
        String text = "-\n".repeat(1_000_000);

        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(OsceParseException.class)
                .hasMessage("line 1: the page holds no text, only 1000000 separator lines of marks such as '-'")
                .extracting(e -> ((OsceParseException) e).line())
                .isEqualTo(OptionalInt.of(1));
    }

    @Test
    void refusesAPageOfOtherSeparatorsTheSameWay() {
        assertThatThrownBy(() -> parse("\n--\n* * *\n  —  \n"))
                .isInstanceOf(OsceParseException.class)
                .hasMessage("line 2: the page holds no text, only 3 separator lines of marks such as '-'");
        assertThatThrownBy(() -> parse(" \n\t\n"))
                .isInstanceOf(OsceParseException.class)
                .hasMessage("the page is empty: it holds no text");
    }

    @Test
    void reportsEachOfMillionDashLinesBeforeContent() {
        String text = "-\n".repeat(1_000_000) + "A closing line of text.\n";

        OscePage page = parse(text);

        assertThat(page.title()).isEqualTo("A closing line of text.");
        assertThat(page.diagnostics()).hasSize(1_000_000);
        assertThat(page.diagnostics()).allMatch(d -> d.kind() == Diagnostic.Kind.SKIPPED);
        assertThat(page.diagnostics().get(999_999).line()).isEqualTo(1_000_000);
    }

    @Test
    void keepsEveryOfHundredThousandMenuEntries() {
        StringBuilder text = new StringBuilder("-\nParticipating States\n");
        for (int i = 1; i <= 100_000; i++) {
            text.append("- State number ").append(i).append('\n');
        }
        text.append("Press release\nStates meet\nVIENNA, 2 March 2021 - The States met today.\n");

        OscePage page = parse(text.toString());

        assertThat(page).isInstanceOf(PressRelease.class);
        assertThat(page.site().participatingStates())
                .hasSize(100_000)
                .startsWith("State number 1", "State number 2")
                .endsWith("State number 100000");
        assertThat(((PressRelease) page).paragraphs()).containsExactly("The States met today.");
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void keepsFiftyThousandDatelineLinesAsParagraphs() {
        StringBuilder text = new StringBuilder("Press release\nExperts meet again and again\n");
        for (int i = 1; i <= 50_000; i++) {
            text.append("VIENNA, 21 May 2010 - Experts met for meeting ")
                    .append(i)
                    .append(".\n");
        }

        PressRelease release = (PressRelease) parse(text.toString());

        assertThat(release.date()).isEqualTo(LocalDate.of(2010, 5, 21));
        assertThat(release.dateSource()).isEqualTo(DateSource.DATELINE);
        assertThat(release.dateline().text()).isEqualTo("VIENNA, 21 May 2010");
        assertThat(release.place()).isEqualTo("Vienna");
        assertThat(release.paragraphs()).hasSize(50_000);
        assertThat(release.paragraphs().get(0)).isEqualTo("Experts met for meeting 1.");
        assertThat(release.paragraphs().get(49_999)).isEqualTo("VIENNA, 21 May 2010 - Experts met for meeting 50000.");
        assertThat(release.quotes()).isEmpty();
        assertThat(release.diagnostics()).isEmpty();
    }

    @Test
    void readsTenThousandNestedQuotationMarksAsOneQuote() {
        String inner = "Order is kept in every street.";
        String nested = "“".repeat(10_000) + inner + "”".repeat(10_000);
        String text = "Press release\nNested words\nVIENNA, 2 March 2021 - Jane Doe said: " + nested + "\n";

        PressRelease release = (PressRelease) parse(text);

        assertThat(release.paragraphs()).containsExactly("Jane Doe said: " + nested);
        assertThat(release.quotes()).singleElement().extracting(Quote::text).isEqualTo("“".repeat(9_999) + inner);
        PageProperties.assertRoundTrips(release);
    }

    @Test
    void readsTwentyThousandAttributionsBeforeQuotationsInOneParagraph() {
        // Each attribution before a mark was searched back to the paragraph's start for a sentence's
        // end: 20,000 of them took over a minute.
        String one = "Ambassador Anna Berg, the Head of Mission, said, “We will work with all partners now” ";
        String text = "Press release\nMany attributions\nVIENNA, 2 March 2021 - " + one.repeat(20_000) + "\n";

        PressRelease release = (PressRelease) parse(text);

        assertThat(release.quotes())
                .hasSize(20_000)
                .containsOnly(new Quote("We will work with all partners now", "Anna Berg", "the Head of Mission"));
    }

    @Test
    void readsTenThousandStraightQuotationMarksWithoutHanging() {
        String text = "Press release\nStraight marks\nVIENNA, 2 March 2021 - " + "\"".repeat(10_000) + " end.\n";

        PressRelease release = (PressRelease) parse(text);

        assertThat(release.paragraphs()).containsExactly("\"".repeat(10_000) + " end.");
        assertThat(release.quotes()).isEmpty();
    }

    @Test
    void readsLoneSurrogatesAsText() {
        String title = "Broken \uD800 surrogates \uDC00 kept";
        String text = "Press release\n" + title + "\nVIENNA, 2 March 2021 - Text with \uDBFF inside.\n";

        PressRelease release = (PressRelease) parse(text);

        assertThat(release.title()).isEqualTo(title);
        assertThat(release.paragraphs()).containsExactly("Text with \uDBFF inside.");
        PageProperties.assertRoundTrips(release);
    }

    @Test
    void refusesTextOfOnlyNulBytesAndInvisibleCharacters() {
        String text = "\0\0\n\u200B\u200C\u200D\n\uFEFF\u2060\t\u00A0\r\n";

        assertThatThrownBy(() -> parse(text)).isInstanceOf(OsceParseException.class);
    }

    @Test
    void readsPageWithoutAnyLineBreakAsOneLine() {
        String text = "Press release - VIENNA, 2 March 2021 - the whole page on one line.";

        GenericPage page = (GenericPage) parse(text);

        assertThat(page.title()).isEqualTo(text);
        assertThat(page.sections()).isEmpty();
        assertThat(page.date()).isNull();
    }

    @Test
    void readsPageOfOnlyCarriageReturnsLikeLineFeeds() {
        String lf = "Who we are\nThe OSCE has 57 participating States.\nIt works on security.\n";

        OscePage withCr = parse(lf.replace('\n', '\r'));

        assertThat(withCr).isEqualTo(parse(lf));
        assertThat(((GenericPage) withCr).sections())
                .containsExactly(new Section(
                        null,
                        List.of("The OSCE has 57 participating States.", "It works on security."),
                        List.of(),
                        List.of()));
    }

    @Test
    void refusesHtmlNestedHundredThousandLevelsDeep() {
        String html =
                "<html><body>" + "<div>".repeat(100_000) + "Deep text." + "</div>".repeat(100_000) + "</body></html>";

        assertThatThrownBy(() -> assertTimeoutPreemptively(GENEROUS, () -> PARSER.parseHtml(html, null)))
                .isInstanceOf(OsceParseException.class)
                .hasMessageContaining("levels deep");
    }

    @Test
    void readsHtmlNestedJustWithinTheLimit() {
        String html = "<html><body>" + "<div>".repeat(400) + "<p>Who we are</p><p>The OSCE works on security.</p>"
                + "</div>".repeat(400) + "</body></html>";

        OscePage page = assertTimeoutPreemptively(GENEROUS, () -> PARSER.parseHtml(html, null));

        assertThat(page.title()).isEqualTo("Who we are");
        PageProperties.assertRoundTrips(page);
    }
}
