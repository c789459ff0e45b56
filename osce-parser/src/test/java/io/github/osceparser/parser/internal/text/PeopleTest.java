package io.github.osceparser.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.parser.internal.lexicon.Lexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleTest {
    private static List<People.Person> scan(String... paragraphs) {
        People people = new People(Lexicon.english());
        long offset = 0;
        for (String paragraph : paragraphs) {
            people.scan(paragraph, offset);
            offset += paragraph.length() + 1;
        }
        return people.all();
    }

    @Test
    void takesTheRoleWordsBeforeANameAsTheRole() {
        assertThat(scan("OSCE Secretary General Lamberto Zannier opened the meeting."))
                .containsExactly(new People.Person("Lamberto Zannier", "OSCE Secretary General", 23));
        assertThat(scan("The talks began when NATO Ambassador Anna Berg arrived."))
                .containsExactly(new People.Person("Anna Berg", "Ambassador", 37));
    }

    @Test
    void takesAnAppositionAfterTheNameAsTheRole() {
        assertThat(scan("Kevin Carty, the Senior Police Adviser to the Secretary General, spoke."))
                .containsExactly(
                        new People.Person("Kevin Carty", "the Senior Police Adviser to the Secretary General", 0));
        assertThat(scan("We met Anna Berg, the Head of Mission (Skopje) in May."))
                .containsExactly(new People.Person("Anna Berg", "the Head of Mission", 7));
        assertThat(scan("We met Anna Berg, ODIHR's Senior Adviser."))
                .containsExactly(new People.Person("Anna Berg", "ODIHR's Senior Adviser", 7));
        assertThat(scan("Hélène Marchetti, conseillère principale du Bureau, a ouvert la séance."))
                .containsExactly(new People.Person("Hélène Marchetti", "conseillère principale du Bureau", 0));
    }

    @Test
    void takesARolePhraseBeforeTheNameAsTheRole() {
        assertThat(scan("Speaking next, the Head of the Strategic Police Matters Unit, Guy Vinet, explained it."))
                .containsExactly(new People.Person("Guy Vinet", "the Head of the Strategic Police Matters Unit", 62));
        assertThat(scan("Much was said today, said the Head of Mission, Anna Berg."))
                .containsExactly(new People.Person("Anna Berg", "the Head of Mission", 47));
    }

    @Test
    void recordsANameBeforeOrAfterAVerbOfSpeechWithoutARole() {
        assertThat(scan("Anna Berg said the work goes on.")).containsExactly(new People.Person("Anna Berg", null, 0));
        assertThat(scan("The work goes on, said Anna Berg.")).containsExactly(new People.Person("Anna Berg", null, 23));
        assertThat(scan("Anna Maria Berg stressed the point."))
                .containsExactly(new People.Person("Anna Maria Berg", null, 0));
    }

    @Test
    void recordsNoNameWithoutACue() {
        assertThat(scan("Anna Berg visited the school in May.")).isEmpty();
        assertThat(scan("Anna Berg, who spoke first, left early.")).isEmpty();
        assertThat(scan("Anna Berg, OSCE staff, left early.")).isEmpty();
        assertThat(scan("Anna Berg, and others, left early.")).isEmpty();
    }

    @Test
    void recordsOnlyRunsOfTwoOrThreeNameWords() {
        assertThat(scan("Berg said the work goes on.")).isEmpty();
        assertThat(scan("Anna Maria Berg Larsen said the work goes on.")).isEmpty();
        assertThat(scan("Berg, Anna said the work goes on.")).isEmpty();
        assertThat(scan("Ambassador Berg said the work goes on.")).isEmpty();
    }

    @Test
    void recordsNoOrganisationOrPlace() {
        assertThat(scan("The Permanent Council said it would meet.")).isEmpty();
        assertThat(scan("Vienna Airport said it would open.")).isEmpty();
        assertThat(scan("The delegation travelled to Banja Luka, the second city."))
                .isEmpty();
        assertThat(scan("They came from Novi Sad, the second city.")).isEmpty();
        assertThat(scan("They met in Novi Sad, the second city.")).isEmpty();
        assertThat(scan("They met at Novi Sad, the second city.")).isEmpty();
        assertThat(scan("They met Novi Sad, the second city."))
                .containsExactly(new People.Person("Novi Sad", "the second city", 9));
    }

    @Test
    void aPhraseBeforeTheNameMustBeADefiniteRole() {
        assertThat(scan("In the morning, Anna Berg arrived.")).isEmpty();
        assertThat(scan("The meeting ended, the Head of Mission, Anna Berg arrived."))
                .containsExactly(new People.Person("Anna Berg", "the Head of Mission", 40));
        assertThat(scan("On the first day, the chair of the group, Anna Berg arrived."))
                .isEmpty();
    }

    @Test
    void anAppositionHasAtMostSixteenWords() {
        String sixteen = "the one of two of three of four of five of six of seven of eight";
        String seventeen = sixteen + " x";
        assertThat(scan("We met Anna Berg, " + sixteen + "."))
                .containsExactly(new People.Person("Anna Berg", sixteen, 7));
        assertThat(scan("We met Anna Berg, " + seventeen + ".")).isEmpty();
    }

    @Test
    void keepsTheRoleOfTheFirstMention() {
        People people = new People(Lexicon.english());
        people.scan("Ambassador Anna Berg opened the meeting.", 0);
        people.scan("later Anna Berg, the Head of Mission, said more.", 100);

        assertThat(people.all()).containsExactly(new People.Person("Anna Berg", "Ambassador", 11));
        assertThat(people.lastBefore(200)).isEqualTo(new People.Person("Anna Berg", "Ambassador", 11));
    }

    @Test
    void findsAPersonByFullNameOrByAnyTailOfIt() {
        People people = new People(Lexicon.english());
        people.scan("Anna Maria Berg said it first. Erik Berg said it too.", 0);

        People.Person anna = new People.Person("Anna Maria Berg", null, 0);
        assertThat(people.all()).containsExactly(anna, new People.Person("Erik Berg", null, 31));
        assertThat(people.byName("Anna Maria Berg")).isEqualTo(anna);
        assertThat(people.byName("Maria Berg")).isEqualTo(anna);
        assertThat(people.byName("Berg")).as("the earliest named").isEqualTo(anna);
        assertThat(people.byName("Erik Berg").name()).isEqualTo("Erik Berg");
        // a given name alone is the one person who has it: pages call participants so ("said
        // Marija", hold-out 10); one two people share names nobody
        assertThat(people.byName("Anna")).isEqualTo(anna);
        assertThat(people.byName("Erik").name()).isEqualTo("Erik Berg");
        people.scan("Erik Lund said it last.", 60);
        assertThat(people.byName("Erik")).isNull();
        assertThat(people.byName("Lund").name()).isEqualTo("Erik Lund");
    }

    @Test
    void givesThePersonMentionedLastBeforeAPosition() {
        People people = new People(Lexicon.english());
        people.scan("Anna Berg said so.", 0);
        people.scan("and then Erik Lund said more.", 50);

        assertThat(people.lastBefore(0)).isNull();
        assertThat(people.lastBefore(1).name()).isEqualTo("Anna Berg");
        assertThat(people.lastBefore(59).name()).isEqualTo("Anna Berg");
        assertThat(people.lastBefore(60).name()).isEqualTo("Erik Lund");

        people.mentioned(people.byName("Berg"), 70);
        people.mentioned(people.byName("Lund"), 70);
        assertThat(people.lastBefore(71).name())
                .as("the first mention at a position stays")
                .isEqualTo("Anna Berg");
    }

    @Test
    void aLaterMentionOfAKnownPersonCountsWhereItStands() {
        People people = new People(Lexicon.english());
        people.scan("Ambassador Anna Berg opened the meeting.", 0);
        people.scan("Erik Lund said hello.", 50);
        String third = "After a long debate about the budget and the work of the year, Anna Berg said more.";
        people.scan(third, 100);

        assertThat(third.indexOf("Anna Berg")).isGreaterThan(50);
        assertThat(people.all())
                .containsExactly(
                        new People.Person("Anna Berg", "Ambassador", 11), new People.Person("Erik Lund", null, 50));
        assertThat(people.lastBefore(300).name()).isEqualTo("Anna Berg");
        assertThat(people.lastBefore(101).name()).isEqualTo("Erik Lund");
    }

    @Test
    void readsAnAppositionThatRunsToTheEndOfTheText() {
        assertThat(scan("We met Anna Berg, the Head of Mission"))
                .containsExactly(new People.Person("Anna Berg", "the Head of Mission", 7));
    }

    @Test
    void readsARolePhraseThatOpensTheText() {
        assertThat(scan("the Head of Mission, Anna Berg opened the meeting."))
                .containsExactly(new People.Person("Anna Berg", "the Head of Mission", 21));
    }

    @Test
    void dropsAVerbOfSpeechBeforeTheRolePhraseButOnlyAWholeWord() {
        assertThat(scan("In the end, so said the Head of Mission, Anna Berg."))
                .containsExactly(new People.Person("Anna Berg", "the Head of Mission", 41));
        assertThat(scan("It went unsaid the Head of Mission, Anna Berg left.")).isEmpty();
    }

    @Test
    void takesALowerCaseAppositionOfAtMostSixteenWords() {
        String sixteen = "one of two of three of four of five of six of seven of eight nine";
        assertThat(scan("We met Anna Berg, " + sixteen + "."))
                .containsExactly(new People.Person("Anna Berg", sixteen, 7));
        assertThat(scan("We met Anna Berg, " + sixteen + " x.")).isEmpty();
    }

    @Test
    void takesACapitalisedAppositionOfAtMostSixteenWordsWhenItHoldsACapitalisedRoleWord() {
        String sixteen = "Senior Adviser" + " x".repeat(14);
        assertThat(scan("We met Anna Berg, " + sixteen + "."))
                .containsExactly(new People.Person("Anna Berg", sixteen, 7));
        assertThat(scan("We met Anna Berg, " + sixteen + " x.")).isEmpty();
        assertThat(scan("We met Anna Berg, Swedish senior adviser.")).isEmpty();
        assertThat(scan("We met Anna Berg, Swedish Senior Adviser."))
                .containsExactly(new People.Person("Anna Berg", "Swedish Senior Adviser", 7));
    }

    @Test
    void takesAVerbOfSpeechBeforeTheNameOnlyAsAWholeWord() {
        assertThat(scan("said Anna Berg on Monday.")).containsExactly(new People.Person("Anna Berg", null, 5));
        assertThat(scan("The edit Anna Berg made was small.")).isEmpty();
    }

    @Test
    void readsCapitalsUpToTheEndOfTheText() {
        assertThat(scan("It was said by the OSCE")).isEmpty();
        assertThat(scan("Ambassador Anna BERG")).isEmpty();
    }

    @Test
    void takesAnEmptyAppositionForNoRole() {
        assertThat(scan("We met Anna Berg, (today) in Vienna.")).isEmpty();
        assertThat(scan("We met Anna Berg, . Then we left.")).isEmpty();
    }
}
