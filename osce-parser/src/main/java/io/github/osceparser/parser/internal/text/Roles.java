package io.github.osceparser.parser.internal.text;

import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import io.github.osceparser.parser.internal.lexicon.WordList;

/**
 * The role a text writes next to a name, as {@link People} reads it: an apposition after the name
 * ("Kevin Carty, the Senior Police Adviser ..."), a phrase before it that ends in a comma ("the Head
 * of the Programme Office, Ambassador Leena Harkonen"), or the words from the start of its clause
 * ("Представитель ОБСЕ по вопросам свободы СМИ Ирена Ковач").
 */
final class Roles {
    /** The most words a role may have before a name in its clause. */
    private static final int MAX_CLAUSE_ROLE = 10;

    private final WordList roleWords;
    private final WordList notNameWords;
    private final WordList speechVerbs;
    private final WordList clauseStarters;
    private final WordList pronouns;
    private final WordList statementCues;
    private final WordList stopWords;
    private final WordList determiners;

    Roles(Lexicon lexicon) {
        roleWords = lexicon.words(Section.ROLE_WORDS);
        notNameWords = lexicon.words(Section.NOT_NAME_WORDS);
        speechVerbs = lexicon.words(Section.SPEECH_VERBS);
        clauseStarters = lexicon.words(Section.CLAUSE_STARTERS);
        pronouns = lexicon.words(Section.PRONOUNS);
        statementCues = lexicon.words(Section.STATEMENT_CUES);
        stopWords = lexicon.words(Section.STOP_WORDS);
        determiners = lexicon.words(Section.DETERMINERS);
    }

    /**
     * Whether the lower-case word is a word of a role or title ("secretary", "botschafterin"), also
     * as the last part of a compound ("vize-innenminister").
     */
    boolean isRoleWord(String lower) {
        if (roleWords.contains(lower)) {
            return true;
        }
        int hyphen = lower.lastIndexOf('-');
        return hyphen > 0 && roleWords.contains(lower.substring(hyphen + 1));
    }

    /**
     * The words from the start of the clause to the name when they open with a role word and hold
     * no verb of speech: "Представитель ОБСЕ по вопросам свободы СМИ Ирена Ковач призвала ...",
     * "Head of Mission Ambassador Michael Scanlan said"; null otherwise.
     */
    String inClause(Tokens.Words words, int runStart, int nameStart) {
        String text = words.text();
        // The role runs to the name: "The Head of the OSCE Mission Ambassador Daniel R. Hollis".
        int end = words.start(nameStart);
        int first = runStart;
        if (first > 1 && isAbbreviationInBrackets(words, first - 1)) {
            first -= 2; // "High Commissioner on National Minorities (HCNM) Kairat Abdrakhmanov"
        }
        while (first > 0
                && runStart - first < MAX_CLAUSE_ROLE
                && !endsClause(text, words.end(first - 1), words.start(first))) {
            first--;
        }
        if (first > 0 && !endsClause(text, words.end(first - 1), words.start(first))) {
            return null;
        }
        if (first == runStart) {
            return null;
        }
        for (int w = first; w < runStart; w++) {
            if (speechVerbs.contains(words.lower(w))) {
                return null;
            }
        }
        if (runStart == nameStart && runStart > 0 && stopWords.contains(words.lower(runStart - 1))) {
            // "the OSCE Office for Democratic Institutions": a name after "for" goes on an organisation's name
            return null;
        }
        // The role opens the clause, or follows its first words ("The newly appointed OSCE
        // Representative on ... NAME", "and the OSCE High Commissioner ... (HCNM) NAME").
        for (int f = first; f < runStart; f++) {
            if (opensRole(words, f, runStart)) {
                int from = f > first && words.lower(f - 1).equals("the") ? f - 1 : f;
                return text.substring(words.start(from), end).strip();
            }
        }
        return null;
    }

