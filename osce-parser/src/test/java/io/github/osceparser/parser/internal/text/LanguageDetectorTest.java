package io.github.osceparser.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en | The Organization supports the development of policing that follows democratic principles.",
                "it | L’OSCE mira a creare servizi di polizia democratici e proattivi, in grado di rispondere alle minacce.",
                "fr | L’OSCE aide les États participants à développer des services de police dans la région.",
                "de | Die OSCE unterstützt die Teilnehmerstaaten bei der Reform der Polizei und der Justiz.",
                "es | La OSCE apoya a los Estados participantes en el desarrollo de una policía democrática.",
                "ro | Misiunea OSCE în Moldova lucrează pentru pace și dialog în această regiune.",
                "ru | ОБСЕ поддерживает государства-участники в развитии демократической полиции и борьбе с преступностью.",
                "uk | ОБСЄ підтримує держави-учасниці у розвитку демократичної поліції та боротьбі зі злочинністю.",
                "en | 12345"
            })
    void detectsTheLanguageOfTheContent(String expected, String text) {
        assertThat(LanguageDetector.detect(text)).isEqualTo(expected);
    }

    @Test
    void stopWordsAreMatchedIgnoringCase() {
        assertThat(LanguageDetector.detect("DIE OSZE UND DER RAT MIT DEM PLAN")).isEqualTo("de");
        assertThat(LanguageDetector.detect("LES ÉTATS ET LA RÉGION DANS UNE PAIX POUR QUE"))
                .isEqualTo("fr");
    }

    @Test
    void wordsAreWholeWordsNotPartsOfLongerOnes() {
        // "theirs", "andes", "office" hold English stop words but are none.
        assertThat(LanguageDetector.detect("theirs andes office tothe forum der die"))
                .isEqualTo("de");
    }

    @Test
    void aTextEndsAWordAsALineBreakWould() {
        // Read as one text "thean" would be no word; as two texts they are "the" and "an".
        assertThat(LanguageDetector.detect(List.of("la the", "and la", "der"))).isEqualTo("en");
        assertThat(LanguageDetector.detect(List.of("th", "e und der"))).isEqualTo("de");
    }

    @Test
    void cyrillicTextIsToldApartByLettersOnlyOneLanguageUses() {
        // Without any stop word: Ukrainian "ї", "є" against Russian "ы".
        assertThat(LanguageDetector.detect("Київ Євген Ґанок")).isEqualTo("uk");
        assertThat(LanguageDetector.detect("Выборы мы сыны")).isEqualTo("ru");
    }

    @Test
    void cyrillicTextWithoutDistinctiveLettersIsToldApartByStopWords() {
        assertThat(LanguageDetector.detect("проект та план від міста")).isEqualTo("uk");
        assertThat(LanguageDetector.detect("проект и план для города")).isEqualTo("ru");
    }

    @Test
    void theScriptWithMoreLettersDecides() {
        // Mostly Cyrillic with an English phrase: the Cyrillic decides.
        assertThat(LanguageDetector.detect("the and Выборы прошли успешно в стране"))
                .isEqualTo("ru");
        // Mostly Latin with a Cyrillic name: the stop words decide.
        assertThat(LanguageDetector.detect("Їжак said that the mission and the office are open"))
                .isEqualTo("en");
    }

    @Test
    void theDottedCapitalIAndCyrillicMarksEndNoStopWordFalsely() {
        // "İn" lower-cases to "i̇n", which is no stop word; "в\u0483" is "в" with a combining mark,
        // which ends the word "в", a stop word of both Cyrillic languages.
        assertThat(LanguageDetector.detect("İl İl İl e")).isEqualTo("it");
        assertThat(LanguageDetector.detect("в\u0483 та")).isEqualTo("uk");
    }

    @Test
    void readingStopsOnceTheEvidenceIsDecisive() {
        String english = "the and of to in is for that with on ".repeat(3);
        String german = "der die das und den von zu mit ist des ".repeat(10);
        // The first text alone decides, so the longer German after it is not read.
        assertThat(LanguageDetector.detect(List.of(english, german))).isEqualTo("en");
        // One text is always read to its end (up to the sample length): there the German wins.
        assertThat(LanguageDetector.detect(english + german)).isEqualTo("de");
    }

    @Test
    void evidenceShortOfDecisiveReadsOn() {
        String fewEnglish = "the and of to in ";
        String german = "der die das und den von zu mit ist des ".repeat(3);
        assertThat(LanguageDetector.detect(List.of(fewEnglish, german))).isEqualTo("de");
        // Twenty English stop words against eleven Italian ones, not twice as many: read on.
        String mixed =
                "the and of to in is for that with on ".repeat(2) + "il di che per della delle dei nel gli alla sono";
        assertThat(LanguageDetector.detect(List.of(mixed, "il di che per ".repeat(10))))
                .isEqualTo("it");
    }

    @Test
    void cyrillicReadingStopsOnceOneLanguageLeadsByTenLetters() {
        String ukrainian = "ї".repeat(LanguageDetector.DECISIVE_LETTERS);
        String russian = "ы".repeat(3 * LanguageDetector.DECISIVE_LETTERS);
        assertThat(LanguageDetector.detect(List.of(ukrainian, russian))).isEqualTo("uk");
        String almost = "ї".repeat(LanguageDetector.DECISIVE_LETTERS - 1);
        assertThat(LanguageDetector.detect(List.of(almost, russian))).isEqualTo("ru");
    }

    @Test
    void onlyTheSampleLengthIsRead() {
        String english = "the and of ".repeat(LanguageDetector.SAMPLE_LENGTH / 11 + 1);
        assertThat(english.length()).isGreaterThan(LanguageDetector.SAMPLE_LENGTH);
        // Everything after the first SAMPLE_LENGTH characters is ignored, however much it holds.
        String text = english.substring(0, LanguageDetector.SAMPLE_LENGTH - 10) + " xx " + "der die und ".repeat(5000);
        // Within the sample the English (about 2,700 words) far outweighs the German that fits.
        assertThat(LanguageDetector.detect(text)).isEqualTo("en");
        assertThat(LanguageDetector.detect(List.of(english, "der die und ".repeat(5000))))
                .isEqualTo("en");
    }
}
