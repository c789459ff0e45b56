package io.github.osceparser.parser.internal.extract;

import static io.github.osceparser.parser.internal.extract.TestContent.content;
import static io.github.osceparser.parser.internal.extract.TestContent.page;
import static io.github.osceparser.parser.internal.extract.TestContent.takes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.MissionKind;
import io.github.osceparser.model.MissionPage;
import io.github.osceparser.model.Section;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissionPageExtractorTest {
    private final MissionPageExtractor extractor = new MissionPageExtractor();

    @Test
    void recognizesATitleThatIsAFieldOperationsNameAndNothingMore() {
        assertThat(takes(extractor, content("OSCE Mission to Bosnia and Herzegovina", "Text.")))
                .isTrue();
        assertThat(takes(extractor, content("Presence in One Two Three Four", "Text.")))
                .isTrue();
        assertThat(takes(extractor, content("Presence in One Two Three Four Five", "Text.")))
                .isFalse();
        assertThat(takes(extractor, content("- Mission to Skopje", "Text."))).isFalse();
        assertThat(takes(extractor, content("Mission to Skopje.", "Text."))).isFalse();
        assertThat(takes(extractor, content("Policing", "Text."))).isFalse();
    }

    @Test
    void readsTheMissionAndSkipsTheTitlePrintedTwiceAndPhotoCaptions() {
        MissionPage page = (MissionPage) page(
                extractor,
                content(
                        "OSCE Mission to Skopje",
                        "OSCE Mission to Skopje",
                        "The Head of Mission visits a school, 14 April 2011. (OSCE/Ivana Perović)",
                        "The Mission works on police reform and was established on 18 September 1992.",
                        "Our work",
                        "It is based in Skopje."));

        assertThat(page.title()).isEqualTo("OSCE Mission to Skopje");
        assertThat(page.mission())
                .isEqualTo(new Mission(
                        "Mission to Skopje",
                        "mission-to-skopje",
                        MissionKind.MISSION,
                        "Skopje",
                        LocalDate.of(1992, 9, 18),
                        "Skopje",
                        "The Mission works on police reform and was established on 18 September 1992.",
                        null));
        assertThat(page.sections())
                .containsExactly(
                        new Section(
                                null,
                                List.of(
                                        "The Head of Mission visits a school, 14 April 2011. (OSCE/Ivana Perović)",
                                        "The Mission works on police reform and was established on 18 September 1992."),
                                List.of(),
                                List.of()),
                        new Section("Our work", List.of("It is based in Skopje."), List.of(), List.of()));
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void takesACaptionOnlyWithAShortCreditInBrackets() {
        String credit58 = "(OSCE/" + "x".repeat(51) + ")";
        String credit60 = "(OSCE/" + "x".repeat(53) + ")";
        assertThat(credit58).hasSize(58);

        assertThat(summaryOf("A visit. " + credit58, "Second.")).isEqualTo("Second.");
        assertThat(summaryOf("A visit. (OSCE/" + "x".repeat(52) + ")", "Second."))
                .isEqualTo("Second.");
        assertThat(summaryOf("A visit. " + credit60, "Second.")).isEqualTo("A visit. " + credit60);
        assertThat(summaryOf("(OSCE/Ivana Perović)", "Second.")).isEqualTo("Second.");
        assertThat(summaryOf("A visit. (OSCE Ivana Perović)", "Second.")).isEqualTo("A visit. (OSCE Ivana Perović)");
        assertThat(summaryOf("A visit. (OSCE/Ivana Perović) today.", "Second."))
                .isEqualTo("A visit. (OSCE/Ivana Perović) today.");
        assertThat(summaryOf("A visit. OSCE/Ivana Perović)", "Second.")).isEqualTo("A visit. OSCE/Ivana Perović)");
    }

    private String summaryOf(String first, String second) {
        MissionPage page = (MissionPage) page(extractor, content("Presence in Albania", first, second));
        return page.mission().summary();
    }

    @Test
    void keepsASinglyPrintedTitleOutOfTheSections() {
        MissionPage page = (MissionPage) page(extractor, content("Presence in Albania", "- An item"));

        assertThat(page.mission().summary()).isNull();
        assertThat(page.sections()).containsExactly(new Section(null, List.of(), List.of("An item"), List.of()));
        assertThat(page.diagnostics()).isEmpty();
        assertThat(((MissionPage) page(extractor, content("Presence in Albania"))).sections())
                .isEmpty();
    }

    @Test
    void reportsNothingForAPageOfOnlyATitle() {
        MissionPage page = (MissionPage) page(extractor, content("Presence in Albania"));

        assertThat(page.diagnostics()).isEqualTo(List.<Diagnostic>of());
        assertThat(page.mission().name()).isEqualTo("Presence in Albania");
    }
}
