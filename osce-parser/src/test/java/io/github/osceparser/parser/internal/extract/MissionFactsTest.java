package io.github.osceparser.parser.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Mission;
import io.github.osceparser.model.MissionKind;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.text.LanguageDetector;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissionFactsTest {
    /** Read with the lexicon of the text's own language, as a page's text is. */
    private static LocalDate established(String text) {
        return MissionFacts.established(text, Lexicon.of(LanguageDetector.detect(text)));
    }

    @Test
    void readsAMissionFromItsNameAndTexts() {
        Mission mission = MissionFacts.mission(
                "OSCE Mission to Skopje",
                "The Mission works on police reform.",
                List.of(
                        "The Mission works with the police.",
                        "It was established on 18 September 1992. It has its headquarters in Skopje, the capital."),
                null,
                Lexicon.english());

        assertThat(mission)
                .isEqualTo(new Mission(
                        "Mission to Skopje",
                        null,
                        MissionKind.MISSION,
                        "Skopje",
                        LocalDate.of(1992, 9, 18),
                        "Skopje",
                        "The Mission works on police reform.",
                        null));
    }

    @Test
    void keepsANameWithoutThePrefixAndLeavesUnknownFactsOut() {
        assertThat(MissionFacts.mission(
                        "Presence in Albania", null, List.of("A text without facts."), null, Lexicon.english()))
                .isEqualTo(new Mission(
                        "Presence in Albania", null, MissionKind.PRESENCE, "Albania", null, null, null, null));
    }

    @Test
    void givesNoMissionForANameThatIsNotAFieldOperations() {
        assertThat(MissionFacts.mission(
                        "Human rights", "Summary", List.of("Established on 1 May 2000."), null, Lexicon.english()))
                .isNull();
    }

    @Test
    void keepsTheFirstFactsFound() {
        Mission mission = MissionFacts.mission(
                "Centre in Bishkek",
                null,
                List.of(
                        "The Centre was set up on 1 May 2000 and is based in Bishkek.",
                        "An office opened on 2 June 2001; it is based in Osh.",
                        "Nothing else."),
                null,
                Lexicon.english());

        assertThat(mission.established()).isEqualTo(LocalDate.of(2000, 5, 1));
        assertThat(mission.headquarters()).isEqualTo("Bishkek");
    }

    @Test
    void takesTheDateOfTheSentenceThatSpeaksOfTheEstablishment() {
        assertThat(established("On 1 May 1990 talks began. The office was set up on 11 January 2001."))
                .isEqualTo(LocalDate.of(2001, 1, 11));
        assertThat(established("The Office was Established on 27 March 1997. It moved on 2 February 2003."))
                .isEqualTo(LocalDate.of(1997, 3, 27));
        assertThat(established("Active in the country since 1 July 2006, the Office works on."))
                .isEqualTo(LocalDate.of(2006, 7, 1));
    }

    @Test
    void triesTheNextCueWhenASentenceHasNoDate() {
        assertThat(established("It was established long ago. The office opened on 3 March 2003."))
                .isEqualTo(LocalDate.of(2003, 3, 3));
        assertThat(established("The office was set up long ago. On 2 February 2003 it moved."))
                .isNull();
        assertThat(established("The office moved on 2 February 2003.")).isNull();
    }

    @Test
    void readsTheHeadquartersUpToAndACommaAFullStopOrABracket() {
        assertThat(MissionFacts.headquarters(
                        "The Mission has its headquarters in Prishtinë/Priština and offices in five towns.",
                        Lexicon.english()))
                .isEqualTo("Prishtinë/Priština");
        assertThat(MissionFacts.headquarters("It is based in Belgrade, Serbia.", Lexicon.english()))
                .isEqualTo("Belgrade");
        assertThat(MissionFacts.headquarters("It is headquartered in Vienna (Austria).", Lexicon.english()))
                .isEqualTo("Vienna");
        assertThat(MissionFacts.headquarters("It is based in Tbilisi; more later.", Lexicon.english()))
                .isEqualTo("Tbilisi");
        assertThat(MissionFacts.headquarters("It is based in Baku", Lexicon.english()))
                .isEqualTo("Baku");
        assertThat(MissionFacts.headquarters("based in Almaty.", Lexicon.english()))
                .isEqualTo("Almaty");
        assertThat(MissionFacts.headquarters("It is based in New York.", Lexicon.english()))
                .isEqualTo("New York");
    }

    @Test
    void triesTheCuesInTurnAndWantsACapitalisedPlace() {
        assertThat(MissionFacts.headquarters(
                        "It is based in the capital; headquarters in Dushanbe.", Lexicon.english()))
                .isEqualTo("Dushanbe");
        assertThat(MissionFacts.headquarters("It is based in the capital.", Lexicon.english()))
                .isNull();
        assertThat(MissionFacts.headquarters("It is based in .", Lexicon.english()))
                .isNull();
        assertThat(MissionFacts.headquarters(
                        "It has headquarters in the capital but is based in Minsk.", Lexicon.english()))
                .isEqualTo("Minsk");
        assertThat(MissionFacts.headquarters("No place is named here.", Lexicon.english()))
                .isNull();
    }
}
