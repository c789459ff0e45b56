package io.github.osceparser.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineSplitterTest {
    @Test
    void splitsOnEveryKindOfLineEnd() {
        assertThat(LineSplitter.split("a\nb\r\nc\rd"))
                .containsExactly(new Line(1, "a"), new Line(2, "b"), new Line(3, "c"), new Line(4, "d"));
    }

    @Test
    void keepsBlankLinesSoThatLineNumbersMatchTheInput() {
        assertThat(LineSplitter.split("a\n\n  \nb\n"))
                .containsExactly(new Line(1, "a"), new Line(2, ""), new Line(3, ""), new Line(4, "b"));
    }

    @Test
    void dropsALeadingByteOrderMark() {
        assertThat(LineSplitter.split("\uFEFF-\nPolicing")).containsExactly(new Line(1, "-"), new Line(2, "Policing"));
    }

    @Test
    void removesInvisibleCharactersAndTurnsTabsAndNoBreakSpacesIntoSpaces() {
        assertThat(LineSplitter.split("-\u200B\nA\u0000B\tC\u00A0D\u2060"))
                .containsExactly(new Line(1, "-"), new Line(2, "AB C D"));
    }

    @Test
    void stripsSurroundingWhiteSpace() {
        assertThat(LineSplitter.split("   • item  ")).containsExactly(new Line(1, "• item"));
    }

    @Test
    void givesNoLineForEmptyText() {
        assertThat(LineSplitter.split("")).isEmpty();
    }
}
