package io.github.osceparser.apitests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.Section;
import io.github.osceparser.model.StructureRef;
import io.github.osceparser.parser.OsceJson;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.OsceParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parser as a user's code sees it: only the public API, from a package of its own (as jwarc's
 * {@code apitests} do).
 */
class PublicApiTest {
    private static final String RELEASE = String.join(
            "\n",
            "Press release",
            "OSCE Mission opens a new office",
            "- Date:",
            "- 4 March 2004",
            "- Source:",
            "- OSCE Mission to Moldova",
            "TIRASPOL, 4 March 2004 - The OSCE Mission opened an office today.");

    @Test
    void parsesTextIntoATypedRecord() {
        OscePage page = OsceParser.create().parse(RELEASE);

        assertThat(page).isInstanceOfSatisfying(PressRelease.class, release -> {
            assertThat(release.date()).isEqualTo(LocalDate.of(2004, 3, 4));
            assertThat(release.place()).isEqualTo("Tiraspol");
            assertThat(release.sources())
                    .containsExactly(new StructureRef("OSCE Mission to Moldova", "mission-to-moldova", false));
            assertThat(release.paragraphs()).containsExactly("The OSCE Mission opened an office today.");
            assertThat(release.site()).isNull();
        });
    }

    @Test
    void rejectsNullWithTheParametersName() {
        assertThatNullPointerException()
                .isThrownBy(() -> OsceParser.create().parse((String) null))
                .withMessage("text");
        assertThatNullPointerException()
                .isThrownBy(() -> OsceParser.create().parse((Path) null))
                .withMessage("file");
        assertThatNullPointerException()
                .isThrownBy(() -> OsceJson.create().fromJson(null))
                .withMessage("json");
    }

    @Test
    void rejectsEmptyAndBlankText() {
        for (String text : new String[] {"", "   ", "\n\n\r\n", "\uFEFF"}) {
            assertThatThrownBy(() -> OsceParser.create().parse(text))
                    .isInstanceOf(OsceParseException.class)
                    .hasMessageContaining("empty");
        }
    }

    @Test
    void rejectsAMenuWithoutContentNamingTheLastLine() {
        assertThatThrownBy(() -> OsceParser.create().parse("-\nCountries\n- Albania\n- Andorra\n"))
                .isInstanceOfSatisfying(
                        OsceParseException.class, e -> assertThat(e.line()).hasValue(4))
                .hasMessageContaining("no content");
    }

    @Test
    void rejectsTextOverTheLimitAndSaysHowToRaiseIt() {
        OsceParser parser = OsceParser.builder().maxInputLength(10).build();

        assertThatThrownBy(() -> parser.parse("A title that is too long"))
                .isInstanceOf(OsceParseException.class)
                .hasMessageContaining("limit of 10")
                .hasMessageContaining("maxInputLength");
        assertThatThrownBy(() -> OsceParser.builder().maxInputLength(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesAGenericPageForTextItCannotClassify() {
        OscePage page = OsceParser.create().parse("Some heading\n- Notes:\nA line.");

        assertThat(page).isInstanceOf(GenericPage.class);
        assertThat(page.title()).isEqualTo("Some heading");
        assertThat(((GenericPage) page).sections())
                .as("a paragraph after a list opens a section without a heading")
                .containsExactly(
                        new Section(null, List.of(), List.of("Notes:"), List.of()),
                        new Section(null, List.of("A line."), List.of(), List.of()));
    }

    @Test
    void strictParsingRejectsContentItCouldNotPlace() {
        String text =
                "Listing\nFirst entry\nPublishing date: 1 May 2020\nContent type: News\nPublishing date: 2 May 2020";
        OscePage lenient = OsceParser.create().parse(text);
        assertThat(lenient.diagnostics()).isEmpty();

        String unplaced = "Publications\nPublishing date: 1 May 2020\nContent type: News\nTitle\nPublishing date: x";
        assertThat(OsceParser.create().parse(unplaced).diagnostics())
                .extracting(Diagnostic::kind)
                .contains(Diagnostic.Kind.UNPLACED);
        assertThatThrownBy(() -> OsceParser.builder().strict(true).build().parse(unplaced))
                .isInstanceOfSatisfying(
                        OsceParseException.class, e -> assertThat(e.line()).hasValue(2))
                .hasMessageContaining("strict");
    }

    @Test
    void readsFilesAsUtf8WithoutTheirByteOrderMark(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("page.txt");
        Files.write(file, ("\uFEFF" + RELEASE).getBytes(StandardCharsets.UTF_8));

        assertThat(OsceParser.create().parse(file))
                .isEqualTo(OsceParser.create().parse(RELEASE));
    }

    @Test
    void rejectsAFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "Caf\u00e9 title\nA paragraph.".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> OsceParser.create().parse(file))
                .isInstanceOf(OsceParseException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void roundTripsThroughJsonWithLeadingFieldsFirst() {
        OsceJson json = OsceJson.create();
        OscePage page = OsceParser.create().parse(RELEASE);

        String text = json.toJson(page, java.util.Map.of("file", "a.txt"));

        assertThat(text).startsWith("{\"file\":\"a.txt\",\"type\":\"press-release\"");
        assertThat(text).doesNotContain("null");
        assertThat(json.fromJson(text)).isEqualTo(page);
    }
}
