package io.github.osceparser.parser.internal.extract;

import static io.github.osceparser.parser.internal.extract.TestContent.content;
import static io.github.osceparser.parser.internal.extract.TestContent.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.Resource;
import io.github.osceparser.model.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldOfWorkAndGenericExtractorTest {

    @Test
    void aMissionCardJustBeforeTheResourcesHasNoSummary() {
        FieldOfWorkPage page = (FieldOfWorkPage) page(
                new FieldOfWorkExtractor(),
                content(
                        "Policing",
                        "Police work matters to everyone.",
                        "Mission to Skopje",
                        "Mission to Skopje",
                        "Projects",
                        "Initiatives funded by the unit"));

        assertThat(page.fieldOfWork()).isEqualTo(FieldOfWork.POLICING);
        assertThat(page.summary()).isEqualTo("Police work matters to everyone.");
        assertThat(page.missions())
                .extracting(Mission::name, Mission::summary)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mission to Skopje", null));
        assertThat(page.resources()).containsExactly(new Resource("Projects", "Initiatives funded by the unit", null));
        assertThat(page.sections()).isEmpty();
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void aMissionCardAtTheEndHasNoSummary() {
        FieldOfWorkPage page = (FieldOfWorkPage) page(
                new FieldOfWorkExtractor(),
                content("Policing", "Police work matters to everyone.", "Mission to Skopje", "Mission to Skopje"));

        assertThat(page.missions()).extracting(Mission::summary).containsExactly((String) null);
        assertThat(page.resources()).isEmpty();
    }

    @Test
    void resourcesMayFollowTheTitleAtOnce() {
        FieldOfWorkPage page = (FieldOfWorkPage) page(
                new FieldOfWorkExtractor(),
                content(
                        "Policing",
                        "Projects",
                        "Initiatives funded by the unit",
                        "Publications",
                        "Reports and guides"));

        assertThat(page.summary()).isNull();
        assertThat(page.resources())
                .containsExactly(
                        new Resource("Projects", "Initiatives funded by the unit", null),
                        new Resource("Publications", "Reports and guides", null));
        assertThat(page.sections()).isEmpty();
    }

    @Test
    void takesTheFirstHeadingAsTheTitleOfATextThatStartsMidSentence() {
        GenericPage page = (GenericPage) page(
                new GenericPageExtractor(),
                content("of the meeting, the delegates agreed.", "Conference on security", "It met in Vienna."));

        assertThat(page.title()).isEqualTo("Conference on security");
        assertThat(page.sections())
                .containsExactly(
                        new Section(null, List.of("of the meeting, the delegates agreed."), List.of(), List.of()),
                        new Section(null, List.of("It met in Vienna."), List.of(), List.of()));
        assertThat(page.diagnostics())
                .containsExactly(new Diagnostic(
                        1,
                        Diagnostic.Kind.INFERRED,
                        "the text starts in the middle of a sentence; took line 2 as the title"));
    }

    @Test
    void keepsTheFirstLineAsTheTitleWhenNoHeadingFollows() {
        GenericPage page = (GenericPage)
                page(new GenericPageExtractor(), content("of the meeting, the delegates agreed.", "It met in Vienna."));

        assertThat(page.title()).isEqualTo("of the meeting, the delegates agreed.");
        assertThat(page.sections())
                .containsExactly(new Section(null, List.of("It met in Vienna."), List.of(), List.of()));
        assertThat(page.diagnostics()).isEmpty();
    }
}
