package io.github.osceparser.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceJson;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.OsceParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Invariants of the parser over pages generated from the fixture pages and their parts ({@link
 * GeneratedPages}), each checked on {@value #TRIES} inputs by {@link Property}: line ends and a
 * byte-order mark never change the record; shuffling the menu's entries changes at most {@code
 * site}; a page cut at any character gives a valid page or {@link OsceParseException}; every page
 * reads back from its JSON as an equal record; the HTML of a page, whole or cut, gives a page or
 * {@link OsceParseException}, never another exception. The whole class runs in a few seconds.
 */
class GeneratedPagePropertiesTest {
    private static final int TRIES = 200;
    private static final OsceParser PARSER = OsceParser.create();
    private static final OsceJson JSON = OsceJson.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void lineEndsAndAByteOrderMarkGiveTheSameRecord() {
        Property.forAll("line ends and BOM give the same record", TRIES, GeneratedPages::page, (page, random) -> {
            Object expected = outcome(() -> PARSER.parse(page.text()));
            String mixed = GeneratedPages.withMixedLineEnds(page.lines(), random);
            assertThat(outcome(() -> PARSER.parse(String.join("\r\n", page.lines()))))
                    .as("CRLF")
                    .isEqualTo(expected);
            assertThat(outcome(() -> PARSER.parse(String.join("\r", page.lines()))))
                    .as("CR")
                    .isEqualTo(expected);
            assertThat(outcome(() -> PARSER.parse(mixed))).as("mixed line ends").isEqualTo(expected);
            assertThat(outcome(() -> PARSER.parse("\uFEFF" + mixed)))
                    .as("byte-order mark, mixed line ends")
                    .isEqualTo(expected);
            byte[] bytes = ("\uFEFF" + mixed).getBytes(StandardCharsets.UTF_8);
            assertThat(outcome(() -> PARSER.parse(bytes)))
                    .as("UTF-8 bytes with a byte-order mark")
                    .isEqualTo(expected);
        });
    }

    @Test
    void shufflingTheMenusEntriesChangesOnlySite() {
        Property.forAll(
                "shuffled menu entries change only site",
                TRIES,
                random -> {
                    GeneratedPages.Page page = GeneratedPages.page(random);
                    while (page.parts().menuEntries().isEmpty()) {
                        page = GeneratedPages.page(random);
                    }
                    return page;
                },
                (page, random) -> {
                    List<String> shuffled = page.parts().withShuffledMenu(random);
                    OscePage original = PARSER.parse(page.text());
                    OscePage changed = PARSER.parse(String.join("\n", shuffled));
                    assertThat(withoutSite(changed)).isEqualTo(withoutSite(original));
                });
    }

    @Test
    void aPageCutAtAnyCharacterGivesAPageOrOurException() {
        Property.forAll(
                "a cut page gives a page or OsceParseException", TRIES, GeneratedPages::page, (page, random) -> {
                    String text = page.text();
                    String cut = text.substring(0, random.nextInt(text.length() + 1));
                    OscePage parsed;
                    try {
                        parsed = PARSER.parse(cut);
                    } catch (OsceParseException expected) {
                        return;
                    }
                    PageProperties.assertValidPage(parsed, PageProperties.lineCount(cut));
                });
    }

    @Test
    void everyPageReadsBackFromItsJson() {
        Property.forAll("fromJson(toJson(page)) equals page", TRIES, GeneratedPages::page, (page, random) -> {
            OscePage parsed = PARSER.parse(page.text());
            assertThat(JSON.fromJson(JSON.toJson(parsed))).isEqualTo(parsed);
            assertThat(JSON.fromJson(JSON.toPrettyJson(parsed))).isEqualTo(parsed);
        });
    }

    @Test
    void theHtmlOfAPageWholeOrCutGivesAPageOrOurException() throws Exception {
        List<String> fixtures = new ArrayList<>();
        for (Path file : ContentAccountingTest.htmlPages()) {
            fixtures.add(Files.readString(file, StandardCharsets.ISO_8859_1)); // any bytes read as characters
        }
        Property.forAll(
                "HTML gives a page or OsceParseException",
                TRIES,
                random -> random.nextBoolean()
                        ? GeneratedPages.html(GeneratedPages.page(random))
                        : fixtures.get(random.nextInt(fixtures.size())),
                (html, random) -> {
                    String cut = random.nextInt(3) == 0 ? html : html.substring(0, random.nextInt(html.length() + 1));
                    parsesHtmlOrRefuses(() -> PARSER.parseHtml(cut, "https://www.osce.org/"), cut);
                    byte[] bytes = cut.getBytes(StandardCharsets.UTF_8);
                    parsesHtmlOrRefuses(
                            () -> {
                                try {
                                    return PARSER.parseHtml(new ByteArrayInputStream(bytes), null, null);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            },
                            cut);
                });
    }

    private static void parsesHtmlOrRefuses(Supplier<OscePage> parse, String html) {
        OscePage page;
        try {
            page = parse.get();
        } catch (OsceParseException expected) {
            return;
        }
        PageProperties.assertValidPage(page, PageProperties.lineCount(html));
    }

    /** The record, or the exception's class and message when the input is refused. */
    private static Object outcome(Supplier<OscePage> parse) {
        try {
            return parse.get();
        } catch (OsceParseException e) {
            return "OsceParseException: " + e.getMessage();
        }
    }

    /** The record's JSON without {@code site}, read generically so that new fields count too. */
    private static JsonNode withoutSite(OscePage page) {
        ObjectNode json = (ObjectNode) MAPPER.readTree(JSON.toJson(page));
        json.remove("site");
        return json;
    }
}
