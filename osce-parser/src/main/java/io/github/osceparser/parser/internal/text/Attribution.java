package io.github.osceparser.parser.internal.text;

import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import io.github.osceparser.parser.internal.lexicon.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the words around a quotation name its speaker: after the closing mark ("”, said Anna
 * Berg, the Head of Office.", "», – заявила она.", "”, the Swedish Foreign Minister said.") or
 * before the opening mark ("Marta Ibarrola, executive director of ..., said: “"). Each shape gives
 * the words that name the speaker, and a role written there; {@link Speakers} says who that is.
 */
final class Attribution {
    /** The most words before a verb of speech after a quotation: "the Swedish Foreign Minister said". */
    private static final int MAX_SUBJECT = 5;
    /** The most when they open with a role: "Deputy Minister for European Integration Ana Lukic told". */
    private static final int MAX_ROLE_SUBJECT = 9;

    private final Speakers speakers;
    private final People people;
    private final WordList auxiliaries;
    private final WordList particles;
    private final WordList notNameWords;
    private final WordList determiners;
    private final WordList agents;
    private final WordList reportedSpeech;
    private final WordList clauseStarters;
    /** "the following statement", "следующее заявление": each cue as its lower-case words. */
    private final List<String[]> statementCues = new ArrayList<>();

    private final Clauses clauses;

    Attribution(Lexicon lexicon, People people) {
        this.people = people;
        this.speakers = new Speakers(lexicon, people);
        auxiliaries = lexicon.words(Section.AUXILIARIES);
        particles = lexicon.words(Section.NAME_PARTICLES);
        notNameWords = lexicon.words(Section.NOT_NAME_WORDS);
        reportedSpeech = lexicon.words(Section.REPORTED_SPEECH);
        determiners = lexicon.words(Section.DETERMINERS);
        agents = lexicon.words(Section.AGENT_WORDS);
        clauseStarters = lexicon.words(Section.CLAUSE_STARTERS);
        for (String cue : lexicon.words(Section.STATEMENT_CUES).entries()) {
            statementCues.add(cue.toLowerCase(Locale.ROOT).split(" "));
        }
        clauses = new Clauses(lexicon);
    }

    /** The speaker the words after a closing mark name, or null when they attribute nothing. */
    Speakers.Said after(Tokens.Words words, int after, long position) {
        String text = words.text();
        int tailTo = clauses.sentenceEnd(text, after);
        int tailFrom = clauses.stripAuxiliary(text, Clauses.stripLeadingPunctuation(text, after, tailTo), tailTo);
        int first = words.firstFrom(tailFrom);
        int last = words.endBefore(first, tailTo);
        if (first >= last || words.start(first) != tailFrom || !Character.isLetter(text.charAt(tailFrom))) {
            return null;
        }
        if (speechVerbAt(words, first)) {
            // "…," rekao je Linhart: an auxiliary after the verb is no part of the name
            int who = first + 2 < last && auxiliaries.contains(words.lower(first + 1)) ? first + 2 : first + 1;
            return last - first > 1 ? afterVerb(words, who, last, tailTo, position) : null;
        }
        int opening = roleOpening(words, first, last);
        int most = people.isRoleWord(words.lower(opening)) ? MAX_ROLE_SUBJECT : MAX_SUBJECT;
        // after a quotation that ends its sentence, an opening phrase and its comma start a new
        // sentence that leads into the next quotation ("….” In its work, he added, “…”)
        boolean sentenceEnded = after >= 2 && ".!?".indexOf(text.charAt(after - 2)) >= 0;
        for (int v = first + 1; v < Math.min(last, first + most + 1); v++) {
            if (speechVerbAt(words, v)) {
                if (sentenceEnded && Clauses.firstComma(text, tailFrom, words.start(v)) >= 0) {
                    return null;
                }
                return subject(words, first, v, position);
            }
        }
        return null;
    }

    /**
     * The speaker the clause before an opening mark names ("Anna Berg said: “"), or null; the clause
     * starts after a sentence's end or a closing mark, never before {@code floor}, the end of the
     * quotation before it in the paragraph.
     */
    Speakers.Said before(Tokens.Words words, int open, int floor, long offset) {
        String text = words.text();
        int headEnd = Clauses.stripEnd(text, floor, open);
        if (headEnd == floor) {
            return null;
        }
        char mark = text.charAt(headEnd - 1);
        int leadEnd = headEnd - 1;
        // "... посол NAME сделал сегодня следующее заявление…": only a statement cue leads into the quotation
        boolean ellipsis = mark == '…' || mark == '.' && leadEnd >= 2 && text.startsWith("...", leadEnd - 2);
        if (ellipsis) {
            leadEnd = mark == '…' ? leadEnd : leadEnd - 2;
        } else if (mark == '.') {
            // "..., Burkhalter confirmed. “The OSCE ...”": a sentence that ends in its verb of speech.
            int verb = words.endBefore(words.firstFrom(floor), leadEnd) - 1;
            if (verb < 0 || words.end(verb) != leadEnd || !speechVerbAt(words, verb)) {
                return issuedBy(words, floor, leadEnd, offset);
            }
        } else if (Character.isLetterOrDigit(mark)) {
            int quoted = Clauses.stripStart(text, open + 1, text.length());
            // a part of a sentence in lower case, or a whole sentence ("emphasized that “Neutrality is
            // ... Europe.”"); a capitalised phrase is a title ("said that the “Law on ...”")
            return quoted < text.length() && (Character.isLowerCase(text.charAt(quoted)) || quotesSentence(text, open))
                    ? reported(words, headEnd, floor, offset)
                    : null;
        } else if (mark != ':' && mark != ',') {
            return null;
        }
        // Searched in place and back to the quotation before at most: copying the text, or
        // searching it back to the paragraph's start, for every quotation made a paragraph of many
        // quotations quadratic.
        int start = Clauses.clauseStart(text, floor, leadEnd - 2);
        if (mark == '.' && !ellipsis) {
            int comma = Clauses.lastComma(text, start, leadEnd);
            start = comma < 0 ? start : comma + 2; // the subject after the sentence's last comma
        }
        int clauseFrom = Clauses.stripStart(text, start, leadEnd);
        int clauseFirst = words.firstFrom(clauseFrom);
        int clauseLast = words.endBefore(clauseFirst, leadEnd);
        for (int w = ellipsis ? clauseFirst : clauseLast - 1; w > clauseFirst; w--) {
            if (speechVerbAt(words, w)) {
                Speakers.Said said = subjectAfterOpening(words, clauseFirst, clauseFrom, w, offset);
                return mark == ':' ? orMentioned(said, offset + clauseFrom, offset + leadEnd) : said;
            }
        }
        if (mark == ',') {
            return null;
        }
        Speakers.Said said = statement(words, clauseFirst, clauseLast, offset + clauseFrom);
        if (said != null || mark != ':') {
            return said;
        }
        return orMentioned(
                sentenceSubject(words, clauseFirst, clauseLast, offset, false), offset + clauseFrom, offset + leadEnd);
    }

    /**
     * The speaker of a quotation that opens a sentence of its own after a sentence that reports what
     * a person said: "The Head of the Mission, NAME, urged all actors to act without delay. “I call
     * upon ...”", "..., explains NAME, ROLE. “...”". The subject of the first verb of speech of the
     * sentence that ends at {@code end} (not before {@code floor}), or the person after it when a
     * comma comes before it, when that is a pronoun or names a person; null otherwise. Read in the
     * quotation's own paragraph only: a quotation paragraph after such a sentence is {@link
     * #reportedLast}'s.
     */
    Speakers.Said reportedInSentence(Tokens.Words words, int open, int floor, long offset) {
        String text = words.text();
        int headEnd = Clauses.stripEnd(text, floor, open);
        if (headEnd == floor || text.charAt(headEnd - 1) != '.') {
            return null;
        }
        int end = headEnd - 1;
        int start = floor;
        for (int i = end - 1; i > floor; i--) {
            if (text.charAt(i) == ' '
                    && ".!?".indexOf(text.charAt(i - 1)) >= 0
                    && !clauses.isAbbreviation(text, i - 1)) {
                start = i + 1;
                break;
            }
        }
        int first = words.firstFrom(start);
        int last = words.endBefore(first, end);
        for (int w = first + 1; w < last; w++) {
            if (speechVerbAt(words, w)) {
                // "..., explains NAME, ROLE.": the verb after a comma, the speaker after it (not
                // "NAME, ROLE, urged all actors ...", whose verb an object follows)
                boolean inverted = words.start(w) >= 2
                        && text.startsWith(", ", words.start(w) - 2)
                        && w + 1 < last
                        && Character.isUpperCase(text.charAt(words.start(w + 1)));
                // a person the page names there, not a word that only looks like a name ("Participants")
                boolean named = inverted
                        ? people.mentionedBetween(offset + words.end(w), offset + end)
                        : people.mentionedBetween(offset + words.start(first), offset + words.start(w));
                Speakers.Said said = inverted
                        ? (w + 1 < last ? afterVerb(words, w + 1, last, end, offset + words.start(w)) : null)
                        : subjectAfterOpening(words, first, start, w, offset);
                return said != null && said.speaker() != null && (named || said.pronoun()) ? said : null;
            }
        }
        return null;
    }

    /**
     * The person a paragraph that announces a statement names as its author after an agent word:
     * "The following statement ... was issued in Vienna today by Ambassador NAME, ROLE." leads into
     * the quotation paragraphs after it; null when the words {@code [floor, end)} hold no statement
     * cue, or no agent word after it.
     */
    private Speakers.Said issuedBy(Tokens.Words words, int floor, int end, long offset) {
        int first = words.firstFrom(floor);
        int last = words.endBefore(first, end);
        int cue = statementCue(words, first, last);
        if (cue < 0) {
            return null;
        }
        for (int w = cue + 1; w + 1 < last; w++) {
            if (agents.contains(words.lower(w))) {
                return afterVerb(words, w + 1, last, end, offset + words.start(w));
            }
        }
        return null;
    }

    /**
     * The speaker a sentence that leads into a quotation with a colon gives: its subject's, else,
     * when the subject names nobody, the person it mentions last by name or title ("The second
     * question highlighted by the Chairperson-in-Office was ...:"); {@code said} when it mentions
     * nobody known either.
     */
    private Speakers.Said orMentioned(Speakers.Said said, long from, long to) {
        if (said != null && said.speaker() != null) {
            return said;
        }
        Speakers.Said mentioned = speakers.mentionedIn(from, to);
        return mentioned != null ? mentioned : said;
    }

    /**
     * The speaker a sentence without a verb of speech gives by its subject (after an opening phrase
     * and its comma, at most), when that is a pronoun or names a person; null otherwise. A sentence
     * that leads into the quotation with a colon: "As an illustration, he expressed his satisfaction
     * with ...: “", "NAME, a trainer from ..., reflected on the experience: “", "The
     * Chairperson-in-Office also emphasized the importance of ...: “" ("The course covered three
     * topics: “" names nobody). When {@code named}, the subject must be a pronoun or name someone
     * the page has named: the last sentence of a paragraph before a quotation paragraph ("The second
     * keynote speaker, NAME, ROLE, also drew attention to ...").
     */
    private Speakers.Said sentenceSubject(Tokens.Words words, int first, int last, long offset, boolean named) {
        if (first >= last) {
            return null;
        }
        String text = words.text();
        int comma = Clauses.firstComma(text, words.start(first), words.end(last - 1));
        int[] starts = {first, comma > 0 ? words.firstFrom(comma + 1) : -1};
        for (int start : starts) {
            if (start < 0 || start >= last) {
                continue;
            }
            int verb = verbAfterSubject(words, start, last);
            if (verb < 0) {
                continue;
            }
            boolean pronoun = verb == start + 1 && speakers.isPronoun(words.lower(start));
            if (named
                    && !pronoun
                    && !people.mentionedBetween(offset + words.start(start), offset + words.start(verb))) {
                continue;
            }
            Speakers.Said said = subject(words, start, verb, offset + words.start(start));
            if (said.speaker() != null) {
                return said;
            }
        }
        return null;
    }

    /**
     * The word after the subject that opens at {@code start}: a pronoun, a run of capitalised words
     * ("The Chairperson-in-Office", "Anna Berg"), with an apposition between commas after it ("Anna
     * Berg, a trainer from ...,"); -1 when no lower-case word follows it in {@code [start, last)}.
     */
    private int verbAfterSubject(Tokens.Words words, int start, int last) {
        String text = words.text();
        if (speakers.isPronoun(words.lower(start))) {
            return start + 1 < last ? start + 1 : -1;
        }
        int runEnd = capitalisedRunEnd(words, start, words.end(last - 1));
        if (runEnd <= 0
                || runEnd == words.end(start) && people.byName(text.substring(words.start(start), runEnd)) == null) {
            return -1; // one capitalised word names someone only as a surname the page gave before ("As an ...")
        }
        int next = words.firstFrom(runEnd);
        if (text.startsWith(", ", runEnd)) {
            // the apposition ends at a comma, or at a comma inside marks: 'the centre "Umed," reflected'
            int close = -1;
            for (int c = runEnd + 2; c + 1 < words.end(last - 1) && close < 0; c++) {
                if (text.charAt(c) == ',' && (text.charAt(c + 1) == ' ' || "”»\"’".indexOf(text.charAt(c + 1)) >= 0)) {
                    close = c;
                }
            }
            next = close > 0 ? words.firstFrom(close + 1) : -1;
        }
        return next > start && next < last && Character.isLowerCase(text.charAt(words.start(next))) ? next : -1;
    }

    /** How many words before a phrase in marks the reported speech it belongs to may begin. */
    private static final int MAX_REPORTED_REACH = 80;

    /**
     * The person whose reported speech a phrase in marks continues, later in the same paragraph:
     * "He emphasized that the OSCE is only as strong as its States make it. In ensuring its
     * strength, States must “adhere to ...”". The subject of the last "VERB that" before the mark,
     * within {@value #MAX_REPORTED_REACH} words, when it is a pronoun or a person the page named;
     * null otherwise.
     */
    Speakers.Said reportedBefore(Tokens.Words words, int open, long offset) {
        int end = words.endBefore(Math.max(0, words.firstFrom(open) - MAX_REPORTED_REACH), open);
        for (int w = end - 2; w > 0 && end - w <= MAX_REPORTED_REACH; w--) {
            if (!speechVerbAt(words, w) || !reportedSpeech.contains(words.lower(w + 1))) {
                continue;
            }
            return reportingSubject(words, w, 0, offset);
        }
        return null;
    }

    /**
     * The person whose words the paragraph reports last ("the Chairman-in-Office said he had written
     * ..."), from its words after {@code floor}: the subject of its last verb of speech when that is a
     * person the page has named; null otherwise. A quotation paragraph without an attribution that
     * follows such a paragraph is theirs.
     */
    Speakers.Said reportedLast(Tokens.Words words, int floor, long offset) {
        String text = words.text();
        int first = words.firstFrom(floor);
        // The last sentence: when it has no verb of speech, its subject may still be the speaker
        // ("The second keynote speaker, NAME, ROLE, also drew attention to ...", then a quotation).
        int lastSentence =
                words.firstFrom(Clauses.clauseStart(text, floor, Clauses.stripEnd(text, 0, text.length()) - 3));
        for (int w = words.size() - 1; w > first; w--) {
            if (!speechVerbAt(words, w)) {
                continue;
            }
            if (w < lastSentence) {
                Speakers.Said said = sentenceSubject(words, lastSentence, words.size(), offset, true);
                if (said != null) {
                    return said;
                }
            }
            return reportingSubject(words, w, floor, offset);
        }
        return sentenceSubject(words, Math.max(first, lastSentence), words.size(), offset, true);
    }

    /**
     * The subject of the verb of speech {@code w} in its clause (not before {@code floor}) when it is
     * a pronoun or a person the page named before: "Participants said" names nobody; null otherwise.
     */
    private Speakers.Said reportingSubject(Tokens.Words words, int w, int floor, long offset) {
        String text = words.text();
        int start = Clauses.stripStart(text, Clauses.clauseStart(text, floor, words.start(w) - 1), words.start(w));
        int clauseFirst = words.firstFrom(start);
        if (clauseFirst >= w) {
            return null;
        }
        boolean pronoun = w == clauseFirst + 1 && speakers.isPronoun(words.lower(clauseFirst));
        if (!pronoun && !people.mentionedBetween(offset + start, offset + words.start(w))) {
            return null;
        }
        // "Presenting the programme, NAME stressed that ...": the subject after an opening phrase
        Speakers.Said said = subjectAfterOpening(words, clauseFirst, start, w, offset);
        return said.speaker() != null ? said : null;
    }

    /** Whether the quotation opened at {@code open} ends in a sentence's end inside its marks: "... Europe.”". */
    private static boolean quotesSentence(String text, int open) {
        int close = QuoteMarks.closingAt(text, open);
        int end = Clauses.stripEnd(text, open + 1, close < 0 ? text.length() : close);
        return end > open + 1 && ".!?…".indexOf(text.charAt(end - 1)) >= 0;
    }

    /**
     * A quotation inside reported speech: "He noted that the OSCE was the only organization which is
     * “...”", "NAME underlined that the meeting “...”": the subject of the verb of speech that the
     * word opening reported speech follows, in the sentence before the mark; null when there is none.
     */
    private Speakers.Said reported(Tokens.Words words, int headEnd, int floor, long offset) {
        String text = words.text();
        int start = Clauses.stripStart(text, Clauses.clauseStart(text, floor, headEnd - 1), headEnd);
        int first = words.firstFrom(start);
        int last = words.endBefore(first, headEnd);
        for (int w = first + 1; w + 1 < last; w++) {
            if (speechVerbAt(words, w) && reportedSpeech.contains(words.lower(w + 1))) {
                return subjectAfterOpening(words, first, start, w, offset);
            }
        }
        // "In his address, NAME stressed the need for ... to “ensure ...”": a phrase quoted inside
        // what the subject of a verb of speech said, when that subject is a pronoun or a person
        for (int w = first + 1; w < last; w++) {
            if (speechVerbAt(words, w)) {
                Speakers.Said said = subjectAfterOpening(words, first, start, w, offset);
                return said.speaker() != null ? said : null;
            }
        }
        return null;
    }

    /**
     * The subject of the verb of speech {@code verb} in the clause that opens at word {@code first}
     * (at {@code from} in the text): its words, or, when they name nobody, the words after an
     * opening phrase and its comma ("On this anniversary, Ambassador NAME, the Head of ..., said:",
     * "Addressing the students, NAME, ROLE, emphasized that “...”").
     */
    private Speakers.Said subjectAfterOpening(Tokens.Words words, int first, int from, int verb, long offset) {
        Speakers.Said said = subject(words, first, verb, offset + from);
        int comma = said.speaker() == null ? Clauses.firstComma(words.text(), from, words.start(verb)) : -1;
        if (comma > 0) {
            int after = words.firstFrom(comma + 2);
            if (after < verb) {
                return subject(words, after, verb, offset + comma + 2);
            }
        }
        return said;
    }

    /**
     * "Ambassador NAME made the following statement to the press ...:", "посол NAME сделал сегодня
     * следующее заявление…": no verb of speech, but a statement cue; the speaker is the name before
     * the cue that the page knows, else the nearest one, and the role the words before it.
     */
    private Speakers.Said statement(Tokens.Words words, int first, int last, long position) {
        int cue = statementCue(words, first, last);
        if (cue < 0) {
            return null;
        }
        String text = words.text();
        int nearestStart = -1;
        int nearestEnd = -1;
        for (int end = cue; end - 2 >= first; end--) {
            if (!isNameWord(text, words, end - 1)
                    || !isNameWord(text, words, end - 2)
                    || !words.spaceBetween(end - 2, end - 1)) {
                continue;
            }
            int start = end - 2;
            if (start > first && isNameWord(text, words, start - 1) && words.spaceBetween(start - 1, start)) {
                start--; // three words: "Marc Perrin Brichambaut", or "Ambassador Martin Sajdik"
            }
            while (start < end - 1 && people.isRoleWord(words.lower(start))) {
                start++; // "Ambassador Martin Sajdik" is "Martin Sajdik"
            }
            String name = text.substring(words.start(start), words.end(end - 1));
            if (people.byName(name) != null) {
                return named(words, first, start, name, position);
            }
            if (nearestStart < 0 && !holdsNotNameWord(words, start, end)) {
                nearestStart = start;
                nearestEnd = end;
            }
            end = start;
        }
        return nearestStart < 0
                ? null
                : named(
                        words,
                        first,
                        nearestStart,
                        text.substring(words.start(nearestStart), words.end(nearestEnd - 1)),
                        position);
    }

    /** The name, with the words from the clause's start to it as its role ("посол" and ", " left out). */
    private Speakers.Said named(Tokens.Words words, int first, int nameStart, String name, long position) {
        String text = words.text();
        int to = Clauses.stripEnd(text, words.start(first), words.start(nameStart));
        while (to > words.start(first) && text.charAt(to - 1) == ',') {
            to = Clauses.stripEnd(text, words.start(first), to - 1);
        }
        String role = nameStart > first ? text.substring(words.start(first), to) : null;
        return speakers.named(name, role == null || role.isEmpty() ? null : role, position);
    }

    /**
     * Whether word {@code w} is a verb of speech used as a verb: not after an article or a
     * possessive, where it is a noun or an adjective ("the OSCE’s continued support", "his
     * remarks").
     */
    private boolean speechVerbAt(Tokens.Words words, int w) {
        if (!people.isSpeechVerb(words.lower(w))) {
            return false;
        }
        if (w == 0) {
            return true;
        }
        return !Tokens.endsWithPossessive(words.text(), words.start(w - 1), words.end(w - 1))
                && !determiners.contains(words.lower(w - 1));
    }

    private boolean holdsNotNameWord(Tokens.Words words, int from, int to) {
        for (int w = from; w < to; w++) {
            if (notNameWords.contains(words.lower(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lower-case word between a capitalised subject and its verb ("Breth also said", "the Minister
     * today said"): not a particle of a name, and after a capitalised word.
     */
    private boolean isAdverb(String text, Tokens.Words words, int w) {
        return Character.isLowerCase(text.charAt(words.start(w)))
                && Character.isUpperCase(text.charAt(words.start(w - 1)))
                && !particles.contains(words.lower(w))
                && !people.isRoleWord(words.lower(w));
    }

    /** The first word of the first statement cue in the words {@code [first, last)}, or -1. */
    private int statementCue(Tokens.Words words, int first, int last) {
        for (int w = first; w < last; w++) {
            for (String[] cue : statementCues) {
                if (w + cue.length <= last && matches(words, w, cue)) {
                    return w;
                }
            }
        }
        return -1;
    }

    private static boolean matches(Tokens.Words words, int w, String[] cue) {
        for (int k = 0; k < cue.length; k++) {
            if (!words.lower(w + k).equals(cue[k])) {
                return false;
            }
        }
        return true;
    }

    /** After "said": a pronoun, "NAME[, ROLE]", "ROLE, [Ambassador] NAME", or a role or surname. */
    private Speakers.Said afterVerb(Tokens.Words words, int from, int last, int tailTo, long position) {
        String text = words.text();
        int whoFrom = words.start(from);
        int whoTo = Clauses.stripEnd(text, whoFrom, tailTo);
        if (last - from == 1 && speakers.isPronoun(words.lower(from))) {
            return speakers.pronoun(position);
        }
        int firstComma = Clauses.firstComma(text, whoFrom, whoTo);
        if (firstComma > whoFrom) {
            // "said the Chairman-in-Office, noting ...": the title alone names the person introduced with it
            int beforeComma = words.endBefore(from, firstComma);
            int afterComma = words.firstFrom(firstComma + 1);
            if (beforeComma > from
                    && afterComma < last
                    && Character.isLowerCase(text.charAt(words.start(afterComma)))
                    && skipRoleWords(words, from, beforeComma) == beforeComma - 1
                    && people.isRoleWord(words.lower(beforeComma - 1))) {
                return speakers.reference(words, from, beforeComma, whoFrom, firstComma, position);
            }
        }
        // "said the Co-ordinator of ..., NAME, recalling the three pillars": a participle or
        // relative clause after the attribution is no part of it, nor are the commas of that
        // clause ("..., NAME, adding that although he ..., he decided ...")
        for (int comma = Clauses.firstComma(text, whoFrom, whoTo);
                comma > whoFrom;
                comma = Clauses.firstComma(text, comma + 1, whoTo)) {
            int w = words.firstFrom(comma + 1);
            if (w < last && opensClause(words, w)) {
                whoTo = Clauses.stripEnd(text, whoFrom, comma);
                last = words.endBefore(from, whoTo);
                break;
            }
        }
        int nameFrom = skipRoleWords(words, from, last);
        int runEnd = capitalisedRunEnd(words, nameFrom, tailTo, nameFrom > from);
        if (runEnd > 0 && Tokens.endsWithPossessive(text, 0, runEnd)) {
            // "said Bennett's friend and colleague, Rin Shadforth, a training consultant": a
            // possessive opens a role, and the name follows its comma
            int comma = Clauses.firstComma(text, runEnd, whoTo);
            int next = comma > 0 ? words.firstFrom(comma + 2) : last;
            return next < last ? afterVerb(words, next, last, tailTo, position) : null;
        }
        if (runEnd > 0 && !allRoleWords(words, nameFrom, words.firstFrom(runEnd))) {
            // "said NAME, ROLE.", but not "said NAME, who took up the post ...": a relative clause is no role
            String role =
                    text.startsWith(", ", runEnd) && runEnd + 2 <= whoTo && !opensRelativeClause(words, runEnd + 2)
                            ? text.substring(runEnd + 2, whoTo).strip()
                            : null;
            // "said Greek Foreign Minister Anna Pappas": the name follows the run's last role word
            int name = afterLastRoleWord(words, nameFrom, words.endBefore(nameFrom, runEnd));
            if (name > nameFrom && role == null) {
                role = text.substring(words.start(from), Clauses.stripEnd(text, words.start(from), words.start(name)));
            }
            return speakers.named(text.substring(words.start(name), runEnd), role, position);
        }
        int comma = Clauses.lastComma(text, whoFrom, whoTo);
        if (comma > whoFrom) {
            // "said Director of the OSCE Mission's ... Department, Astrid Lindqvist"
            int name = skipRoleWords(words, words.firstFrom(comma + 2), last);
            int end = capitalisedRunEnd(words, name, tailTo);
            if (end == whoTo && !allRoleWords(words, name, last)) {
                return speakers.named(text.substring(words.start(name), end), text.substring(whoFrom, comma), position);
            }
        }
        int trailing = runEnd > 0 ? from : trailingNameStart(words, from, last);
        if (trailing > from && words.end(last - 1) <= whoTo) {
            // "сказал руководитель курса Рустам Назаров": a role in lower case, then the name
            return speakers.named(
                    text.substring(words.start(trailing), words.end(last - 1)),
                    text.substring(whoFrom, Clauses.stripEnd(text, whoFrom, words.start(trailing))),
                    position);
        }
        int speakerFrom = words.start(nameFrom);
        int speakerTo = runEnd > 0 ? runEnd : whoTo; // "said the Ambassador"
        return speakers.reference(
                words, nameFrom, words.endBefore(nameFrom, speakerTo), speakerFrom, speakerTo, position);
    }

    /**
     * The words {@code [first, verb)} before a verb of speech: a pronoun, "NAME, ROLE,", "ROLE NAME"
     * ("Deputy Interior Minister Asan Temirov"), a role alone ("the Swedish Foreign Minister"), or a
     * name or surname ("Mr. Petrescu").
     */
    private Speakers.Said subject(Tokens.Words words, int first, int verb, long position) {
        String text = words.text();
        int last = verb;
        if (last - first > 1 && auxiliaries.contains(words.lower(last - 1))) {
            last--; // "Amélie Roussel a déclaré :"
        }
        while (last - first > 1 && isAdverb(text, words, last - 1)) {
            last--; // "Ambassador Breth also said", "He also said"
        }
        int from = words.start(first);
        int to = words.end(last - 1);
        if (last - first == 1 && speakers.isPronoun(words.lower(first))) {
            return speakers.pronoun(position);
        }
        int runEnd = capitalisedRunEnd(words, first, to);
        if (runEnd > 0 && runEnd < to && text.startsWith(", ", runEnd)) {
            // "Marta Ibarrola, executive director of the Madrid Press Association, said"
            int runLast = words.endBefore(first, runEnd);
            if (skipRoleWords(words, first, runLast) == runLast - 1 && people.isRoleWord(words.lower(runLast - 1))) {
                // "The OSCE Chairman-in-Office, Spanish Foreign Minister NAME, said": the role, then the name
                int second = words.firstFrom(runEnd + 2);
                int secondName = second < last && capitalisedRunEnd(words, second, to) == to
                        ? afterLastRoleWord(words, second, last)
                        : -1;
                if (secondName >= 0 && !people.isRoleWord(words.lower(last - 1))) {
                    String role = text.substring(from, Clauses.stripEnd(text, from, words.start(secondName)));
                    return speakers.named(text.substring(words.start(secondName), to), role, position);
                }
            }
            int name = skipRoleWords(words, first, runLast);
            // "Greek President NAME, welcoming the ministers ..., said:": the name after the run's
            // last role word, and the role before it when a participle or relative clause follows
            int named = afterLastRoleWord(words, name, runLast);
            int after = words.firstFrom(runEnd + 2);
            boolean clause = after < last && opensClause(words, after);
            String role = clause
                    ? (named > first ? text.substring(from, Clauses.stripEnd(text, from, words.start(named))) : null)
                    : text.substring(runEnd + 2, to).strip();
            return speakers.named(text.substring(words.start(named), runEnd), role, position);
        }
        if (runEnd == to) {
            int name = afterLastRoleWord(words, first, last);
            if (name > first && last - name >= 1 && !people.isRoleWord(words.lower(last - 1))) {
                String role = text.substring(from, words.start(name)).strip();
                return speakers.named(text.substring(words.start(name), to), role, position);
            }
        }
        int trailing = trailingNameStart(words, first, last);
        if (trailing > first) {
            // "PUJ director Marat Tokoev added:": a role in lower case, then the name; an opening
            // phrase before a comma is no part of it ("Reflecting on the year, Ambassador NAME said")
            int roleFrom = Clauses.lastComma(text, from, words.start(trailing));
            String role = text.substring(roleFrom < 0 ? from : roleFrom + 1, words.start(trailing))
                    .strip();
            return speakers.named(text.substring(words.start(trailing), to), role, position);
        }
        int name = skipRoleWords(words, first, last);
        return speakers.reference(words, name, last, words.start(name), to, position);
    }

    /**
     * The first word of a name of two or three capitalised words (particles such as "van den" may
     * stand between them) that ends the words {@code [first, last)} after a role: a role word just
     * before it ("director Marat Tokoev"), or a role phrase that opens with a role word and holds
     * lower-case words ("Ambassador for International Organizations Paul van den Berg", whose name is
     * then its last two capitalised words). {@code first} when there is none.
     */
    private int trailingNameStart(Tokens.Words words, int first, int last) {
        String text = words.text();
        int w = last;
        int names = 0;
        int secondName = -1;
        while (w > first && names < 3) {
            if (isNameWord(text, words, w - 1)
                    && !notNameWords.contains(words.lower(w - 1))
                    && !people.isRoleWord(words.lower(w - 1)) // "Foreign Minister Solomon Passy"
                    && !(names == 2 && people.namesCountry(words, w - 1))) { // "... дел Литвы NAME"
                names++;
                w--;
                secondName = names == 2 ? w : secondName;
            } else if (names > 0 && w - 1 > first && particles.contains(words.lower(w - 1))) {
                w--; // "van", "den", "de" inside the name
            } else {
                break;
            }
        }
        if (names < 2 || w == first) {
            return first;
        }
        if (people.isRoleWord(words.lower(w - 1))) {
            return w;
        }
        int opening = roleOpening(words, first, last);
        return opening < secondName
                        && people.isRoleWord(words.lower(opening))
                        && holdsLowerCase(text, words, first, secondName)
                ? secondName
                : first;
    }

    /**
     * The word after the last role word among {@code [from, last - 1)} ("Greek Foreign Minister Anna
     * Pappas" gives "Anna"), or {@code from} when there is none; the last word is never a role's.
     */
    private int afterLastRoleWord(Tokens.Words words, int from, int last) {
        int name = from;
        for (int w = from; w < last - 1; w++) {
            if (people.isRoleWord(words.lower(w))) {
                name = w + 1;
            }
        }
        return name;
    }

    /** The word a role opens with: the first, or the one after a leading "the". */
    private static int roleOpening(Tokens.Words words, int first, int last) {
        return words.lower(first).equals("the") && first + 1 < last ? first + 1 : first;
    }

    /** Whether a word of {@code [from, to)} is in lower case: a phrase, not a run of names. */
    private static boolean holdsLowerCase(String text, Tokens.Words words, int from, int to) {
        for (int w = from; w < to; w++) {
            if (Character.isLowerCase(text.charAt(words.start(w)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalised word with a lower-case letter after its first: "Tokoev", not "PUJ" or "the"; the
     * Dutch "IJ" counts as one letter ("IJssel").
     */
    private static boolean isNameWord(String text, Tokens.Words words, int w) {
        int start = words.start(w);
        int second = text.startsWith("IJ", start) ? start + 2 : start + 1;
        return Character.isUpperCase(text.charAt(start))
                && words.end(w) > second
                && Character.isLowerCase(text.charAt(second));
    }

    /** The first word from {@code from} that is not a role word or "the"; the last word stays. */
    private int skipRoleWords(Tokens.Words words, int from, int last) {
        int w = from;
        while (w < last - 1
                && (people.isRoleWord(words.lower(w)) || words.lower(w).equals("the"))) {
            w++;
        }
        return w;
    }

    private boolean allRoleWords(Tokens.Words words, int from, int to) {
        for (int w = from; w < to; w++) {
            if (!people.isRoleWord(words.lower(w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether word {@code w} opens a participle or relative clause after a name, not a role:
     * "recalling the three pillars", "welcoming the ministers", "who took up the post".
     */
    private boolean opensClause(Tokens.Words words, int w) {
        String lower = words.lower(w);
        return Character.isLowerCase(words.text().charAt(words.start(w)))
                && (lower.endsWith("ing") || clauseStarters.contains(lower));
    }

    /** Whether the words from {@code offset} open with a clause starter ("who", "which"). */
    private boolean opensRelativeClause(Tokens.Words words, int offset) {
        int w = words.firstFrom(offset);
        return w < words.size() && clauseStarters.contains(words.lower(w));
    }

    /**
     * Whether only the full stop of an abbreviation or an initial stands between two words of a run:
     * "Foreign Minister Ms. Anna Berg", "Ambassador J. Smith".
     */
    private boolean isAbbreviationBetween(String text, int end, int next) {
        return end < next
                && text.charAt(end) == '.'
                && Clauses.isBlank(text, end + 1, next)
                && clauses.isAbbreviation(text, end);
    }

    /**
     * The end of the run of capitalised words that opens at word {@code first}: "Peter Hallström
     * after the visit" gives the end of "Peter Hallström"; particles of names ("de", "van", "von")
     * may stand inside the run, and a comma or other mark ends it. 0 when the first word is not
     * capitalised.
     */
    private int capitalisedRunEnd(Tokens.Words words, int first, int to) {
        return capitalisedRunEnd(words, first, to, false);
    }

    private int capitalisedRunEnd(Tokens.Words words, int first, int to, boolean afterTitle) {
        String text = words.text();
        int end = 0;
        for (int w = first; w < words.size() && words.end(w) <= to; w++) {
            boolean capitalised = Character.isUpperCase(text.charAt(words.start(w)));
            // a particle inside the name, or opening it after a title: "said Mr. de Hoop Scheffer"
            // (but "said de Vries" alone is not taken for a name)
            boolean particle = particles.contains(words.lower(w))
                    && (end > 0
                            || afterTitle
                                    && w + 1 < words.size()
                                    && words.end(w + 1) <= to
                                    && words.spaceBetween(w, w + 1)
                                    && Character.isUpperCase(text.charAt(words.start(w + 1))));
            if ((!capitalised && !particle)
                    || (end > 0
                            && !Clauses.isBlank(text, end, words.start(w))
                            && !isAbbreviationBetween(text, end, words.start(w)))) {
                break;
            }
            end = words.end(w);
        }
        return end;
    }
}
