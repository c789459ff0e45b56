package io.github.osceparser.parser.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.Quote;
import io.github.osceparser.parser.OsceParser;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The benchmark's pathological pages at their base size parse to what they hold. Their speed is
 * measured by {@link PathologicalBenchmark}; the timeout here only guards against a hang, such as
 * the quadratic speaker lookup that once took seconds on {@link PathologicalShape#SPEAKERS}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PathologicalShapeTest {
    private static final OsceParser PARSER = OsceParser.create();

    @Test
    void readsAMegabyteLineAsOnePage() {
        String text = PathologicalShape.LONG_LINE.page(1 << 20);

        assertThat(text).hasSize(1 << 20).doesNotContain("\n");
        GenericPage page = (GenericPage) PARSER.parse(text);
        assertThat(page.title()).isEqualTo(text.strip());
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void findsEveryQuoteOfAMegabyteParagraphWithItsSpeaker() {
        PressRelease page = (PressRelease) PARSER.parse(PathologicalShape.LONG_PARAGRAPH.page(1 << 20));

        assertThat(page.paragraphs()).hasSize(1);
        assertThat(page.quotes())
                .hasSizeGreaterThan(6_000)
                .extracting(Quote::speaker)
                .containsOnly("Jane Doe");
    }

    @Test
    void reportsEachOfAHundredThousandDashLines() {
        GenericPage page = (GenericPage) PARSER.parse(PathologicalShape.DASH_LINES.page(100_000));

        assertThat(page.title()).isEqualTo("A page of dashes");
        assertThat(page.diagnostics()).hasSize(100_000);
    }

    @Test
    void takesOnlyTheFirstOfFiftyThousandDatelines() {
        PressRelease page = (PressRelease) PARSER.parse(PathologicalShape.DATELINES.page(50_000));

        assertThat(page.paragraphs()).hasSize(50_000);
        assertThat(page.dateline().place()).isEqualTo("VIENNA");
        assertThat(page.paragraphs().get(1)).startsWith("SKOPJE, 2 February 1996 - ");
    }

    @Test
    void keepsTenThousandNestedQuotationMarksInOneParagraph() {
        String text = PathologicalShape.NESTED_QUOTES.page(10_000);

        PressRelease page = (PressRelease) PARSER.parse(text);

        assertThat(page.paragraphs()).hasSize(1);
        assertThat(page.paragraphs().get(0)).endsWith(", he said.");
    }

    @Test
    void attributesSixtyThousandQuotesToTwentyThousandSpeakers() {
        PressRelease page = (PressRelease) PARSER.parse(PathologicalShape.SPEAKERS.page(20_000));

        assertThat(page.quotes())
                .hasSize(60_000)
                .allSatisfy(quote -> assertThat(quote.speaker()).startsWith("Nadia B"));
        assertThat(page.quotes().get(0).speaker()).isEqualTo("Nadia Ba");
        assertThat(page.quotes().get(59_999).speaker())
                .isEqualTo(page.quotes().get(59_997).speaker());
    }

    @Test
    void readsAMenuOfAHundredThousandEntries() {
        PressRelease page = (PressRelease) PARSER.parse(PathologicalShape.MENU_ENTRIES.page(100_000));

        assertThat(page.site().participatingStates()).hasSize(100_000).endsWith("State number 100000");
        assertThat(page.title()).isEqualTo("A page built to test the parser's limits");
    }

    @Test
    void growsTheScalingPageToTheAskedSize() {
        String page = FixturePages.page(ScalingBenchmark.PAGE);

        for (int times : new int[] {10, 100}) {
            double ratio = (double) ScalingBenchmark.grow(page, times).length() / page.length();
            assertThat(ratio).as("%dx", times).isBetween(times * 0.95, times * 1.05);
        }
        assertThat(ScalingBenchmark.grow(page, 1)).isEqualTo(page.endsWith("\n") ? page : page + "\n");
    }
}