    /**
     * Whether word {@code first} opens a role that runs to word {@code runStart}: a capitalised role
     * word; "The" and a title; "OSCE" only before a title ("OSCE Representative on ...", not "OSCE
     * Mission ..."), also after "the" ("The OSCE High Commissioner ... (HCNM) NAME").
     */
    private boolean opensRole(Tokens.Words words, int first, int runStart) {
        String text = words.text();
        if (!Character.isUpperCase(text.charAt(words.start(first)))) {
            return false;
        }
        int opening = first + 1 < runStart && words.lower(first).equals("the") ? first + 1 : first;
        boolean osce = words.lower(opening).equals("osce");
        boolean titleAfterOsce = osce && opening + 1 < runStart && isTitleWord(words, opening + 1);
        return (opening == first ? isRoleWord(words.lower(first)) : isTitleWord(words, opening) || titleAfterOsce)
                && (!osce || titleAfterOsce);
    }

    /** Whether word {@code w} is one word in brackets, with only a space after: "(HCNM) ". */
    private static boolean isAbbreviationInBrackets(Tokens.Words words, int w) {
        String text = words.text();
        int start = words.start(w);
        int end = words.end(w);
        return start > 0
                && text.charAt(start - 1) == '('
                && text.startsWith(") ", end)
                && end + 2 == words.start(w + 1)
                && !endsClause(text, words.end(w - 1), start - 1);
    }

