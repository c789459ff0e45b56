package io.github.osceparser.parser.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.osceparser.parser.OsceParseException;
import org.junit.jupiter.api.Test;

/** What page text the pipeline refuses before extracting: nothing at all, or only separator lines. */
class PageParserTest {
    private static final PageParser PARSER = new PageParser(false, 1_000_000);

    private static OsceParseException refusal(String text) {
        OsceParseException e = catchThrowableOfType(() -> PARSER.parseText(text), OsceParseException.class);
        assertThat(e).as(text).isNotNull();
        return e;
    }

    @Test
    void refusesAPageOfOnlySeparatorsCountingThem() {
        OsceParseException e = refusal("--\n* * *\n  —  \n");

        assertThat(e.getMessage())
                .isEqualTo("line 1: the page holds no text, only 3 separator lines of marks such as '-'");
        assertThat(e.line()).hasValue(1);
    }

    @Test
    void namesTheFirstSeparatorsLineAfterBlankLines() {
        OsceParseException e = refusal("\n  \n--\n\n* * *\n");

        assertThat(e.getMessage())
                .isEqualTo("line 3: the page holds no text, only 2 separator lines of marks such as '-'");
        assertThat(e.line()).hasValue(3);
    }

    @Test
    void saysOneSeparatorLineInTheSingular() {
        assertThat(refusal("***\n").getMessage())
                .isEqualTo("line 1: the page holds no text, only 1 separator line of marks such as '-'");
    }

    @Test
    void refusesAnEmptyOrBlankPageAsEmpty() {
        assertThat(refusal("").getMessage()).isEqualTo("the page is empty: it holds no text");
        assertThat(refusal(" \n\t\n").getMessage()).isEqualTo("the page is empty: it holds no text");
    }

    @Test
    void takesAPageWhoseSeparatorsStandBetweenText() {
        assertThat(PARSER.parseText("Title of the page\n\n* * *\n\nA paragraph of the body.\n")
                        .title())
                .isEqualTo("Title of the page");
    }

    @Test
    void refusesAPageOverTheLimitOfCharacters() {
        OsceParseException e =
                catchThrowableOfType(() -> new PageParser(false, 5).parseText("Title\n"), OsceParseException.class);

        assertThat(e.getMessage())
                .startsWith("the page is 6 characters long, over the limit of 5; raise it with"
                        + " OsceParser.builder().maxInputLength(...)");
    }
}
