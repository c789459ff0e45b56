package io.github.osceparser.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Quote;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The finer points of {@link QuoteFinder}: which marks open a quotation, and whom it is given to. */
class QuoteAttributionTest {
    private static List<Quote> find(String... paragraphs) {
        return QuoteFinder.find(List.of(paragraphs), Lexicon.of(LanguageDetector.detect(List.of(paragraphs))));
    }

    @Test
    void readsEveryKindOfQuotationMark() {
        assertThat(find("\"We will keep working with all partners,\" said Anna Berg."))
                .containsExactly(new Quote("We will keep working with all partners", "Anna Berg", null));
        assertThat(find("“We will keep working with all partners,” said Anna Berg."))
                .containsExactly(new Quote("We will keep working with all partners", "Anna Berg", null));
        assertThat(find("«We will keep working with all partners», said Anna Berg."))
                .containsExactly(new Quote("We will keep working with all partners", "Anna Berg", null));
        assertThat(find("„We will keep working with all partners“, said Anna Berg."))
                .containsExactly(new Quote("We will keep working with all partners", "Anna Berg", null));
        assertThat(find("‘We will keep working with all partners,’ said Anna Berg."))
                .containsExactly(new Quote("We will keep working with all partners", "Anna Berg", null));
    }

    /**
     * British English pages quote in single marks (‘…,’ said Anna Berg), and a reader takes them as
     * quotation marks; the closing mark is also the apostrophe, so one inside a word ("OSCE’s",
     * "don’t") never closes a quotation, and a plural's apostrophe before a space ("participants’")
     * gives way to a later mark after the quotation's punctuation. A ‘ inside a word, or single
     * marks round a few words (a scare quote), give no quotation, as with double marks.
     */
    @Test
    void readsSingleQuotationMarksButNotApostrophes() {
        assertThat(find("‘The OSCE’s work does not stop at the border,’ said Anna Berg."))
                .containsExactly(new Quote("The OSCE’s work does not stop at the border", "Anna Berg", null));
        assertThat(find("‘We defend the participants’ rights in every case,’ said Anna Berg."))
                .containsExactly(new Quote("We defend the participants’ rights in every case", "Anna Berg", null));
        assertThat(find("‘Yes’, she said, ‘we will keep working with all partners.’"))
                .extracting(Quote::text)
                .containsExactly("Yes", "we will keep working with all partners."); // "she said": a short quote counts
        assertThat(find("The so-called ‘frozen conflicts’ were discussed at the meeting."))
                .isEmpty();
        assertThat(find("The OSCE’s Secretary General and the Mission’s staff met in the ’90s."))
                .isEmpty();
    }

    @Test
    void trimsSpacesAndTrailingCommasOffTheQuotation() {
        assertThat(find("“  We will keep working with partners , ,  ” said Anna Berg."))
                .extracting(Quote::text)
                .containsExactly("We will keep working with partners");
        assertThat(find("“ , ”")).isEmpty();
        assertThat(find("“   ”")).isEmpty();
        assertThat(find("“”")).isEmpty();
    }

    @Test
    void takesFiveWordsOrAClosingPunctuationMarkForAQuotation() {
        assertThat(find("“one two three four five” and more."))
                .extracting(Quote::text)
                .containsExactly("one two three four five");
        assertThat(find("“one two three four” and more.")).isEmpty();
        // words in lower case quoted inside a sentence, with no attribution, are quoted wording, not
        // a quotation (hold-out 9: an oath "to serve honestly, impartially and ...")
        assertThat(find("The “one two three four five” plan.")).isEmpty();
        assertThat(find("He wrote “Never again.” and left."))
                .extracting(Quote::text)
                .containsExactly("Never again.");
        assertThat(find("He wrote “Never again!” and left."))
                .extracting(Quote::text)
                .containsExactly("Never again!");
        assertThat(find("He wrote “Why now?” and left."))
                .extracting(Quote::text)
                .containsExactly("Why now?");
        assertThat(find("He wrote “Never again;” and left.")).isEmpty();
    }

    @Test
    void readsEachQuotationOfAParagraphOnce() {
        assertThat(find("“One two three four five.” and “Six seven eight nine ten.” and “eleven”"))
                .extracting(Quote::text)
                .containsExactly("One two three four five.", "Six seven eight nine ten.");
    }

    @Test
    void takesTheNameAndRoleAfterTheVerb() {
        assertThat(find("“We will keep working with all partners,” said Jan de Vries, the Head of Office."))
                .containsExactly(
                        new Quote("We will keep working with all partners", "Jan de Vries", "the Head of Office"));
        assertThat(find("“We will keep working with all partners,” stressed Anna Berg after the visit."))
                .containsExactly(new Quote("We will keep working with all partners", "Anna Berg", null));
        assertThat(find("“We will keep working with all partners,” said Anna Berg,  ."))
                .containsExactly(new Quote("We will keep working with all partners", "Anna Berg", null));
    }

