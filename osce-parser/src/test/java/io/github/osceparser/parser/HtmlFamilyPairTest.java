package io.github.osceparser.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.Listing;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of every markup family in {@code pages-html/<family>/} against the hand-checked golden
 * record of the same page's text in {@code pages/}: the same record, apart from what only the
 * markup carries (link targets, photos, the exact time, a date the text could only infer). A
 * family without navigation (the reader view) has no site snapshot; furniture that the text
 * printed and the markup marks as such (an older site's menu entries, "Newsroom") may go without
 * the text's "skipped" diagnostic.
 */
class HtmlFamilyPairTest {
    private static final OsceParser PARSER = OsceParser.create();
    private static final OsceJson JSON = OsceJson.create();
    private static final Set<DateSource> MARKUP_SOURCES =
            EnumSet.of(DateSource.TIME_ELEMENT, DateSource.META_TAG, DateSource.JSON_LD);
    /** Families whose pages were saved without the site's navigation. */
    private static final Set<String> WITHOUT_NAVIGATION = Set.of("reader");

    static Path root() throws URISyntaxException {
        return Path.of(HtmlFamilyPairTest.class.getResource("/pages-html").toURI());
    }

    static List<Path> pages() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static String family(Path page) throws URISyntaxException {
        return root().relativize(page).getName(0).toString();
    }

    private static Path golden(Path page) throws URISyntaxException {
        Path relative = root().relativize(page);
        Path pages = root().resolveSibling("pages");
        return pages.resolve(
                relative.subpath(1, relative.getNameCount()).toString().replaceAll("\\.html$", ".json"));
    }

    static OscePage parseHtml(Path page) throws IOException {
        try (InputStream in = Files.newInputStream(page)) {
            return PARSER.parseHtml(in, null, "https://www.osce.org/");
        }
    }

    @Test
    void everyFamilyRendersTheFiveOriginalPagesAndFiveMore() throws Exception {
        List<String> names = new ArrayList<>();
        for (Path page : pages()) {
            names.add(root().relativize(page).toString().replace('\\', '/'));
        }
        for (String family : List.of("drupal", "cms", "reader")) {
            assertThat(names)
                    .as("pages of the %s family", family)
                    .contains(
                            family + "/en/field-of-work-policing.html",
                            family + "/en/news-item-2013-policing-experts.html",
                            family + "/it/field-of-work-ordine-pubblico.html",
                            family + "/en/press-release-2010-police-experts-meeting.html",
                            family + "/en/press-release-2016-un-chiefs-of-police.html",
                            family + "/en/listing-news-press-releases-skopje-2004.html",
                            family + "/en/mission-montenegro-older-menu.html",
                            family + "/en/press-release-2005-newsroom-sarajevo-journalism-students.html",
                            family + "/fr/press-release-2011-police-de-proximite.html",
                            family + "/de/press-release-2018-ausbildung-grenzpolizei.html");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void givesTheGoldenRecordOfThePageTextApartFromWhatOnlyTheMarkupSays(Path page) throws Exception {
        Path golden = golden(page);
        assertThat(golden).as("golden record of %s", page).exists();
        OscePage expected = JSON.fromJson(Files.readString(golden, StandardCharsets.UTF_8));
        OscePage actual = parseHtml(page);

        boolean markupDated = actual instanceof PressRelease release && MARKUP_SOURCES.contains(release.dateSource());
        if (markupDated) {
            // The markup may only replace a date the text did not state.
            assertThat(((PressRelease) expected).dateSource())
                    .as("date source of %s", golden.getFileName())
                    .isIn(DateSource.TEXT, null);
        }
        boolean navigation = !WITHOUT_NAVIGATION.contains(family(page));
        if (!navigation) {
            assertThat(actual.site())
                    .as("site of %s, saved without navigation", page)
                    .isNull();
        }
        List<Diagnostic> skipped = skipped(actual);
        if (!skipped.isEmpty()) {
            assertThat(skipped(expected)).as("skipped diagnostics of %s", page).containsSubsequence(skipped);
        }
        assertThat(comparable(actual, markupDated, navigation))
                .as("%s compared with %s", page, golden)
                .isEqualTo(comparable(expected, markupDated, navigation));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void linksEveryCardAndEntryToTheAbsoluteAddressItsMarkupGives(Path page) throws Exception {
        List<String> urls = new ArrayList<>();
        OscePage record = parseHtml(page);
        if (record instanceof FieldOfWorkPage field) {
            field.missions().forEach(m -> urls.add(m.url()));
            field.resources().forEach(r -> urls.add(r.url()));
        } else if (record instanceof Listing listing) {
            listing.entries().forEach(e -> urls.add(e.url()));
        }
        assertThat(urls)
                .as("links of the cards and entries of %s", page)
                .allSatisfy(url ->
                        assertThat(url).startsWith("https://www.osce.org/").isNotEqualTo("https://www.osce.org/"));
    }

    /** The record as compared: no markup-only values; the site only when the page had navigation; no skipped furniture. */
    private static OscePage comparable(OscePage page, boolean dropDate, boolean navigation) {
        OscePage stripped = MarkupOnlyFacts.withoutMarkupOnly(page, dropDate);
        List<Diagnostic> kept = stripped.diagnostics().stream()
                .filter(d -> d.kind() != Diagnostic.Kind.SKIPPED)
                .toList();
        return MarkupOnlyFacts.with(stripped, dropDate, navigation ? stripped.site() : null, kept);
    }

    private static List<Diagnostic> skipped(OscePage page) {
        return page.diagnostics().stream()
                .filter(d -> d.kind() == Diagnostic.Kind.SKIPPED)
                .map(d -> new Diagnostic(1, d.kind(), d.message()))
                .toList();
    }
}
