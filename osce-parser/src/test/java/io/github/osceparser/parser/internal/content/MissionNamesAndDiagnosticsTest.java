package io.github.osceparser.parser.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.MissionKind;
import org.junit.jupiter.api.Test;

class MissionNamesAndDiagnosticsTest {
    @Test
    void readsKindAndPlaceAfterInToOrFor() {
        assertThat(MissionNames.parse("OSCE Mission to Skopje"))
                .isEqualTo(new MissionNames.Parsed(MissionKind.MISSION, "Skopje"));
        assertThat(MissionNames.parse("Programme Office in Dushanbe"))
                .isEqualTo(new MissionNames.Parsed(MissionKind.PROGRAMME_OFFICE, "Dushanbe"));
        assertThat(MissionNames.parse("Special Monitoring Mission to Ukraine"))
                .isEqualTo(new MissionNames.Parsed(MissionKind.SPECIAL_MONITORING_MISSION, "Ukraine"));
        assertThat(MissionNames.parse("Project Co-ordinator FOR Ukraine"))
                .isEqualTo(new MissionNames.Parsed(MissionKind.PROJECT_CO_ORDINATOR, "Ukraine"));
    }

    @Test
    void readsNoOtherWordsBeforeThePlace() {
        assertThat(MissionNames.parse("Mission of Skopje")).isNull();
        assertThat(MissionNames.parse("Mission Skopje")).isNull();
        assertThat(MissionNames.parse("Mission to skopje")).isNull();
        assertThat(MissionNames.parse("Mission to ")).isNull();
        assertThat(MissionNames.parse("Human rights")).isNull();
    }

    @Test
    void quotesAtMostSixtyCharacters() {
        String sixty = "x".repeat(60);

        assertThat(Diagnostics.excerpt(sixty)).isEqualTo(sixty);
        assertThat(Diagnostics.excerpt(sixty + "y")).isEqualTo("x".repeat(57) + "...");
    }
}
