package io.github.osceparser.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.StructureRef;
import io.github.osceparser.parser.OsceParser;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A metadata label whose value the saved text lost must stay empty: the line after it is the body,
 * not the value. Found by {@link FixtureVariationsTest}, which removes value lines from the fixture
 * pages; these are the smallest pages that show it, in both renderings of the metadata.
 */
class MissingMetadataValueTest {
    private static final OsceParser PARSER = OsceParser.create();

    @Test
    void unbulletedLabelWithoutValueLeavesTheFirstParagraphInTheBody() {
        String text = """
                Press release

                Head of Mission visits schools in Bender

                Date:
                Place:
                BENDER
                Source:
                OSCE Mission to Moldova
                Fields of work:
                BENDER, 9 September 2004 - The Head of Mission visited two schools in Bender today.

                Teachers asked for help with renting premises.
                """;

        PressRelease release = (PressRelease) PARSER.parse(text);

        assertThat(release.fieldsOfWork()).isEmpty();
        assertThat(release.otherFieldsOfWork()).isEmpty();
        assertThat(release.paragraphs())
                .containsExactly(
                        "The Head of Mission visited two schools in Bender today.",
                        "Teachers asked for help with renting premises.");
        assertThat(release.date()).isEqualTo(LocalDate.of(2004, 9, 9));
        assertThat(release.dateSource()).isEqualTo(DateSource.DATELINE);
        assertThat(release.diagnostics())
                .filteredOn(d -> d.kind() == Diagnostic.Kind.EMPTY_FIELD)
                .extracting(Diagnostic::line)
                .containsExactly(5, 10);
        assertThat(release.diagnostics()).noneMatch(d -> d.kind() == Diagnostic.Kind.UNKNOWN_LABEL);
    }

    @Test
    void bulletedLabelWithoutValueLeavesTheFirstParagraphInTheBody() {
        String text = """
                Press release
                Head of Mission visits schools in Bender
                - Source:
                - OSCE Mission to Moldova
                - Fields of work:
                BENDER, 9 September 2004 - The Head of Mission visited two schools in Bender today.
                """;

        PressRelease release = (PressRelease) PARSER.parse(text);

        assertThat(release.sources())
                .containsExactly(new StructureRef("OSCE Mission to Moldova", "mission-to-moldova", false));
        assertThat(release.fieldsOfWork()).isEmpty();
        assertThat(release.paragraphs()).containsExactly("The Head of Mission visited two schools in Bender today.");
        assertThat(release.diagnostics())
                .extracting(Diagnostic::line, Diagnostic::kind)
                .containsExactly(Tuple.tuple(5, Diagnostic.Kind.EMPTY_FIELD));
    }
}
