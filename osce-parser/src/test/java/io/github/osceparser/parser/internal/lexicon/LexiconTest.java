package io.github.osceparser.parser.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osceparser.model.FieldOfWork;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Maîtrise des armements           | ARMS_CONTROL
            fr | Activités de police              | POLICING
            fr | Droits de l’homme                | HUMAN_RIGHTS
            fr | droits de l'homme                | HUMAN_RIGHTS
            de | Rechtsstaatlichkeit              | RULE_OF_LAW
            de | Gleichstellung der Geschlechter  | GENDER_EQUALITY
            it | Ordine pubblico                  | POLICING
            it | ORDINE PUBBLICO                  | POLICING
            it | Diritti dell’uomo                | HUMAN_RIGHTS
            es | Migración                        | MIGRATION
            es | Reforma y cooperación en el sector de la seguridad | REFORM_AND_CO_OPERATION_IN_THE_SECURITY_SECTOR
            ru | Права человека                   | HUMAN_RIGHTS
            ru | ПРАВА ЧЕЛОВЕКА                   | HUMAN_RIGHTS
            ru | Контроль над вооружениями        | ARMS_CONTROL
            ru | верховенство права               | RULE_OF_LAW
            uk | Гендерна рівність                | GENDER_EQUALITY
            uk | Протидія торгівлі людьми         | COMBATING_TRAFFICKING_IN_HUMAN_BEINGS
            uk | Верховенство права               | RULE_OF_LAW
            en | Reform and cooperation in the security sector | REFORM_AND_CO_OPERATION_IN_THE_SECURITY_SECTOR
            """)
    void knowsEachFieldOfWorkByTheNameItsLanguagePrints(String language, String name, FieldOfWork field) {
        assertThat(Lexicon.of(language).fieldOfWork(name))
                .as("%s name '%s'", language, name)
                .contains(field);
    }

    @Test
    void readsEveryLanguageWithEnglishBesideItAndNoThirdLanguage() {
        Lexicon german = Lexicon.of("de");
        assertThat(german.fieldOfWork("Rechtsstaatlichkeit")).contains(FieldOfWork.RULE_OF_LAW);
        assertThat(german.fieldOfWork("Rule of law")).contains(FieldOfWork.RULE_OF_LAW);
        assertThat(german.fieldOfWork("Stato di diritto")).isEmpty();
        assertThat(german.has(Section.SPEECH_VERBS, "sagte")).isTrue();
        assertThat(german.has(Section.SPEECH_VERBS, "said")).isTrue();
        assertThat(german.has(Section.SPEECH_VERBS, "dijo")).isFalse();
        // The Spanish range word "y" and the German article "die" mean nothing on an English page.
        assertThat(Lexicon.english().has(Section.RANGE_WORDS, "y")).isFalse();
        assertThat(Lexicon.english().has(Section.CLAUSE_STARTERS, "die")).isFalse();
        assertThat(Lexicon.of("es").has(Section.RANGE_WORDS, "y")).isTrue();
    }

    @Test
    void givesThePageLanguageFirstThenEnglish() {
        assertThat(Lexicon.of("fr").words(Section.KIND_PRESS_RELEASE).entries())
                .containsExactly("communiqué de presse", "press release", "media advisory", "daily report");
        assertThat(Lexicon.of("fr").language()).isEqualTo("fr");
    }

    @Test
    void readsALanguageWithoutAFileAsEnglish() {
        assertThat(Lexicon.of("pl")).isSameAs(Lexicon.english());
        assertThat(Lexicon.of("pl").month("may")).isEqualTo(Month.MAY);
    }

    @Test
    void matchesIgnoringCaseSpaceAndTheKindOfApostrophe() {
        Lexicon french = Lexicon.of("fr");
        assertThat(french.has(Section.LABEL_FIELDS_OF_WORK, "  Domaines d’action "))
                .isTrue();
        assertThat(french.has(Section.READ_MORE, "EN SAVOIR PLUS SUR CE SUJET")).isTrue();
        assertThat(french.has(Section.READ_MORE, "en savoir plus")).isFalse();
    }

    @Test
    void knowsTheMonthsOfEachLanguageInTheirForms() {
        assertThat(Lexicon.of("ru").month("мая")).isEqualTo(Month.MAY);
        assertThat(Lexicon.of("ru").month("май")).isEqualTo(Month.MAY);
        assertThat(Lexicon.of("uk").month("листопада")).isEqualTo(Month.NOVEMBER);
        assertThat(Lexicon.of("de").month("märz")).isEqualTo(Month.MARCH);
        assertThat(Lexicon.of("de").month("sept")).isEqualTo(Month.SEPTEMBER);
        assertThat(Lexicon.of("it").month("мая")).isNull();
        assertThat(Lexicon.english().month("a".repeat(100))).isNull();
    }

    @Test
    void everyLanguageFileIsReadAndHoldsItsStopWords() {
        for (String language : Lexicon.LANGUAGES) {
            assertThat(Lexicon.ownEntries(language, Section.STOP_WORDS))
                    .as(language)
                    .hasSizeGreaterThanOrEqualTo(15);
        }
        assertThat(Lexicon.ownEntries("pl", Section.STOP_WORDS)).isEmpty();
    }

    @Test
    void everyOfficialLanguageNamesEveryFieldOfWork() {
        for (String language : Lexicon.LANGUAGES) {
            if (language.equals("ro")) {
                continue; // only its stop words are known
            }
            for (FieldOfWork field : FieldOfWork.values()) {
                assertThat(Lexicon.of(language).fieldOfWork(field.englishName()))
                        .as("%s: %s", language, field)
                        .contains(field);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            zz-entry-first       | the lexicon zz-entry-first.txt has an entry before the first section on line 2
            zz-unknown-section   | the lexicon zz-unknown-section.txt has an unknown section [verbs-of-speech] on line 4
            zz-thirteen-months   | the lexicon zz-thirteen-months.txt has a thirteenth month on line 14
            zz-field-without-slug | the lexicon zz-field-without-slug.txt has a field of work without its slug: 'Ordine pubblico' on line 3
            """)
    void reportsAMalformedFileWithItsLine(String name, String message) {
        assertThatThrownBy(() -> LexiconFile.read(name))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(message);
    }

    @Test
    void keepsOnlyTheLettersAndDigitsOfAFieldsNameInLowerCase() {
        assertThat(Lexicon.fieldName("`az{/09:@AZ[")).isEqualTo("az09az");
        assertThat(Lexicon.fieldName("Cyber / ICT security")).isEqualTo("cyberictsecurity");
        assertThat(Lexicon.fieldName("Права\u0080 человека")).isEqualTo("правачеловека");
    }

    @Test
    void findsNoEntryInBlankText() {
        Lexicon english = Lexicon.english();

        assertThat(english.has(Section.MENU_PARTNERS, "   ")).isFalse();
        assertThat(english.has(Section.MENU_PARTNERS, "")).isFalse();
        assertThat(english.has(Section.MENU_PARTNERS, "  Partners for Co-operation\t"))
                .isTrue();
    }
}
