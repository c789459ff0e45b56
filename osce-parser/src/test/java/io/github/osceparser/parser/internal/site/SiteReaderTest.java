package io.github.osceparser.parser.internal.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Chairpersonship;
import io.github.osceparser.model.Site;
import io.github.osceparser.model.StructureRef;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteReaderTest {
    @Test
    void readsTheChairpersonshipAndKeepsTheStateByItsPlainName() {
        Site site = SiteReader.read(
                List.of(new MenuGroup(
                        "Participating States",
                        List.of(
                                "Albania",
                                "Finland – OSCE Chairpersonship 2025",
                                "Mediterranean Partners for Co-operation"))),
                Lexicon.english());

        assertThat(site.chairpersonship()).isEqualTo(new Chairpersonship("Finland", 2025));
        assertThat(site.participatingStates()).containsExactly("Albania", "Finland");
        assertThat(site.partners()).containsExactly("Mediterranean Partners for Co-operation");
    }

    @Test
    void leavesTheParentGroupsTrailingEntriesOut() {
        Site site = SiteReader.read(
                List.of(
                        new MenuGroup(
                                "Fields of work",
                                List.of("Arms control", "Climate security", "Youth", "Field operations", "Projects")),
                        new MenuGroup(
                                "Field operations",
                                List.of("Presence in Albania", "Closed field activities", "Parliamentary Assembly"))),
                Lexicon.english());

        assertThat(site.fieldsOfWork())
                .as("a new field between known ones is kept, the parent's entries are not")
                .containsExactly("Arms control", "Climate security", "Youth");
        assertThat(site.fieldOperations())
                .containsExactly(new StructureRef("Presence in Albania", "presence-in-albania", false));
    }

    @Test
    void reportsRenamedEntriesAsListed() {
        Site site = SiteReader.read(
                List.of(new MenuGroup("Participating States", List.of("Czechia", "Türkiye"))), Lexicon.english());

        assertThat(site.participatingStates()).containsExactly("Czechia", "Türkiye");
        assertThat(site.chairpersonship()).isNull();
    }

    @Test
    void givesNoSiteWithoutAMenu() {
        assertThat(SiteReader.read(List.of(), Lexicon.english())).isNull();
    }

    @Test
    void readsOnlyWellFormedChairpersonshipMarks() {
        assertThat(SiteReader.chairpersonship("Switzerland – OSCE Chairpersonship 2026", Lexicon.english()))
                .isEqualTo(new Chairpersonship("Switzerland", 2026));
        assertThat(SiteReader.chairpersonship("Malta - OSCE Chairpersonship 2024", Lexicon.english()))
                .isEqualTo(new Chairpersonship("Malta", 2024));
        assertThat(SiteReader.chairpersonship("OSCE Chairpersonship 2025", Lexicon.english()))
                .isNull();
        assertThat(SiteReader.chairpersonship("Finland – OSCE Chairpersonship 25", Lexicon.english()))
                .isNull();
        assertThat(SiteReader.chairpersonship("Finland", Lexicon.english())).isNull();
    }

    @Test
    void findsGroupsByHeadingInAnyCaseAndSkipsEmptyGroups() {
        Site site = SiteReader.read(
                List.of(
                        new MenuGroup("Fields of work", List.of()),
                        new MenuGroup("PARTICIPATING STATES", List.of("Albania", "Andorra")),
                        new MenuGroup("fields of WORK", List.of("Elections", "Policing")),
                        new MenuGroup("Fields of work", List.of("Youth")),
                        new MenuGroup(
                                "Field Operations", List.of("Mission to Skopje", "Programme Office in Dushanbe"))),
                Lexicon.english());

        assertThat(site.participatingStates()).containsExactly("Albania", "Andorra");
        assertThat(site.partners()).isEmpty();
        assertThat(site.fieldsOfWork()).containsExactly("Elections", "Policing");
        assertThat(site.fieldOperations())
                .containsExactly(
                        new StructureRef("Mission to Skopje", "mission-to-skopje", false),
                        new StructureRef("Programme Office in Dushanbe", "programme-office-in-dushanbe", false));
        assertThat(site.chairpersonship()).isNull();
    }

    @Test
    void keepsNothingOfAGroupWithoutOneKnownEntry() {
        Site site = SiteReader.read(
                List.of(
                        new MenuGroup("Fields of work", List.of("Projects", "Field operations")),
                        new MenuGroup("Field operations", List.of("Closed field activities"))),
                Lexicon.english());

        assertThat(site.fieldsOfWork()).isEmpty();
        assertThat(site.fieldOperations()).isEmpty();
        assertThat(site.participatingStates()).isEmpty();
    }

    @Test
    void tellsPartnersByEitherSpelling() {
        Site site = SiteReader.read(
                List.of(new MenuGroup(
                        "Participating States",
                        List.of(
                                "Austria",
                                "Asian Partners for Cooperation",
                                "Mediterranean PARTNERS for Co-operation",
                                "Belgium"))),
                Lexicon.english());

        assertThat(site.participatingStates()).containsExactly("Austria", "Belgium");
        assertThat(site.partners())
                .containsExactly("Asian Partners for Cooperation", "Mediterranean PARTNERS for Co-operation");
    }

    @Test
    void tellsPartnersByAnEntryThatIsOrBeginsWithThePhrase() {
        Site site = SiteReader.read(
                List.of(new MenuGroup(
                        "Participating States",
                        List.of("Austria", "Partners for Co-operation", "partners for cooperation (Asia)"))),
                Lexicon.english());

        assertThat(site.participatingStates()).containsExactly("Austria");
        assertThat(site.partners()).containsExactly("Partners for Co-operation", "partners for cooperation (Asia)");
    }

    @Test
    void readsTheCountryWithoutTheMarksBeforeTheChairpersonship() {
        assertThat(SiteReader.chairpersonship("Finland, – OSCE Chairpersonship 2025", Lexicon.english()))
                .isEqualTo(new Chairpersonship("Finland", 2025));
        assertThat(SiteReader.chairpersonship("North Macedonia — OSCE Chairpersonship 2023", Lexicon.english()))
                .isEqualTo(new Chairpersonship("North Macedonia", 2023));
        assertThat(SiteReader.chairpersonship("Malta OSCE Chairpersonship 2024 ", Lexicon.english()))
                .isEqualTo(new Chairpersonship("Malta", 2024));
        assertThat(SiteReader.chairpersonship("– OSCE Chairpersonship 2025", Lexicon.english()))
                .isNull();
    }

    @Test
    void readsOnlyFourDigitYearsFrom1990() {
        assertThat(SiteReader.chairpersonship("Finland – OSCE Chairpersonship 1990", Lexicon.english()))
                .isEqualTo(new Chairpersonship("Finland", 1990));
        assertThat(SiteReader.chairpersonship("Finland – OSCE Chairpersonship 1989", Lexicon.english()))
                .isNull();
        assertThat(SiteReader.chairpersonship("Finland – OSCE Chairpersonship 20251", Lexicon.english()))
                .isNull();
        assertThat(SiteReader.chairpersonship("Finland – OSCE Chairpersonship 2O25", Lexicon.english()))
                .isNull();
        assertThat(SiteReader.chairpersonship("Finland – OSCE Chairpersonship", Lexicon.english()))
                .isNull();
    }
}
