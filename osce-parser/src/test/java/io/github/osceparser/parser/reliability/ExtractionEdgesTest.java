package io.github.osceparser.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.Quote;
import io.github.osceparser.model.Section;
import io.github.osceparser.parser.OsceJson;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.OsceParser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the rules that read dates, datelines and quotes, and of the JSON reader's checks,
 * through the public API: each row is the smallest press release (or JSON) that sits just inside
 * or just outside a rule, with the exact answer. Mutation testing showed these edges unguarded.
 */
class ExtractionEdgesTest {
    private static final OsceParser PARSER = OsceParser.create();

    /**
     * A release in the English template, with the body's own title: a Russian release has a
     * Russian title, so that the page reads as Russian and its months are known.
     */
    private static PressRelease release(String body) {
        String title = Character.UnicodeBlock.of(body.charAt(0)) == Character.UnicodeBlock.CYRILLIC
                ? "Заголовок для проверки"
                : "A title for the test";
        return (PressRelease) PARSER.parse("Press release\n" + title + "\n" + body + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The experts met on 1 May 2010 in Vienna.                | 2010-05-01 | 1 May 2010
            The experts met on 31 May 2010 in Vienna.               | 2010-05-31 | 31 May 2010
            The experts met on 32 May 2010 and on 2 June 2010.      | 2010-06-02 | 2 June 2010
            The experts met on 0 May 2010 and on 3 June 2010.       | 2010-06-03 | 3 June 2010
            The experts met on 123 May 2010 and on 4 June 2010.     | 2010-06-04 | 4 June 2010
            The archive opened on 5 May 1900.                       | 1900-05-05 | 5 May 1900
            The archive opened on 5 May 1899 and on 6 May 1901.     | 1901-05-06 | 6 May 1901
            The plan runs until 7 May 2199.                         | 2199-05-07 | 7 May 2199
            The plan runs until 7 May 2200 or 8 May 2198.           | 2198-05-08 | 8 May 2198
            The plan runs until 7 May 21999 or 9 May 2011.          | 2011-05-09 | 9 May 2011
            24 to 25 October 2013 the experts meet in Vienna.       | 2013-10-24 | 24 to 25 October 2013
            24-25 October 2013 the experts meet in Vienna.          | 2013-10-24 | 24-25 October 2013
            Room 12 25 October 2013 was booked for the meeting.     | 2013-10-25 | 25 October 2013
            The report of May 21, 2010 was discussed.               | 2010-05-21 | May 21, 2010
            The report of May 21 was discussed in 2010 and 2011.    |            |
            """)
    void infersTheFirstDateTheBodyNames(String paragraph, LocalDate date, String written) {
        PressRelease release = release(paragraph);

        assertThat(release.date()).isEqualTo(date);
        if (date == null) {
            assertThat(release.dateSource()).isNull();
            assertThat(release.diagnostics()).isEmpty();
        } else {
            assertThat(release.dateSource()).isEqualTo(DateSource.TEXT);
            assertThat(release.diagnostics())
                    .extracting(Diagnostic::line, Diagnostic::kind, Diagnostic::message)
                    .containsExactly(tuple(
                            3,
                            Diagnostic.Kind.INFERRED,
                            "no date given; took " + date + " from '" + written + "' in the text"));
        }
        assertThat(release.paragraphs()).containsExactly(paragraph);
    }

    // The place is the dateline's place in ordinary capitals, written as the name is written: the
    // connecting words of place names (the lexicon's place-particles: "and", "of", "de") are lower
    // case inside a name, so "BOSNIA AND HERZEGOVINA" is "Bosnia and Herzegovina" as every OSCE
    // page writes the country, not "Bosnia And Herzegovina"; hyphenated names ("NUR-SULTAN") keep
    // a capital after the hyphen.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            VIENNA, 21 May 2010 - Text follows.                             | VIENNA, 21 May 2010                             | Vienna
            BOSNIA AND HERZEGOVINA CAPITAL, 21 May 2010 - Text follows.     | BOSNIA AND HERZEGOVINA CAPITAL, 21 May 2010     | Bosnia and Herzegovina Capital
            NUR-SULTAN, 21 May 2010 - Text follows.                         | NUR-SULTAN, 21 May 2010                         | Nur-Sultan
            KYIV, 21 May 2010 - Text follows.                               | KYIV, 21 May 2010                               | Kyiv
            RIO DE JANEIRO, 21 May 2010 - Text follows.                     | RIO DE JANEIRO, 21 May 2010                     | Rio de Janeiro
            ONE TWO THREE FOUR FIVE SIX, 21 May 2010 - Text follows.        |                                                 |
            ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJ, 21 May 2010 - Text.   | ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJ, 21 May 2010 | Abcdefghijabcdefghijabcdefghijabcdefghij
            ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJK, 21 May 2010 - Text.  |                                                 |
            vienna, 21 May 2010 - Text follows.                             |                                                 |
            VIENNA 2, 21 May 2010 - Text follows.                           |                                                 |
            ST. PÖLTEN (LOWER AUSTRIA), 21 May 2010 - Text follows.         | ST. PÖLTEN (LOWER AUSTRIA), 21 May 2010         | St. Pölten (Lower Austria)
            "VIENNA, 21 May 2010 - Text follows."                           |                                                 |
            МОСКВА, 5 мая 2011 г. – Текст следует.                          | МОСКВА, 5 мая 2011 г.                           | Москва
            МОСКВА, 5 мая 2011 годах – Текст следует.                       |                                                 |
            """)
    void readsTheDatelineThatOpensTheBody(String paragraph, String dateline, String place) {
        PressRelease release = release(paragraph);

        if (dateline == null) {
            assertThat(release.dateline()).isNull();
            assertThat(release.place()).isNull();
            assertThat(release.paragraphs()).containsExactly(paragraph);
        } else {
            assertThat(release.dateline().text()).isEqualTo(dateline);
            assertThat(release.dateSource()).isEqualTo(DateSource.DATELINE);
            assertThat(release.place()).isEqualTo(place);
            assertThat(release.paragraphs()).hasSize(1);
            assertThat(paragraph).endsWith(release.paragraphs().get(0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            “Five words make a quote,” said Anna Berg, the Head of the Unit.       | Five words make a quote     | Anna Berg | the Head of the Unit
            “Four words, no stop,” said Anna Berg.                                  |                             |           |
            “Stop.” said Anna Berg.                                                 | Stop.                       | Anna Berg |
            “We will meet again next year,” Anna Berg said.                         | We will meet again next year | Anna Berg |
            “We will meet again next year,” Berg said.                              | We will meet again next year | Berg      |
            The meeting opened. Anna Berg said: “This is a long quotation of words.” | This is a long quotation of words. | Anna Berg |
            “We will meet again next year,” said the Ambassador.                    | We will meet again next year | Ambassador |
            “We will meet again next year,” said a delegate from the region.         | We will meet again next year |           |
            “We will meet again next year,” said Anna van Berg, the Director.        | We will meet again next year | Anna van Berg | the Director
            """)
    void attributesAQuoteToItsSpeaker(String paragraph, String text, String speaker, String role) {
        PressRelease release = release(paragraph);

        if (text == null) {
            assertThat(release.quotes()).isEmpty();
        } else {
            assertThat(release.quotes()).containsExactly(new Quote(text, speaker, role));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            she | Anna Berg | the Head of the Unit
            he  | Tom Ash   | the Director of the Centre
            """)
    void resolvesAPronounToThePersonNamedLastBeforeTheQuote(String pronoun, String speaker, String role) {
        String first = "Anna Berg, the Head of the Unit, opened the meeting.";
        String second = "In the afternoon Tom Ash, the Director of the Centre, spoke.";
        String quote = "“We need a lot more trust between our services,” " + pronoun + " said.";
        String body =
                pronoun.equals("she") ? first + "\n" + quote + "\n" + second : first + "\n" + second + "\n" + quote;

        PressRelease release = release(body);

        assertThat(release.quotes())
                .containsExactly(new Quote("We need a lot more trust between our services", speaker, role));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "site":5                                               | $.site
            "site":{"chairpersonship":"Finland"}                   | $.site.chairpersonship
            "dateline":[]                                          | $.dateline
            "quotes":["words"]                                     | $.quotes[0]
            "images":[1]                                           | $.images[0]
            "readMore":[true]                                      | $.readMore[0]
            "diagnostics":["line 1"]                               | $.diagnostics[0]
            """)
    void refusesNonObjectsWhereTheFormatHasObjects(String property, String path) {
        String json = "{\"type\":\"press-release\",\"language\":\"en\",\"title\":\"T\"," + property + "}";

        assertThatThrownBy(() -> OsceJson.create().fromJson(json))
                .isInstanceOf(OsceParseException.class)
                .hasMessage("expected an object at " + path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            field-of-work | "fieldOfWork":"policing","missions":["Mission to Skopje"] | $.missions[0]
            field-of-work | "fieldOfWork":"policing","resources":[2]                  | $.resources[0]
            field-of-work | "fieldOfWork":"policing","sections":["Heading"]           | $.sections[0]
            listing       | "entries":["An entry"]                                    | $.entries[0]
            mission       | "mission":"Mission to Skopje"                             | $.mission
            """)
    void refusesNonObjectsInOtherPageKinds(String type, String properties, String path) {
        String json = "{\"type\":\"" + type + "\",\"language\":\"en\",\"title\":\"T\"," + properties + "}";

        assertThatThrownBy(() -> OsceJson.create().fromJson(json))
                .isInstanceOf(OsceParseException.class)
                .hasMessage("expected an object at " + path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            One two three four five six seven eight nine ten eleven twelve          | true
            One two three four five six seven eight nine ten eleven twelve thirteen | false
            2016 in review                                                          | true
            lower case start                                                        | false
            What comes next:                                                        | false
            What comes next                                                         | true
            """)
    void tellsAHeadingFromAParagraph(String line, boolean heading) {
        assertHeading(line, heading);
    }

    @Test
    void headingsAreAtMostAHundredCharacters() {
        assertHeading("A" + "b".repeat(99), true);
        assertHeading("A" + "b".repeat(100), false);
    }

    private static void assertHeading(String line, boolean heading) {
        GenericPage page = (GenericPage) PARSER.parse("Who we are\n" + line + "\nA paragraph follows here.\n");

        assertThat(page.sections())
                .containsExactly(
                        heading
                                ? new Section(line, List.of("A paragraph follows here."), List.of(), List.of())
                                : new Section(null, List.of(line, "A paragraph follows here."), List.of(), List.of()));
    }
}
