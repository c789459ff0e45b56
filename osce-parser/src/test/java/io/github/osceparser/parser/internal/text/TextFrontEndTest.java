package io.github.osceparser.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.Image;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFrontEndTest {
    /** Lines numbered from 1. */
    private static List<Line> lines(String... texts) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new Line(i + 1, texts[i]));
        }
        return lines;
    }

    @Test
    void makesBulletsItemsAndOtherLinesLines() {
        Diagnostics diagnostics = new Diagnostics();

        List<Block> blocks = TextFrontEnd.blocks(
                lines("Title", "", "- First item", "• Second item", "·Third", "▪ Fourth", "Text"), diagnostics);

        assertThat(blocks)
                .containsExactly(
                        new Block(Block.Kind.LINE, "Title", 1),
                        new Block(Block.Kind.ITEM, "First item", 3),
                        new Block(Block.Kind.ITEM, "Second item", 4),
                        new Block(Block.Kind.ITEM, "Third", 5),
                        new Block(Block.Kind.ITEM, "Fourth", 6),
                        new Block(Block.Kind.LINE, "Text", 7));
        assertThat(diagnostics.toList()).isEmpty();
    }

    @Test
    void reportsBulletsWithoutText() {
        Diagnostics diagnostics = new Diagnostics();

        List<Block> blocks = TextFrontEnd.blocks(lines("Title", "-", "•", "Text"), diagnostics);

        assertThat(blocks)
                .containsExactly(new Block(Block.Kind.LINE, "Title", 1), new Block(Block.Kind.LINE, "Text", 4));
        assertThat(diagnostics.toList())
                .containsExactly(
                        new Diagnostic(2, Diagnostic.Kind.SKIPPED, "a bullet with no text"),
                        new Diagnostic(3, Diagnostic.Kind.SKIPPED, "a bullet with no text"));
    }

    @Test
    void skipsSkipLinksOnlyAsTheFirstLine() {
        Diagnostics diagnostics = new Diagnostics();

        List<Block> blocks = TextFrontEnd.blocks(lines("", "skip links", "Title", "Skip Links"), diagnostics);

        assertThat(blocks)
                .containsExactly(new Block(Block.Kind.LINE, "Title", 3), new Block(Block.Kind.LINE, "Skip Links", 4));
        assertThat(diagnostics.toList())
                .containsExactly(new Diagnostic(2, Diagnostic.Kind.SKIPPED, "'skip links' is site furniture"));
    }

    @Test
    void keepsOneOfTwoEqualLinesButBothPrintsOfAMissionName() {
        Diagnostics diagnostics = new Diagnostics();

        List<Block> blocks = TextFrontEnd.blocks(
                lines(
                        "A caption",
                        "A caption",
                        "- A caption",
                        "Mission to Skopje",
                        "Mission to Skopje",
                        "- Item",
                        "- Item"),
                diagnostics);

        assertThat(blocks)
                .containsExactly(
                        new Block(Block.Kind.LINE, "A caption", 1),
                        new Block(Block.Kind.ITEM, "A caption", 3),
                        new Block(Block.Kind.LINE, "Mission to Skopje", 4),
                        new Block(Block.Kind.LINE, "Mission to Skopje", 5),
                        new Block(Block.Kind.ITEM, "Item", 6));
        assertThat(diagnostics.toList())
                .containsExactly(
                        new Diagnostic(2, Diagnostic.Kind.SKIPPED, "'A caption' repeats the line before; kept one"),
                        new Diagnostic(7, Diagnostic.Kind.SKIPPED, "'- Item' repeats the line before; kept one"));
    }

    @Test
    void skipsTheOlderSitesMenuUpToTheTitle() {
        Diagnostics diagnostics = new Diagnostics();

        List<Block> blocks = TextFrontEnd.blocks(
                lines(
                        "",
                        "- Home",
                        "At a glance",
                        "Our work",
                        "Library",
                        "The page title is longer than that",
                        "Body."),
                diagnostics);

        assertThat(blocks)
                .containsExactly(
                        new Block(Block.Kind.LINE, "The page title is longer than that", 6),
                        new Block(Block.Kind.LINE, "Body.", 7));
        assertThat(diagnostics.toList())
                .containsExactly(
                        new Diagnostic(2, Diagnostic.Kind.SKIPPED, "'- Home' is an entry of the older site's menu"),
                        new Diagnostic(
                                3, Diagnostic.Kind.SKIPPED, "'At a glance' is an entry of the older site's menu"),
                        new Diagnostic(4, Diagnostic.Kind.SKIPPED, "'Our work' is an entry of the older site's menu"),
                        new Diagnostic(5, Diagnostic.Kind.SKIPPED, "'Library' is an entry of the older site's menu"));
    }

    @Test
    void endsTheOlderMenuAtABlankLineALowerCaseLineOrPunctuation() {
        Diagnostics blank = new Diagnostics();
        assertThat(TextFrontEnd.blocks(lines("- Home", "News", "", "Short"), blank))
                .containsExactly(new Block(Block.Kind.LINE, "Short", 4));
        assertThat(blank.toList()).hasSize(2);

        Diagnostics lower = new Diagnostics();
        assertThat(TextFrontEnd.blocks(lines("- Home", "News", "events"), lower))
                .containsExactly(new Block(Block.Kind.LINE, "events", 3));
        assertThat(lower.toList()).hasSize(2);

        Diagnostics stop = new Diagnostics();
        assertThat(TextFrontEnd.blocks(lines("- Home", "News", "Read this!"), stop))
                .containsExactly(new Block(Block.Kind.LINE, "Read this!", 3));
        assertThat(stop.toList()).hasSize(2);

        Diagnostics fourWords = new Diagnostics();
        assertThat(TextFrontEnd.blocks(lines("- Home", "One Two Three", "One Two Three Four"), fourWords))
                .containsExactly(new Block(Block.Kind.LINE, "One Two Three Four", 3));
        assertThat(fourWords.toList()).hasSize(2);
    }

    @Test
    void aMenuMustOpenWithHome() {
        Diagnostics diagnostics = new Diagnostics();

        assertThat(TextFrontEnd.blocks(lines("- Start", "News"), diagnostics))
                .containsExactly(new Block(Block.Kind.ITEM, "Start", 1), new Block(Block.Kind.LINE, "News", 2));
        assertThat(diagnostics.toList()).isEmpty();
        assertThat(TextFrontEnd.blocks(lines("", ""), new Diagnostics())).isEmpty();
    }

    @Test
    void aMenuMayRunToTheEndOfTheContent() {
        Diagnostics diagnostics = new Diagnostics();

        assertThat(TextFrontEnd.blocks(lines("- Home", "News", "Events"), diagnostics))
                .isEmpty();
        assertThat(diagnostics.toList()).extracting(Diagnostic::line).containsExactly(1, 2, 3);
    }

    @Test
    void aLineEndingInAFullStopEndsTheMenu() {
        Diagnostics diagnostics = new Diagnostics();

        assertThat(TextFrontEnd.blocks(lines("- Home", "News", "See below."), diagnostics))
                .containsExactly(new Block(Block.Kind.LINE, "See below.", 3));
        assertThat(diagnostics.toList()).extracting(Diagnostic::line).containsExactly(1, 2);
    }

    @Test
    void makesAnImageLineAndTheCaptionAfterItOnePhoto() {
        Diagnostics diagnostics = new Diagnostics();

        List<Block> blocks = TextFrontEnd.blocks(
                lines(
                        "Title",
                        "![](https://www.osce.org/a.jpg)",
                        "A visit. Photo details",
                        "![](https://www.osce.org/b.jpg)",
                        "![](https://www.osce.org/c.jpg)",
                        "",
                        "Caption alone | Photo details",
                        "Text"),
                diagnostics);

        assertThat(blocks)
                .extracting(
                        Block::kind, Block::text, Block::line, b -> b.markup().image())
                .containsExactly(
                        tuple(Block.Kind.LINE, "Title", 1, null),
                        tuple(Block.Kind.FIGURE, "A visit.", 2, new Image("https://www.osce.org/a.jpg", "A visit.")),
                        tuple(Block.Kind.FIGURE, "", 4, new Image("https://www.osce.org/b.jpg", null)),
                        tuple(
                                Block.Kind.FIGURE,
                                "Caption alone",
                                5,
                                new Image("https://www.osce.org/c.jpg", "Caption alone")),
                        tuple(Block.Kind.LINE, "Text", 8, null));
        assertThat(diagnostics.toList()).isEmpty();
    }
}
