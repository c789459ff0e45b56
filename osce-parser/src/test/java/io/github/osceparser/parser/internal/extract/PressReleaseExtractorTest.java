package io.github.osceparser.parser.internal.extract;

import static io.github.osceparser.parser.internal.extract.TestContent.content;
import static io.github.osceparser.parser.internal.extract.TestContent.page;
import static io.github.osceparser.parser.internal.extract.TestContent.takes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.PageType;
import io.github.osceparser.model.PressRelease;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PressReleaseExtractorTest {
    private final PressReleaseExtractor extractor = new PressReleaseExtractor();

    @Test
    void recognizesATitleAndADatelineAlone() {
        assertThat(takes(extractor, content("Experts meet", "VIENNA, 21 May 2010 - Policing experts met today.")))
                .isTrue();
        assertThat(takes(extractor, content("Experts meet"))).isFalse();
        assertThat(takes(extractor, content("Experts meet", "Policing experts met today.")))
                .isFalse();
    }

    @Test
    void declinesAPageOfOnlyAKindLineSoTheGenericPageTakesItWhole() {
        assertThat(takes(extractor, content("Press release"))).isFalse();
        assertThat(takes(extractor, content("Press release", "Newsroom"))).isFalse();
        assertThat(takes(extractor, content("Press release", "- Date:"))).isFalse();
    }

    @Test
    void keepsUnknownFieldsOfWorkAsWritten() {
        PressRelease page = (PressRelease) page(
                extractor,
                content(
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
