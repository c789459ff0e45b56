package io.github.osceparser.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The broken HTML under {@code src/test/resources/pages-html-broken} (see the README there): each
 * file gives a page or {@link OsceParseException}, never another exception, and the pages are what
 * a reader of the file in a browser would expect.
 */
class BrokenHtmlTest {
    private static final OsceParser PARSER = OsceParser.create();

    static List<Path> files() throws IOException, URISyntaxException {
        Path root =
                Path.of(BrokenHtmlTest.class.getResource("/pages-html-broken").toURI());
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static OscePage parse(String name) throws IOException, URISyntaxException {
        Path file = Path.of(
                BrokenHtmlTest.class.getResource("/pages-html-broken/" + name).toURI());
        try (InputStream in = Files.newInputStream(file)) {
            return PARSER.parseHtml(in, null, "https://www.osce.org/broken/" + name);
        }
    }

    @Test
    void findsTheBrokenPages() throws Exception {
        assertThat(files()).hasSizeGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void givesPageOrOurException(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            OscePage page = PARSER.parseHtml(new java.io.ByteArrayInputStream(bytes), null, "");
            assertThat(page.title()).isNotBlank();
            assertThat(PARSER.parseHtml(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), null))
                    .as("the same file read as a string")
                    .isNotNull();
        } catch (OsceParseException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Test
    void keepsBlocksAnUnclosedHeadingSwallows() throws Exception {
        PressRelease page = (PressRelease) parse("unclosed-tags.html");

        assertThat(page.title()).isEqualTo("Training course on community policing ends in Skopje");
        assertThat(page.date()).isEqualTo(LocalDate.of(2019, 3, 12));
        assertThat(page.dateSource()).isEqualTo(DateSource.METADATA);
        assertThat(page.place()).isEqualTo("Skopje");
        assertThat(page.fieldsOfWork()).containsExactly(FieldOfWork.POLICING);
        assertThat(page.paragraphs())
                .containsExactly(
                        "A two-week course for police officers on working with local communities ended today.",
                        "Twenty officers from five municipalities took part. They practised problem-solving with"
                                + " residents and joint patrol planning.",
                        "“Trust is built one street at a time,” said a course trainer.",
                        "Module one covered communication",
                        "Module two covered crime prevention");
    }

    @Test
    void takesTitleFromTheHeadOfAPageWithoutBodyOrHeading() throws Exception {
        FieldOfWorkPage page = (FieldOfWorkPage) parse("no-body.html");

        assertThat(page.title()).isEqualTo("Border management");
        assertThat(page.fieldOfWork()).isEqualTo(FieldOfWork.BORDER_MANAGEMENT);
        assertThat(page.summary()).isEqualTo("Open and secure borders help trade and travel while keeping crime out.");
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void decodesEntitiesAndCleansTextAsThePagePipelineDoes() throws Exception {
        GenericPage page = (GenericPage) parse("entities.html");

        assertThat(page.title()).isEqualTo("Co\u2011operation & dialogue in Prishtinë/Priština");
        assertThat(page.sections().get(0).paragraphs())
                .containsExactly(
                        "Café talks between “youth groups” – and their mentors — went on.",
                        "Broken: AT&T, &bogus; © 2020, <b> stays text, 3 < 4 > 2.",
                        "Zerowidth and soft\u00ADhyphen and tab inside.");
    }

    @Test
    void readsWindows1252PageDeclaredInMetaTag() throws Exception {
        assertKosovoPageReadRight((PressRelease) parse("windows-1252-meta.html"));
    }

    @Test
    void readsPageLabelledIso88591AsWindows1252LikeBrowsers() throws Exception {
        assertKosovoPageReadRight((PressRelease) parse("iso-8859-1-label.html"));
    }

    @Test
    void readsUndeclaredPageThatIsNotUtf8AsWindows1252() throws Exception {
        assertKosovoPageReadRight((PressRelease) parse("undeclared-windows-1252.html"));
    }

    private static void assertKosovoPageReadRight(PressRelease page) {
        assertThat(page.place()).isEqualTo("Prishtinë/Priština");
        assertThat(page.paragraphs())
                .containsExactly(
                        "The Mission’s “community safety” project reached its fifth municipality.",
                        "Residents of Gjilan/Gnjilane and Štrpce/Shtërpcë met local police – a first for both towns.",
                        "Costs were about €12,000; the café meetings are open to everyone.");
    }

    @Test
    void readsFragmentAsGenericPage() throws Exception {
        GenericPage page = (GenericPage) parse("fragment-only.html");

        assertThat(page.title())
                .isEqualTo("The workshop brought together prosecutors and police investigators from the region.");
        assertThat(page.sections()).hasSize(1);
        assertThat(page.sections().get(0).paragraphs())
                .containsExactly("Participants compared how they trace the proceeds of crime across borders.");
        assertThat(page.sections().get(0).items()).containsExactly("financial investigations", "asset recovery");
        assertThat(page.site()).isNull();
    }

    @Test
    void ignoresEverythingAfterAnUnterminatedComment() throws Exception {
        GenericPage page = (GenericPage) parse("unterminated-comment.html");

        assertThat(page.title()).isEqualTo("Election observation report published");
        assertThat(page.sections().get(0).paragraphs())
                .containsExactly("The final report of the observation mission was published today.");
    }

    @Test
    void refusesEmptyFile() {
        assertThatThrownBy(() -> parse("empty.html"))
                .isInstanceOf(OsceParseException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void refusesPageWithMenuButNoContent() {
        assertThatThrownBy(() -> parse("only-furniture.html"))
                .isInstanceOf(OsceParseException.class)
                .hasMessage("the HTML page has a navigation menu but no content");
    }

    @Test
    void makesPageOfGarbage() throws Exception {
        OscePage page = parse("garbage.html");

        assertThat(page).isInstanceOf(GenericPage.class);
        // a line of marks alone ("<<<>>> &&&") is no title, as a separator is not: the first text with words is
        assertThat(page.title()).isEqualTo("> text");
        assertThat(page.diagnostics().get(0).message()).isEqualTo("'<<<>>> &&&' is a separator above the title");
    }
}
