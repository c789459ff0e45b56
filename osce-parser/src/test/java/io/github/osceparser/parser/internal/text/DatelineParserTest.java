package io.github.osceparser.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Dateline;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {
    /** Read with the lexicon of the text's own language, as a page's text is. */
    private static DatelineParser.Result parse(String text) {
        return DatelineParser.parse(text, Lexicon.of(LanguageDetector.detect(text)));
    }

    @Test
    void takesTheDatelineOffTheFirstParagraph() {
        DatelineParser.Result result = parse("VIENNA, 21 May 2010 - Policing experts met.");

        assertThat(result.dateline())
                .isEqualTo(new Dateline("VIENNA", "AT", LocalDate.of(2010, 5, 21), "VIENNA, 21 May 2010"));
        assertThat(result.rest()).isEqualTo("Policing experts met.");
    }

    @Test
    void acceptsAnEnDashAndAPlaceOfSeveralWords() {
        DatelineParser.Result result = parse("NEW YORK, 3 June 2016 – The OSCE is a platform.");

        assertThat(result.dateline().place()).isEqualTo("NEW YORK");
        assertThat(result.dateline().text()).isEqualTo("NEW YORK, 3 June 2016");
        assertThat(result.rest()).isEqualTo("The OSCE is a platform.");
    }

    @Test
    void readsDatelinesInOtherLanguages() {
        assertThat(parse("КИЇВ, 21 листопада, 2012 – Текст.").dateline().date()).isEqualTo(LocalDate.of(2012, 11, 21));
        assertThat(DatelineParser.parse("WIEN, 21. Mai 2010 - Text.", Lexicon.of("de"))
                        .dateline()
                        .place())
                .isEqualTo("WIEN");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Experts in policing from the OSCE region meet in Vienna from 24 to 25 October 2013.",
                "VIENNA - The OSCE said.",
                "VIENNA, 21 May 2010",
                "He said, on 21 May 2010 - that it was so.",
                "VIENNA, the capital, 21 May 2010 - text",
                "VIENNA, 21 May 2010 and then - text"
            })
    void findsNoDatelineWhereThereIsNone(String paragraph) {
        assertThat(parse(paragraph)).as(paragraph).isNull();
    }

    @Test
    void writesCapitalisedPlacesInOrdinaryCapitals() {
        assertThat(DatelineParser.normalCase("VIENNA", Lexicon.english())).isEqualTo("Vienna");
        assertThat(DatelineParser.normalCase("NEW YORK", Lexicon.english())).isEqualTo("New York");
        assertThat(DatelineParser.normalCase("ВЕНА", Lexicon.of("ru"))).isEqualTo("Вена");
        assertThat(DatelineParser.normalCase("New York", Lexicon.english())).isEqualTo("New York");
    }

    @Test
    void keepsTheWordForYearInTheDatelineText() {
        DatelineParser.Result russian = parse("МОСКВА, 12 мая 2011 г. – Текст сообщения.");
        assertThat(russian.dateline())
                .isEqualTo(new Dateline("МОСКВА", "RU", LocalDate.of(2011, 5, 12), "МОСКВА, 12 мая 2011 г."));
        assertThat(russian.rest()).isEqualTo("Текст сообщения.");

        DatelineParser.Result ukrainian = parse("КИЇВ, 3 травня 2012 року - Текст.");
        assertThat(ukrainian.dateline().text()).isEqualTo("КИЇВ, 3 травня 2012 року");
        assertThat(ukrainian.rest()).isEqualTo("Текст.");

        assertThat(parse("КИЇВ, 3 травня 2012 р. - Текст.").dateline().text()).isEqualTo("КИЇВ, 3 травня 2012 р.");
        assertThat(parse("МОСКВА, 12 мая 2011 года – Текст.").dateline().text()).isEqualTo("МОСКВА, 12 мая 2011 года");
        assertThat(parse("МОСКВА, 12 мая 2011 г – Текст.").dateline().text()).isEqualTo("МОСКВА, 12 мая 2011 г");
    }

    @Test
    void takesNoWordThatOnlyStartsLikeTheWordForYear() {
        assertThat(parse("МОСКВА, 12 мая 2011 город – Текст.")).isNull();
    }

    @Test
    void skipsSpacesAndCommasBeforeTheDashAndAcceptsAnEmDash() {
        DatelineParser.Result result = parse("VIENNA, 21 May 2010 , — The text.");

        assertThat(result.dateline().text()).isEqualTo("VIENNA, 21 May 2010");
        assertThat(result.rest()).isEqualTo("The text.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                ", 21 May 2010 - text",
                "VIENNA, 21 May 2010 - ",
                "VIENNA, 21 May 2010 -",
                "vienna, 21 May 2010 - text",
                "VIENNA2, 21 May 2010 - text",
                "VIENNA!, 21 May 2010 - text",
                "ONE TWO THREE FOUR FIVE SIX, 21 May 2010 - text",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA, 21 May 2010 - text",
                "VIENNA, 21 May 2010 text"
            })
    void findsNoDatelineInTheseNearMisses(String paragraph) {
        assertThat(parse(paragraph)).as(paragraph).isNull();
    }

    @Test
    void acceptsPlacesOfUpToFiveWordsAndFortyCharactersWithNamePunctuation() {
        assertThat(parse("ONE TWO THREE FOUR FIVE, 21 May 2010 - text")
                        .dateline()
                        .place())
                .isEqualTo("ONE TWO THREE FOUR FIVE");
        String forty = "A".repeat(40);
        assertThat(parse(forty + ", 21 May 2010 - text").dateline().place()).isEqualTo(forty);
        assertThat(parse("ST. JOHN'S/SAINT-JEAN’S (NL), 21 May 2010 - text")
                        .dateline()
                        .place())
                .isEqualTo("ST. JOHN'S/SAINT-JEAN’S (NL)");
        assertThat(parse("Vienna, 21 May 2010 - text").dateline().place()).isEqualTo("Vienna");
    }

    /**
     * A place of several words is written as its name is written, not as each word would be alone:
     * the connecting words of place names ("and", "of", "on", "de"; the lexicon's {@code
     * place-particles}) stay in lower case inside a name, as "Bosnia and Herzegovina", "Rostov-on-Don"
     * and "Rio de Janeiro" are written, and the first word of a name is a capital even when it is one
     * ("The Hague"). Hyphenated names keep a capital after the hyphen unless the word is a particle.
     */
    @Test
    void writesTheConnectingWordsOfAPlaceInLowerCase() {
        assertThat(DatelineParser.normalCase("BOSNIA AND HERZEGOVINA", Lexicon.english()))
                .isEqualTo("Bosnia and Herzegovina");
        assertThat(DatelineParser.normalCase("ROSTOV-ON-DON", Lexicon.english()))
                .isEqualTo("Rostov-on-Don");
        assertThat(DatelineParser.normalCase("RIO DE JANEIRO", Lexicon.english()))
                .isEqualTo("Rio de Janeiro");
        assertThat(DatelineParser.normalCase("THE HAGUE", Lexicon.english())).isEqualTo("The Hague");
        assertThat(DatelineParser.normalCase("NUR-SULTAN", Lexicon.english())).isEqualTo("Nur-Sultan");
        assertThat(DatelineParser.normalCase("KYIV", Lexicon.english())).isEqualTo("Kyiv");
        assertThat(DatelineParser.normalCase("VIENNA/DE HAAG", Lexicon.english()))
                .isEqualTo("Vienna/De Haag");
        assertThat(DatelineParser.normalCase("Bosnia And Herzegovina", Lexicon.english()))
                .as("words not printed in capitals are kept as printed")
                .isEqualTo("Bosnia And Herzegovina");
        assertThat(DatelineParser.normalCase("РОСТОВ-НА-ДОНУ", Lexicon.of("ru")))
                .isEqualTo("Ростов-на-Дону");
        assertThat(DatelineParser.normalCase("FRANKFURT AM MAIN", Lexicon.of("de")))
                .isEqualTo("Frankfurt am Main");
    }

    @Test
    void startsAWordAfterASpaceADashASlashOrABracket() {
        assertThat(DatelineParser.normalCase("BOSNIA-HERZEGOVINA", Lexicon.english()))
                .isEqualTo("Bosnia-Herzegovina");
        assertThat(DatelineParser.normalCase("PRISHTINË/PRIŠTINA", Lexicon.english()))
                .isEqualTo("Prishtinë/Priština");
        assertThat(DatelineParser.normalCase("KYIV (UKRAINE)", Lexicon.english()))
                .isEqualTo("Kyiv (Ukraine)");
        assertThat(DatelineParser.normalCase("ST. JOHN'S", Lexicon.english())).isEqualTo("St. John's");
    }
}
