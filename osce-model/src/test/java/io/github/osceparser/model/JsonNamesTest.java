package io.github.osceparser.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names the enums have in the JSON format (README, "JSON format"), both ways. */
class JsonNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "press-release, PRESS_RELEASE",
        "news-item, NEWS_ITEM",
        "field-of-work, FIELD_OF_WORK",
        "mission, MISSION",
        "listing, LISTING",
        "page, PAGE"
    })
    void pageTypes(String json, PageType type) {
        assertThat(type.jsonName()).isEqualTo(json);
        assertThat(PageType.fromJsonName(json)).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "metadata, METADATA",
        "header, HEADER",
        "dateline, DATELINE",
        "text, TEXT",
        "time-element, TIME_ELEMENT",
        "meta-tag, META_TAG",
        "json-ld, JSON_LD"
    })
    void dateSources(String json, DateSource source) {
        assertThat(source.jsonName()).isEqualTo(json);
        assertThat(DateSource.fromJsonName(json)).isEqualTo(source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "unplaced, UNPLACED",
        "empty-field, EMPTY_FIELD",
        "conflict, CONFLICT",
        "inferred, INFERRED",
        "unknown-label, UNKNOWN_LABEL",
        "skipped, SKIPPED"
    })
    void diagnosticKinds(String json, Diagnostic.Kind kind) {
        assertThat(kind.jsonName()).isEqualTo(json);
        assertThat(Diagnostic.Kind.fromJsonName(json)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "mission, MISSION, Mission",
        "presence, PRESENCE, Presence",
        "centre, CENTRE, Centre",
        "programme-office, PROGRAMME_OFFICE, Programme Office",
        "project-co-ordinator, PROJECT_CO_ORDINATOR, Project Co-ordinator",
        "office, OFFICE, Office",
        "special-monitoring-mission, SPECIAL_MONITORING_MISSION, Special Monitoring Mission",
        "monitor-mission, MONITOR_MISSION, Spillover Monitor Mission",
        "assistance-group, ASSISTANCE_GROUP, Assistance Group"
    })
    void missionKinds(String json, MissionKind kind, String title) {
        assertThat(kind.jsonName()).isEqualTo(json);
        assertThat(kind.title()).isEqualTo(title);
        assertThat(MissionKind.fromJsonName(json)).isEqualTo(kind);
    }

    @Test
    void unknownNamesAreRejectedByName() {
        assertThatThrownBy(() -> PageType.fromJsonName("press_release"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'press_release'");
        assertThatThrownBy(() -> DateSource.fromJsonName("Metadata"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Metadata'");
        assertThatThrownBy(() -> Diagnostic.Kind.fromJsonName("UNPLACED"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'UNPLACED'");
        assertThatThrownBy(() -> MissionKind.fromJsonName("programme_office"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'programme_office'");
    }
}
