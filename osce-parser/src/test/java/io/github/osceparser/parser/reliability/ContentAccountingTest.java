package io.github.osceparser.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.OsceParser;
import io.github.osceparser.parser.internal.html.HtmlReader;
import io.github.osceparser.parser.internal.site.MenuGroup;
import io.github.osceparser.parser.reliability.LineAccounting.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No line of content is silently lost, and none is kept twice: on every fixture page, in every
 * format, each unit of the input is accounted for exactly once, by the record value it is, the
 * record field it stands for, or the diagnostic that names it ({@link LineAccounting} holds the
 * rules). Values are compared exactly, after white space is normalised; nothing is matched by a
 * substring of the record.
 *
 * <p>The units: for page text, every non-blank line, the menu's lines included (read by {@link
 * PageLines}, the documented menu rule, not by the parser's splitter). For HTML, every block the
 * HTML front end yields and every menu group and entry it reads: what the front end leaves out as
 * navigation, header, footer, sidebar or banner never reaches the extractors, and is checked by
 * the HTML tests comparing the record with the page's text ({@code HtmlPagePairTest}, {@code
 * HtmlFamilyPairTest}); "visible text" lines would have to be re-derived from the markup by a
 * second reader of HTML, which would test that reader rather than the parser.
 */
class ContentAccountingTest {
    private static final OsceParser PARSER = OsceParser.create();
    private static final String BASE = "https://www.osce.org/";

    static List<Path> textPages() throws IOException, URISyntaxException {
        return files(".txt", "/pages", "/pages-round2");
    }

    static List<Path> htmlPages() throws IOException, URISyntaxException {
        return files(".html", "/pages", "/pages-html", "/pages-html-broken");
    }

    @Test
    void findsThePagesOfEveryFormat() throws Exception {
        assertThat(textPages()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(htmlPages()).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textPages")
    void accountsForEveryLineOfPageTextOnce(Path file) throws IOException {
        String text = Files.readString(file);
        OscePage page = PARSER.parse(text);
        PageLines lines = PageLines.of(text);
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < lines.lines().size(); i++) {
            units.add(new Unit(i + 1, lines.lines().get(i), i < lines.firstContentLine()));
        }
        assertAccounted(file, page, units);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("htmlPages")
    void accountsForEveryBlockOfHtmlOnce(Path file) throws IOException {
        OscePage page;
        HtmlReader.HtmlContent html;
        try (InputStream in = Files.newInputStream(file);
                InputStream again = Files.newInputStream(file)) {
            page = PARSER.parseHtml(in, null, BASE);
            html = HtmlReader.read(again, null, BASE, PARSER.maxInputLength());
        } catch (OsceParseException refused) {
            return; // a refused page has no record to account for; BrokenHtmlTest says which are refused
        }
        List<Unit> units = new ArrayList<>();
        for (MenuGroup group : html.menu()) {
            units.add(new Unit(0, group.heading(), true));
            group.entries().forEach(entry -> units.add(new Unit(0, "- " + entry, true)));
        }
        html.blocks().forEach(block -> units.add(new Unit(block.line(), block.text(), false)));
        assertAccounted(file, page, units);
    }

    private static void assertAccounted(Path file, OscePage page, List<Unit> units) {
        LineAccounting.Result result = new LineAccounting(page).account(units);
        if (Boolean.getBoolean("accounting.print")) { // -Daccounting.print=true shows every unit's account
            System.out.println("== " + file);
            result.accounts()
                    .forEach((unit, account) ->
                            System.out.println(unit.line() + " " + unit.text() + "\n    -> " + account));
            result.unclaimed().forEach(leaf -> System.out.println("UNCLAIMED " + leaf));
        }
        assertThat(result.lost())
                .as("units of %s neither in the record nor named by a diagnostic", file)
                .isEmpty();
        assertThat(result.twice()).as("units of %s accounted for twice", file).isEmpty();
    }

    private static List<Path> files(String extension, String... roots) throws IOException, URISyntaxException {
        List<Path> files = new ArrayList<>();
        for (String root : roots) {
            Path folder = Path.of(ContentAccountingTest.class.getResource(root).toURI());
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(p -> p.toString().endsWith(extension)).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
