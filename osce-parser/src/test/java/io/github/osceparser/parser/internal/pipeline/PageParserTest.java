package io.github.osceparser.parser.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.osceparser.parser.OsceParseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void refusesSeparatorsThatWouldReadAsAnEmptyMenu() {
        // "-" and "--" alone are the shape of a menu's items; with nothing else, they are separators
        OsceParseException e = refusal("-\n--\n* * *\n");

        assertThat(e.getMessage())
                .isEqualTo("line 1: the page holds no text, only 3 separator lines of marks such as '-'");
    }

    @Test
    void refusesAMenuFollowedOnlyBySeparators() throws Exception {
        // the site's menu of a real page (its first 151 lines), then separators in place of the content
        List<String> page = Files.readAllLines(Path.of(PageParserTest.class
                .getResource("/pages/en/news-item-2013-policing-experts.txt")
                .toURI()));
        String menu = String.join("\n", page.subList(0, 151)) + "\n";

        assertThat(refusal(menu + "\n* * *\n\n---\n").getMessage())
                .isEqualTo("line 155: the page has a navigation menu but no content after it");
    }

    @Test
    void takesNoSeparatorForTheTitle() {
        var page = PARSER.parseText("* * *\n\nTitle of the page\n\n* * *\n\nA paragraph of the body.\n");

        assertThat(page.title()).isEqualTo("Title of the page");
        assertThat(page.diagnostics().get(0).message()).isEqualTo("'* * *' is a separator above the title");
        assertThat(page.diagnostics().get(0).line()).isEqualTo(1);
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