    @Test
    void takesTheNameBeforeTheVerb() {
        // the full name written before, though with no cue, is the person the surname stands for (fact 93)
        assertThat(find("Anna Berg opened the talks. “We will keep working with all partners,” Berg said."))
                .containsExactly(new Quote("We will keep working with all partners", "Anna Berg", null));
        assertThat(find("“We will keep working with all partners,” Anna Berg said."))
                .containsExactly(new Quote("We will keep working with all partners", "Anna Berg", null));
    }

    @Test
    void takesTheRoleAfterTheLastVerbOfSpeechBeforeTheName() {
        List<Quote> quotes = find("Participants said the talks stressed the Head of the Unit, Guy Vinet."
                + " “We will meet again next year,” he said.");

        assertThat(quotes)
                .containsExactly(new Quote("We will meet again next year", "Guy Vinet", "the Head of the Unit"));
    }

    @Test
    void resolvesAPronounOrASurnameToThePersonNamedBefore() {
        List<Quote> quotes = find(
                "OSCE Secretary General Lamberto Zannier opened the talks.",
                "“We will keep working with all partners,” he said.",
                "“We will not give up on the people,” said Zannier.");

        assertThat(quotes)
                .containsExactly(
                        new Quote(
                                "We will keep working with all partners", "Lamberto Zannier", "OSCE Secretary General"),
                        new Quote("We will not give up on the people", "Lamberto Zannier", "OSCE Secretary General"));
    }

    @Test
    void givesAPronounNobodyWhenNoPersonWasNamedBefore() {
        assertThat(find("“We will keep working with all partners,” she said. Ambassador Anna Berg agreed."))
                .containsExactly(new Quote("We will keep working with all partners", null, null));
    }

    @Test
    void skipsTheAuxiliaryAndTheDashBeforeTheVerb() {
        assertThat(find("« Nous continuerons à travailler avec tous », a dit Hélène Marchetti."))
                .containsExactly(new Quote("Nous continuerons à travailler avec tous", "Hélène Marchetti", null));
        assertThat(
                        find(
                                "Ольга Смирнова, старший советник, открыла встречу. «Мы продолжим работу со всеми партнёрами», – заявила она."))
                .containsExactly(
                        new Quote("Мы продолжим работу со всеми партнёрами", "Ольга Смирнова", "старший советник"));
    }

    @Test
    void takesTheSpeakerBeforeAColonOrACommaInTheSameSentence() {
        assertThat(find("The talks opened. Anna Berg said: “We will keep working with all partners.”"))
                .containsExactly(new Quote("We will keep working with all partners.", "Anna Berg", null));
        assertThat(find("Anna Berg added,  “We will keep working with all partners.”"))
                .containsExactly(new Quote("We will keep working with all partners.", "Anna Berg", null));
        assertThat(find("The talks opened: “We will keep working with all partners.”"))
                .containsExactly(new Quote("We will keep working with all partners.", null, null));
    }

    @Test
    void givesAnUnattributedQuotationTheSpeakerOfTheQuotationRightBeforeIt() {
        // quotations.txt, fact 6: a quotation paragraph with no attribution after a named speaker's
        // quotation is that speaker's; after a paragraph without a quotation it is nobody's.
        List<Quote> quotes = find(
                "“We will keep working with all partners,” said Jan de Vries, the Head of Office. “Our doors stay open.”",
                "“A new paragraph that opens with a quotation goes on with it.”",
                "The talks then closed.",
                "“After a paragraph without a quotation it is another matter.”");

        assertThat(quotes)
                .containsExactly(
                        new Quote("We will keep working with all partners", "Jan de Vries", "the Head of Office"),
                        new Quote("Our doors stay open.", "Jan de Vries", "the Head of Office"),
                        new Quote(
                                "A new paragraph that opens with a quotation goes on with it.",
                                "Jan de Vries",
                                "the Head of Office"),
                        new Quote("After a paragraph without a quotation it is another matter.", null, null));
    }

    @Test
    void joinsAQuotationThatRunsIntoTheNextParagraphOnlyWhenThatOneOpensAMarkAgain() {
        assertThat(find("“We will keep working with all partners.", "“And we will not stop,” said Anna Berg."))
                .containsExactly(
                        new Quote("We will keep working with all partners. And we will not stop", "Anna Berg", null));
        assertThat(find("“We will keep working with all partners.", "Anna Berg said so at the end."))
                .containsExactly(new Quote("We will keep working with all partners.", null, null));
        assertThat(find("“We will keep working.", "“", "“And we will not stop,” said Anna Berg."))
                .containsExactly(new Quote("We will keep working. And we will not stop", "Anna Berg", null));
        assertThat(find("‹We will keep working with all partners›, said Anna Berg."))
                .containsExactly(new Quote("We will keep working with all partners", "Anna Berg", null));
    }

