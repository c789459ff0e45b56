package io.github.osceparser.parser.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Image;
import io.github.osceparser.model.Section;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionBuilderTest {
    private static Block line(String text) {
        return new Block(Block.Kind.LINE, text, 1);
    }

    private static Block item(String text) {
        return new Block(Block.Kind.ITEM, text, 1);
    }

    @Test
    void opensASectionAtEachHeading() {
        List<Section> sections = new SectionBuilder(h -> false)
                .addAll(List.of(line("Our challenge"), line("First."), line("Our action"), line("Second.")), b -> {})
                .build();

        assertThat(sections)
                .containsExactly(
                        new Section("Our challenge", List.of("First."), List.of(), List.of()),
                        new Section("Our action", List.of("Second."), List.of(), List.of()));
    }

    @Test
    void keepsTwoListsApartWithTheParagraphsThatLeadIntoThem() {
        List<Section> sections = new SectionBuilder(h -> false)
                .addAll(List.of(line("Intro:"), item("a"), item("b"), line("Then:"), item("c")), b -> {})
                .build();

        assertThat(sections)
                .containsExactly(
                        new Section(null, List.of("Intro:"), List.of("a", "b"), List.of()),
                        new Section(null, List.of("Then:"), List.of("c"), List.of()));
    }

    @Test
    void nestsSubheadingsUnderTheSectionBefore() {
        List<Section> sections = new SectionBuilder(h -> h.startsWith("Tab"))
                .addAll(
                        List.of(
                                line("Our teams"),
                                line("Lead."),
                                line("Tab one"),
                                line("One."),
                                line("Tab two"),
                                line("Two.")),
                        b -> {})
                .build();

        assertThat(sections).hasSize(1);
        assertThat(sections.get(0).paragraphs()).containsExactly("Lead.");
        assertThat(sections.get(0).sections()).extracting(Section::heading).containsExactly("Tab one", "Tab two");
    }

    @Test
    void takesAHeadingLikeLastLineForAParagraphAndPlacesEveryBlock() {
        List<Block> placed = new ArrayList<>();
        List<Block> blocks = List.of(line("Text."), line("Closing words"));

        List<Section> sections =
                new SectionBuilder(h -> false).addAll(blocks, placed::add).build();

        assertThat(sections)
                .containsExactly(new Section(null, List.of("Text.", "Closing words"), List.of(), List.of()));
        assertThat(placed).containsExactlyElementsOf(blocks);
    }

    @Test
    void leavesPhotosOutAndUnplaced() {
        Block photo = new Block(Block.Kind.FIGURE, "A caption", 2, Markup.of(new Image(null, "A caption")));
        List<Block> placed = new ArrayList<>();

        List<Section> sections = new SectionBuilder(h -> false)
                .addAll(List.of(line("Text."), photo, line("More.")), placed::add)
                .build();

        assertThat(sections).containsExactly(new Section(null, List.of("Text.", "More."), List.of(), List.of()));
        assertThat(placed).extracting(Block::text).containsExactly("Text.", "More.");
    }
}
