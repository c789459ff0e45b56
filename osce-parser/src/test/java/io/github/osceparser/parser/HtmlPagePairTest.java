package io.github.osceparser.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.Image;
import io.github.osceparser.model.Link;
import io.github.osceparser.model.Listing;
import io.github.osceparser.model.ListingEntry;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.MissionPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every HTML fixture page against the text fixture of the same page beside it: both must give the
 * same record, apart from what only the markup carries (link targets, photos, the exact time of
 * publication, a date the text could only infer, and diagnostics' line numbers), which is checked
 * here too.
 */
class HtmlPagePairTest {
    private static final OsceParser PARSER = OsceParser.create();
    private static final String BASE = "https://www.osce.org/fixtures/page";
    private static final Set<DateSource> MARKUP_SOURCES =
            EnumSet.of(DateSource.TIME_ELEMENT, DateSource.META_TAG, DateSource.JSON_LD);

    static List<Path> htmlPages() throws IOException, URISyntaxException {
        Path root = Path.of(HtmlPagePairTest.class.getResource("/pages").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static OscePage parseHtml(Path page) throws IOException {
        try (InputStream in = Files.newInputStream(page)) {
            return PARSER.parseHtml(in, null, BASE);
        }
    }

    @Test
    void findsAnHtmlRenderingOfTheFiveOriginalPages() throws Exception {
        assertThat(htmlPages())
                .extracting(p -> p.getParent().getFileName() + "/" + p.getFileName())
                .contains(
                        "en/field-of-work-policing.html",
                        "en/news-item-2013-policing-experts.html",
                        "en/press-release-2010-police-experts-meeting.html",
                        "en/press-release-2016-un-chiefs-of-police.html",
                        "it/field-of-work-ordine-pubblico.html");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("htmlPages")
    void givesTheRecordTheTextGivesApartFromWhatOnlyTheMarkupSays(Path page) throws IOException {
        Path textPage = Path.of(page.toString().replaceAll("\\.html$", ".txt"));
        assertThat(textPage).as("text rendering beside %s", page).exists();
        OscePage fromText = PARSER.parse(textPage);
        OscePage fromHtml = parseHtml(page);

        boolean markupDated = fromHtml instanceof PressRelease release && MARKUP_SOURCES.contains(release.dateSource());
        if (markupDated) {
            // The markup may only replace a date the text did not state.
            assertThat(((PressRelease) fromText).dateSource())
                    .as("date source of %s", textPage.getFileName())
                    .isIn(DateSource.TEXT, null);
        }
        assertThat(MarkupOnlyFacts.withoutMarkupOnly(fromHtml, markupDated))
                .as("%s compared with %s", page.getFileName(), textPage.getFileName())
                .isEqualTo(MarkupOnlyFacts.withoutMarkupOnly(fromText, markupDated));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("htmlPages")
    void pointsDiagnosticsAtTheHtmlLinesTheyConcern(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        for (Diagnostic diagnostic : parseHtml(page).diagnostics()) {
            String quoted = quotedText(diagnostic.message());
            assertThat(diagnostic.line())
                    .as("%s: %s", page.getFileName(), diagnostic)
                    .isBetween(1, lines.size());
            String line = Parser.unescapeEntities(lines.get(diagnostic.line() - 1), false);
            assertThat(line)
                    .as("%s line %d for %s", page.getFileName(), diagnostic.line(), diagnostic)
                    .contains(quoted);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("htmlPages")
    void givesOnlyAbsoluteUrls(Path page) throws IOException {
        for (String url : urls(parseHtml(page))) {
            assertThat(url).as("%s", page.getFileName()).startsWith("https://");
        }
    }

    /** The words a diagnostic quotes, without the excerpt's "..." and a label's colon. */
    private static String quotedText(String message) {
        int open = message.indexOf('\'');
        int close = message.indexOf('\'', open + 1);
        assertThat(open).as("a quotation in '%s'", message).isGreaterThanOrEqualTo(0);
        String quoted = message.substring(open + 1, close);
        if (quoted.endsWith("...")) {
            quoted = quoted.substring(0, quoted.length() - 3);
        }
        if (quoted.endsWith(":")) {
            quoted = quoted.substring(0, quoted.length() - 1);
        }
        return quoted.length() > 30 ? quoted.substring(0, 30) : quoted;
    }

    private static List<String> urls(OscePage page) {
        List<String> urls = new ArrayList<>();
        if (page instanceof PressRelease p) {
            p.images().stream().map(Image::url).filter(u -> u != null).forEach(urls::add);
            p.readMore().stream().map(Link::url).forEach(urls::add);
        } else if (page instanceof FieldOfWorkPage f) {
            f.missions().stream().map(Mission::url).filter(u -> u != null).forEach(urls::add);
            f.resources().stream().map(Resource::url).filter(u -> u != null).forEach(urls::add);
        } else if (page instanceof MissionPage m && m.mission().url() != null) {
            urls.add(m.mission().url());
        } else if (page instanceof Listing l) {
            l.entries().stream().map(ListingEntry::url).filter(u -> u != null).forEach(urls::add);
        }
        return urls;
    }
}