    @Test
    void takesACapitalisedNameInMarksInsideASentenceForATitle() {
        assertThat(find("The course presented the “Law on Preventing and Combating Domestic Violence” to judges."))
                .isEmpty();
        assertThat(find("The judges read the “Law on Preventing and Combating Domestic Violence,” said Anna Berg."))
                .extracting(Quote::speaker)
                .containsExactly("Anna Berg");
        assertThat(find("Judges asked: “Who will pay for the shelters we need”"))
                .extracting(Quote::text)
                .containsExactly("Who will pay for the shelters we need");
    }

    @Test
    void takesAShortQuotationWhenAPronounAndAVerbOfSpeechFollowIt() {
        assertThat(find("Anna Berg said the talks would open. “We are back,” she said."))
                .containsExactly(new Quote("We are back", "Anna Berg", null));
        assertThat(find("Anna Berg said the talks would open. “We are back,” said Anna Berg."))
                .isEmpty();
        assertThat(find("The “one two three” plan was presented.")).isEmpty();
    }

    @Test
    void keepsAnUnknownSpeakerOnlyWhenItLooksLikeAName() {
        assertThat(find("“We will keep working with all partners,” said Anna Maria Berg Larsen."))
                .extracting(Quote::speaker)
                .containsExactly("Anna Maria Berg Larsen");
        assertThat(find("“We will keep working with all partners,” said Anna Maria Berg Larsen Olsen."))
                .extracting(Quote::speaker)
                .containsExactly((String) null);
        assertThat(find("“We will keep working with all partners,” said de Vries."))
                .extracting(Quote::speaker)
                .containsExactly((String) null);
        assertThat(find("“We will keep working with all partners,” said the Ambassador."))
                .extracting(Quote::speaker, Quote::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ambassador", null));
    }

    @Test
    void endsTheAttributionAtTheSentenceEndButNotAtATitle() {
        assertThat(find("“We will keep working with all partners,” said Anna Berg. Erik Lund left."))
                .extracting(Quote::speaker)
                .containsExactly("Anna Berg");
        assertThat(find("“We will keep working with all partners,” said Anna Berg! Erik Lund left."))
                .extracting(Quote::speaker)
                .containsExactly("Anna Berg");
        assertThat(find("“We will keep working with all partners,” Dr. Berg said."))
                .extracting(Quote::speaker)
                .containsExactly("Berg");
    }

    @Test
    void ordersMentionsAcrossParagraphsByTheirPositionInTheWholeText() {
        assertThat(find("", "Anna Berg said the talks open. “We will keep working with all partners,” she said."))
                .extracting(Quote::speaker)
                .containsExactly("Anna Berg");
        assertThat(find(
                        "Anna Berg said the talks would open.",
                        "and then Ambassador Erik Lund arrived. “We will keep working with all partners,” he said."))
                .extracting(Quote::speaker)
                .containsExactly("Erik Lund");
    }

    @Test
    void aSurnameInAnAttributionIsAMentionForLaterPronouns() {
        List<Quote> quotes = find(
                "Anna Berg said the talks open today. Erik Lund said they close tomorrow.",
                "“We will keep working with all partners,” said Berg.",
                "“We will never give up on this work,” she said.");

        assertThat(quotes).extracting(Quote::speaker).containsExactly("Anna Berg", "Anna Berg");
    }

    @Test
    void readsAttributionsTooShortToNameAnyone() {
        assertThat(find("Anna Berg spoke. “We will keep working with all partners,” said."))
                .containsExactly(new Quote("We will keep working with all partners", null, null));
        assertThat(find("Anna Berg spoke. “We will keep working with all partners,” Berg."))
                .containsExactly(new Quote("We will keep working with all partners", null, null));
        assertThat(find("Anna Berg spoke. “We will keep working with all partners,” Anna Berg."))
                .containsExactly(new Quote("We will keep working with all partners", null, null));
    }

    @Test
    void aVerbOpeningTheSentenceBeforeTheQuotationNamesNobody() {
        List<Quote> quotes = find(
                "“We will keep working with all partners,” said Anna Berg. Added: “We will never give up on this.”");

        assertThat(quotes)
                .containsExactly(
                        new Quote("We will keep working with all partners", "Anna Berg", null),
                        new Quote("We will never give up on this.", "Anna Berg", null));
    }

    @Test
    void takesTheSpeakerBeforeAStraightQuotationMarkThatOpensWithASpace() {
        assertThat(find("The talks opened. Anna Berg said, \" We will keep working with all partners.\""))
                .containsExactly(new Quote("We will keep working with all partners.", "Anna Berg", null));
    }

    @Test
    void givesNoRoleWhenTheNameStartsWithAParticle() {
        assertThat(find("“We will keep working with all partners,” said de Vries, the Head of Office."))
                .containsExactly(new Quote("We will keep working with all partners", null, null));
    }
}