    /** Whether the text between two words holds a mark that ends a clause. */
    private static boolean endsClause(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (",.;:()“”«»„\"–—-".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** ", the Senior Police Adviser to the OSCE Secretary General." after a name, or null. */
    String apposition(Tokens.Words words, int end) {
        String text = words.text();
        if (!text.startsWith(", ", end)) {
            return null;
        }
        int start = end + 2;
        int stop = start;
        while (stop < text.length() && ",.;:(“”«»„\"".indexOf(text.charAt(stop)) < 0) {
            stop++;
        }
        String phrase = text.substring(start, stop).strip();
        int first = words.firstFrom(start);
        int last = words.endBefore(first, stop);
        boolean definite = phrase.startsWith("the ") && last - first <= 16;
        if (first < last && clauseStarters.contains(words.lower(first))) {
            return null; // "Ambassador Leena Harkonen, and officials of the State Border Service"
        }
        if (holdsStatementCue(phrase)) {
            return null; // "Botschafterin Greta Sommer, gab heute folgende Erklärung ab:"
        }
        if (namesPerson(words, first, last)) {
            return null; // "President Ilham Aliyev, Foreign Minister Elmar Mammadyarov and ...": a list of people
        }
        return definite || isRole(words, first, last) || isLowerCaseRole(words, first, last) ? phrase : null;
    }

    private boolean holdsStatementCue(String phrase) {
        String lower = phrase.toLowerCase(java.util.Locale.ROOT);
        for (String cue : statementCues.entries()) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** "said the Head of ... Unit, Guy Vinet": the role phrase that ends in a comma before the name. */
    String phraseBefore(Tokens.Words words, int start, boolean titled) {
        String text = words.text();
        if (start < 2 || !text.startsWith(", ", start - 2)) {
            return null;
        }
        int end = start - 2;
        int begin = end;
        // a dash ends the dateline before it: "KYIV, 22 March 2018 – The Chief Monitor of ... (SMM), NAME"
        while (begin > 0 && ",.;:“”«»„\"–—".indexOf(text.charAt(begin - 1)) < 0) {
            begin--;
        }
        int first = words.firstFrom(begin);
        int last = words.endBefore(first, end);
        // The role follows the last verb of speech in the phrase ("Participants said the talks
        // stressed the Head of the Unit, Guy Vinet" gives "the Head of the Unit").
        for (int w = last - 1; w >= first; w--) {
            if (words.end(w) < end && text.charAt(words.end(w)) == ' ' && speechVerbs.contains(words.lower(w))) {
                begin = words.end(w) + 1;
                first = w + 1;
                break;
            }
        }
        // The role starts at its first word of a title ("Head", not "Mission"), with the role words
        // and the "the" before it: "... attended by the Head of the Programme Office, NAME", "the
        // OSCE Head of Office in X, NAME", "La Représentante de l’OSCE ..., NAME".
        int w = first;
        while (w < last && !isTitleWord(words, w)) {
            w++;
        }
        if (w == last || last - w > 16) {
            return null;
        }
        while (w > first && isRoleWord(words.lower(w - 1)) && isUpper(text, words.start(w - 1))) {
            w--;
        }
        // Inside a longer phrase ("It went unsaid the Head ...") a role needs a definite phrase, a
        // title before the name ("..., Ambassador Leena Harkonen"), or "the" after a word that opens
        // a clause ("as well as the Director of ..., NAME", "and the Head of ..., NAME").
        boolean joined =
                w >= first + 2 && words.lower(w - 1).equals("the") && clauseStarters.contains(words.lower(w - 2));
        if (w > first + 1 && !titled && !joined && !words.lower(first).equals("the")) {
            return null;
        }
        if (namesPerson(words, w, last)) {
            return null; // "including President Ilham Aliyev, Foreign Minister NAME": another person
        }
        boolean article = w > first && (words.lower(w - 1).equals("the") || w - 1 == first);
        return text.substring(words.start(article ? w - 1 : w), end).strip();
    }

    /**
     * Whether the words {@code [first, last)} hold a title followed by a name of two capitalised
     * words ("President Ilham Aliyev"): they name another person, so they are no role of the
     * person named beside them.
     */
    private boolean namesPerson(Tokens.Words words, int first, int last) {
        for (int w = first; w + 2 < last; w++) {
            if (isTitleWord(words, w) && isNameWord(words, w + 1) && isNameWord(words, w + 2)) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word that is no role word, organisation or stop word: a word of a name. */
    private boolean isNameWord(Tokens.Words words, int w) {
        String lower = words.lower(w);
        return isUpper(words.text(), words.start(w))
                && !isRoleWord(lower)
                && !notNameWords.contains(lower)
                && !stopWords.contains(lower);
    }

    /** A capitalised role word that names a title, not an organisation ("Head", "Représentante"; not "Mission"). */
    private boolean isTitleWord(Tokens.Words words, int w) {
        String lower = words.lower(w);
        return isUpper(words.text(), words.start(w)) && isRoleWord(lower) && !notNameWords.contains(lower);
    }

    private static boolean isUpper(String text, int at) {
        return Character.isUpperCase(text.charAt(at));
    }

    /**
     * An apposition in the languages that write roles in lower case: "Hélène Marchetti, conseillère
     * principale ...", "Ольга Смирнова, старший советник ...". The phrase is the words {@code [first, last)}.
     */
    private boolean isLowerCaseRole(Tokens.Words words, int first, int last) {
        return last > first
                && last - first <= 16
                && Character.isLowerCase(words.text().charAt(words.start(first)))
                && !clauseStarters.contains(words.lower(first))
                && !speechVerbs.contains(words.lower(first))
                // "NAME, welcoming the ministers ..., said": a participle clause, not a role ("acting" is one)
                && !(words.lower(first).endsWith("ing") && !isRoleWord(words.lower(first)))
                // "NAME, welcomed the decrease in ...": a verb and its object, not a role ("retired judge" is one)
                && !(words.lower(first).endsWith("ed")
                        && first + 1 < last
                        && determiners.contains(words.lower(first + 1)))
                // "..., Prime Minister NAME, he said stability ...": a new clause, not a role
                && !pronouns.contains(words.lower(first));
    }

    /** At most 16 words {@code [first, last)} that hold a role word ("the Head of ...", "ODIHR's Senior Advisor"). */
    private boolean isRole(Tokens.Words words, int first, int last) {
        if (last == first || last - first > 16) {
            return false;
        }
        for (int w = first; w < last; w++) {
            String lower = words.lower(w);
            if (roleWords.contains(lower)
                    && !lower.equals("osce")
                    && Character.isUpperCase(words.text().charAt(words.start(w)))) {
                return true;
            }
        }
        return false;
    }
}
