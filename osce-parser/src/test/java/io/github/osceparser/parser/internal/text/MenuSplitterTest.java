package io.github.osceparser.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.parser.internal.site.MenuGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

class MenuSplitterTest {
    private static MenuSplitter.Split split(String text) {
        return MenuSplitter.split(LineSplitter.split(text));
    }

    @Test
    void readsGroupsAndEndsAtTheFirstContentLine() {
        MenuSplitter.Split split =
                split("-\nOur work\n- Projects\n-\nCountries\n- All\n- About us\nPress release\n- Date:");

        assertThat(split.menu())
                .containsExactly(
                        new MenuGroup("Our work", List.of("Projects")),
                        new MenuGroup("Countries", List.of("All", "About us")));
        assertThat(split.content()).extracting(Line::text).containsExactly("Press release", "- Date:");
        assertThat(split.content().get(0).number()).isEqualTo(8);
    }

    @Test
    void keepsAGroupWithNoEntries() {
        assertThat(split("-\nFields of work\n-\nCountries\n- All\nTitle").menu())
                .containsExactly(
                        new MenuGroup("Fields of work", List.of()), new MenuGroup("Countries", List.of("All")));
    }

    @Test
    void findsNoMenuInTextThatDoesNotOpenWithAGroup() {
        MenuSplitter.Split split = split("Policing\n- an item\n-\nnot a menu");

        assertThat(split.menu()).isEmpty();
        assertThat(split.content()).hasSize(4);
    }

    @Test
    void doesNotTakeADashFollowedByABulletForAGroup() {
        assertThat(split("-\n- X\nTitle").menu()).isEmpty();
    }

    @Test
    void recognisesBulletsOnlyWithTextAfterTheDash() {
        assertThat(MenuSplitter.isBullet("- Policing")).isTrue();
        assertThat(MenuSplitter.isBullet("-")).isFalse();
        assertThat(MenuSplitter.isBullet("-  ")).isFalse();
        assertThat(MenuSplitter.isBullet("-Policing")).isFalse();
        assertThat(MenuSplitter.bulletText("-   Policing ")).isEqualTo("Policing");
    }

    private static List<Line> lines(String... texts) {
        List<Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new Line(i + 1, texts[i]));
        }
        return lines;
    }

    @Test
    void readsOnOverBlankLinesInTheMenu() {
        MenuSplitter.Split split = MenuSplitter.split(lines("", "-", "Countries", "- All", "", "- About us", "Title"));

        assertThat(split.menu()).containsExactly(new MenuGroup("Countries", List.of("All", "About us")));
        assertThat(split.content()).containsExactly(new Line(7, "Title"));
    }

    @Test
    void takesADashOnTheLastLineForContent() {
        MenuSplitter.Split split = MenuSplitter.split(lines("-", "Countries", "- All", "-"));

        assertThat(split.menu()).containsExactly(new MenuGroup("Countries", List.of("All")));
        assertThat(split.content()).containsExactly(new Line(4, "-"));
        assertThat(MenuSplitter.split(lines("-")).menu()).isEmpty();
    }

    @Test
    void readsShortEntriesBeforeTheFirstGroupAsAGroupWithoutAHeading() {
        MenuSplitter.Split split =
                split("- Home\n- About us\n-\nOur work\n- Elections\n- Hate crime\n- News\nNews Item\nTitle");

        assertThat(split.menu())
                .containsExactly(
                        new MenuGroup("", List.of("Home", "About us")),
                        new MenuGroup("Our work", List.of("Elections", "Hate crime", "News")));
        assertThat(split.content()).extracting(Line::text).containsExactly("News Item", "Title");
    }

    @Test
    void takesBulletsBeforeAGroupWithoutEntriesOrLongBulletsForContent() {
        // a list that opens the content, then a "-" line and a line of text, is no menu
        assertThat(split("- a first point\n- a second point\n-\nSome text\nMore text")
                        .menu())
                .isEmpty();
        assertThat(split("- The Office trained forty judges this spring in two courses\n-\nOur work\n- Elections\nT")
                        .menu())
                .isEmpty();
    }
}
