package io.github.osceparser.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Chairpersonship;
import io.github.osceparser.model.Site;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteReaderTest {
    @Test
    void readsTheChairpersonshipAndKeepsTheStateByItsPlainName() {
        Site site = SiteReader.read(List.of(new MenuGroup(
                "Participating States",
                List.of("Albania", "Finland – OSCE Chairpersonship 2025", "Mediterranean Partners for Co-operation"))));

        assertThat(site.chairpersonship()).isEqualTo(new Chairpersonship("Finland", 2025));
        assertThat(site.participatingStates()).containsExactly("Albania", "Finland");
        assertThat(site.partners()).containsExactly("Mediterranean Partners for Co-operation");
    }

    @Test
    void leavesTheParentGroupsTrailingEntriesOut() {
        Site site = SiteReader.read(List.of(
                new MenuGroup(
                        "Fields of work",
                        List.of("Arms control", "Climate security", "Youth", "Field operations", "Projects")),
                new MenuGroup(
                        "Field operations",
                        List.of("Presence in Albania", "Closed field activities", "Parliamentary Assembly"))));

        assertThat(site.fieldsOfWork())
                .as("a new field between known ones is kept, the parent's entries are not")
                .containsExactly("Arms control", "Climate security", "Youth");
        assertThat(site.fieldOperations()).containsExactly("Presence in Albania");
    }

    @Test
    void reportsRenamedEntriesAsListed() {
        Site site = SiteReader.read(List.of(new MenuGroup("Participating States", List.of("Czechia", "Türkiye"))));

        assertThat(site.participatingStates()).containsExactly("Czechia", "Türkiye");
        assertThat(site.chairpersonship()).isNull();
    }

    @Test
    void givesNoSiteWithoutAMenu() {
        assertThat(SiteReader.read(List.of())).isNull();
    }

    @Test
    void readsOnlyWellFormedChairpersonshipMarks() {
        assertThat(SiteReader.chairpersonship("Switzerland – OSCE Chairpersonship 2026"))
                .isEqualTo(new Chairpersonship("Switzerland", 2026));
        assertThat(SiteReader.chairpersonship("Malta - OSCE Chairpersonship 2024"))
                .isEqualTo(new Chairpersonship("Malta", 2024));
        assertThat(SiteReader.chairpersonship("OSCE Chairpersonship 2025")).isNull();
        assertThat(SiteReader.chairpersonship("Finland – OSCE Chairpersonship 25"))
                .isNull();
        assertThat(SiteReader.chairpersonship("Finland")).isNull();
    }
}
