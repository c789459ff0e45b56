package io.github.osceparser.parser.internal.extract;

import static io.github.osceparser.parser.internal.extract.TestContent.content;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PageType;
import io.github.osceparser.model.PressRelease;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PressReleaseExtractorTest {
    private final PressReleaseExtractor extractor = new PressReleaseExtractor();

    @Test
    void recognizesATitleAndADatelineAlone() {
        assertThat(extractor.recognizes(content("Experts meet", "VIENNA, 21 May 2010 - Policing experts met today.")))
                .isTrue();
        assertThat(extractor.recognizes(content("Experts meet"))).isFalse();
        assertThat(extractor.recognizes(content("Experts meet", "Policing experts met today.")))
                .isFalse();
    }

    @Test
    void givesAPageOfOnlyAKindLineToTheGenericExtractor() {
        OscePage onlyKind = extractor.extract(content("Press release"));
        OscePage kindAndNewsroom = extractor.extract(content("Press release", "Newsroom"));

        assertThat(onlyKind).isInstanceOf(GenericPage.class);
        assertThat(onlyKind.title()).isEqualTo("Press release");
        assertThat(kindAndNewsroom).isInstanceOf(GenericPage.class);
        assertThat(kindAndNewsroom.diagnostics())
                .contains(new Diagnostic(2, Diagnostic.Kind.SKIPPED, "'Newsroom' is site furniture"));
    }

    @Test
    void keepsUnknownFieldsOfWorkAsWritten() {
        PressRelease page = (PressRelease) extractor.extract(content(
                "Press release",
                "Police school opens",
                "- Date:",
                "- 21 May 2010",
                "- Fields of work:",
                "- Policing, Underwater cartography, ",
                "The school opened today."));

        assertThat(page.type()).isEqualTo(PageType.PRESS_RELEASE);
        assertThat(page.date()).isEqualTo(LocalDate.of(2010, 5, 21));
        assertThat(page.fieldsOfWork()).containsExactly(FieldOfWork.POLICING);
        assertThat(page.otherFieldsOfWork()).containsExactly("Underwater cartography");
        assertThat(page.paragraphs()).containsExactly("The school opened today.");
        assertThat(page.diagnostics())
                .containsExactly(new Diagnostic(
                        6,
                        Diagnostic.Kind.UNKNOWN_LABEL,
                        "unknown field of work 'Underwater cartography' kept as written"));
    }
}
