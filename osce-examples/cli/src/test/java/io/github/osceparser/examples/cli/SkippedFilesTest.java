package io.github.osceparser.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one note for the files a run skipped. */
class SkippedFilesTest {
    @Test
    void saysNothingWhenNothingWasSkipped() {
        assertThat(new SkippedFiles().note(List.of("txt"))).isEmpty();
    }

    @Test
    void namesTheFirstThreeFilesAndCountsTheOthersByExtension() {
        SkippedFiles skipped = new SkippedFiles();
        for (String file : List.of("a.json", "b.json", "README", "c.json")) {
            skipped.add(file);
        }

        assertThat(skipped.count()).isEqualTo(4);
        assertThat(skipped.note(List.of("html", "txt")))
                .contains("skipped 4 files with an extension osce does not read (it reads .html, .txt):"
                        + " 3 .json, 1 no extension (a.json, b.json, README, ...)");
    }

    @Test
    void namesEveryFileOfThreeWithoutDots() {
        SkippedFiles skipped = new SkippedFiles();
        for (String file : List.of("a.json", "b.json", "c.csv")) {
            skipped.add(file);
        }

        assertThat(skipped.note(List.of("txt")))
                .contains("skipped 3 files with an extension osce does not read (it reads .txt):"
                        + " 1 .csv, 2 .json (a.json, b.json, c.csv)");
    }
}
