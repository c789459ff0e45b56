package io.github.osceparser.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.parser.internal.lexicon.Lexicon;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateScannerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "VIENNA, 21 May 2010 - Policing experts | 2010-05-21 | en",
                "meet in Vienna from 24 to 25 October 2013 to identify | 2013-10-24 | en",
                "from 24-25 October 2013 | 2013-10-24 | en",
                "VIENNE, 21 mai 2010 - | 2010-05-21 | fr",
                "WIEN, 21. Mai 2010 - | 2010-05-21 | de",
                "ROMA, 21 maggio 2010 - | 2010-05-21 | it",
                "VIENA, 21 de mayo de 2010 - | 2010-05-21 | es",
                "ВЕНА, 21 мая 2010 г. – | 2010-05-21 | ru",
                "КИЇВ, 21 листопада, 2012 – | 2012-11-21 | uk",
                "Published on May 21, 2010 in Vienna | 2010-05-21 | en",
                "Active in the country since 1 July 2006, the Co-ordinator | 2006-07-01 | en",
                "Set up on 23 Sept 1998 | 1998-09-23 | en",
            })
    void findsTheFirstDate(String text, LocalDate expected, String language) {
        assertThat(DateScanner.first(text, Lexicon.of(language)))
                .as(text)
                .isNotNull()
                .extracting(DateScanner.Found::date)
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "no date here",
                "31 February 2010",
                "May the OSCE 2010",
                "in May, the meeting",
                "Around 130 international police officers",
                "21 May 10",
                "32 May 2010"
            })
    void findsNoDateWhereThereIsNone(String text) {
        assertThat(DateScanner.first(text, Lexicon.of(LanguageDetector.detect(text))))
                .as(text)
                .isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"VIENNA, 21 May 2010 - X | 8 | 19", "from 24 to 25 October 2013. | 5 | 26"})
    void givesTheSpanOfTheDate(String text, int start, int end) {
        DateScanner.Found found = DateScanner.first(text, Lexicon.of(LanguageDetector.detect(text)));

        assertThat(found.start()).isEqualTo(start);
        assertThat(found.end()).isEqualTo(end);
    }
}
