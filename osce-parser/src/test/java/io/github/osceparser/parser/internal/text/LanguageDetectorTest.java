package io.github.osceparser.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

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
                "ru | ОБСЕ поддерживает государства-участники в развитии демократической полиции и борьбе с преступностью.",
                "uk | ОБСЄ підтримує держави-учасниці у розвитку демократичної поліції та боротьбі зі злочинністю.",
                "en | 12345"
            })
    void detectsTheLanguageOfTheContent(String expected, String text) {
        assertThat(LanguageDetector.detect(text)).isEqualTo(expected);
    }
}
