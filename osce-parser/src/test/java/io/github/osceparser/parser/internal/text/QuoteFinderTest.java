package io.github.osceparser.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Quote;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    @Test
    void attributesToTheNameAndRoleAfterTheQuote() {
        assertThat(
                        QuoteFinder.find(
                                List.of(
                                        "\"Co-operation between international players is crucial,\" said Kevin Carty, the Senior Police Adviser to the OSCE Secretary General."),
                                Lexicon.of(
                                        LanguageDetector.detect(
                                                List.of(
                                                        "\"Co-operation between international players is crucial,\" said Kevin Carty, the Senior Police Adviser to the OSCE Secretary General.")))))
                .containsExactly(new Quote(
                        "Co-operation between international players is crucial",
                        "Kevin Carty",
                        "the Senior Police Adviser to the OSCE Secretary General"));
    }

    @Test
    void resolvesAPronounToThePersonLastNamed() {
        List<Quote> quotes = QuoteFinder.find(
                List.of(
                        "Opening the meeting, Ambassador Ihor Prokopchuk, Chairperson of the OSCE Permanent Council, stressed its importance.",
                        "OSCE Secretary General Lamberto Zannier said that the OSCE had experience.",
                        "“We should always strive to update our joint responses,” he said."),
                Lexicon.of(LanguageDetector.detect(List.of(
                        "Opening the meeting, Ambassador Ihor Prokopchuk, Chairperson of the OSCE Permanent Council, stressed its importance.",
                        "OSCE Secretary General Lamberto Zannier said that the OSCE had experience.",
                        "“We should always strive to update our joint responses,” he said."))));

        assertThat(quotes)
                .containsExactly(new Quote(
                        "We should always strive to update our joint responses",
                        "Lamberto Zannier",
                        "OSCE Secretary General"));
    }

    @Test
    void resolvesASurnameToTheFullNameAndGivesAnUnattributedFollowUpToTheSameSpeaker() {
        List<Quote> quotes = QuoteFinder.find(
                List.of(
                        "The OSCE is a platform, said the Head of the Strategic Police Matters Unit, Guy Vinet as he spoke.",
                        "“The OSCE is neither without experience nor a mandate,” said Vinet. “We approach the conflict cycle from all dimensions.”"),
                Lexicon.of(
                        LanguageDetector.detect(
                                List.of(
                                        "The OSCE is a platform, said the Head of the Strategic Police Matters Unit, Guy Vinet as he spoke.",
                                        "“The OSCE is neither without experience nor a mandate,” said Vinet. “We approach the conflict cycle from all dimensions.”"))));

        assertThat(quotes)
                .extracting(Quote::speaker, Quote::role)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(
                        "Guy Vinet", "the Head of the Strategic Police Matters Unit"));
        assertThat(quotes)
                .extracting(Quote::text)
                .containsExactly(
                        "The OSCE is neither without experience nor a mandate",
                        "We approach the conflict cycle from all dimensions.");
    }

    @Test
    void takesTheSpeakerBeforeAColon() {
        assertThat(QuoteFinder.find(
                        List.of("Ambassador Anna Berg said: “Our work on the ground continues every day.”"),
                        Lexicon.of(LanguageDetector.detect(
                                List.of("Ambassador Anna Berg said: “Our work on the ground continues every day.”")))))
                .extracting(Quote::speaker)
                .containsExactly("Anna Berg");
    }

    @Test
    void ignoresScareQuotesAndTitles() {
        assertThat(QuoteFinder.find(
                        List.of("The so-called “frozen conflicts” and the “Helsinki” spirit were discussed."),
                        Lexicon.of(LanguageDetector.detect(List.of(
                                "The so-called “frozen conflicts” and the “Helsinki” spirit were discussed.")))))
                .isEmpty();
    }

    @Test
    void keepsAQuoteWhoseSpeakerTheTextDoesNotName() {
        assertThat(QuoteFinder.find(
                        List.of("“Security is a shared responsibility of all of us.”"),
                        Lexicon.of(LanguageDetector.detect(
                                List.of("“Security is a shared responsibility of all of us.”")))))
                .containsExactly(new Quote("Security is a shared responsibility of all of us.", null, null));
    }

    @Test
    void readsGuillemetsAndGermanQuotationMarks() {
        assertThat(QuoteFinder.find(
                        List.of("« La sécurité est une responsabilité commune », a dit le chef."),
                        Lexicon.of(LanguageDetector.detect(
                                List.of("« La sécurité est une responsabilité commune », a dit le chef.")))))
                .extracting(Quote::text)
                .containsExactly("La sécurité est une responsabilité commune");
        assertThat(QuoteFinder.find(
                        List.of("„Sicherheit ist eine gemeinsame Verantwortung aller Staaten“, sagte er."),
                        Lexicon.of(LanguageDetector.detect(
                                List.of("„Sicherheit ist eine gemeinsame Verantwortung aller Staaten“, sagte er.")))))
                .extracting(Quote::text)
                .containsExactly("Sicherheit ist eine gemeinsame Verantwortung aller Staaten");
    }

    @Test
    void survivesAnUnclosedQuotationMark() {
        assertThat(QuoteFinder.find(
                        List.of("“This quotation is never closed by the page at all"),
                        Lexicon.of(LanguageDetector.detect(
                                List.of("“This quotation is never closed by the page at all")))))
                .extracting(Quote::text)
                .containsExactly("This quotation is never closed by the page at all");
    }
}
