package io.github.osceparser.parser.internal.text;

import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import io.github.osceparser.parser.internal.lexicon.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The people a press release names, in order of mention, each with the role the text gives them.
 *
 * <p>A person is a run of two or three capitalised words that are neither role words ("Secretary",
 * "Ambassador") nor words of organisations and places ("Council", "Unit"), recognised only where
 * the text gives a cue: a role before the name ("OSCE Secretary General Lamberto Zannier"), an
 * apposition after it ("Kevin Carty, the Senior Police Adviser ..."), a phrase before it ("the Head
 * of ... Unit, Guy Vinet") or a verb of speech. Quotes use the mentions to resolve "he said" and a
 * bare surname ("said Vinet") to the full name.
 */
public final class People {
    private final Roles roles;
    private final WordList notNameWords;
    private final WordList speechVerbs;
    private final WordList placePrepositions;
    private final WordList particles;
    /**
     * The roles an abbreviation of a title stands for ("cio": "chairman-in-office"), in the
     * lexicon's order; looked up, never iterated to decide.
     */
    private final Map<String, List<String>> abbreviations = new HashMap<>();

    /** An empty register of the people of a page in the lexicon's language. */
    /** The page's language, whose names of countries are no part of a person's name. */
    private final String language;

    public People(Lexicon lexicon) {
        language = lexicon.language();
        roles = new Roles(lexicon);
        notNameWords = lexicon.words(Section.NOT_NAME_WORDS);
        speechVerbs = lexicon.words(Section.SPEECH_VERBS);
        placePrepositions = lexicon.words(Section.PLACE_PREPOSITIONS);
        particles = lexicon.words(Section.NAME_PARTICLES);
        for (String entry : lexicon.words(Section.ROLE_ABBREVIATIONS).entries()) {
            int space = entry.indexOf(' ');
            if (space > 0) {
                abbreviations
                        .computeIfAbsent(entry.substring(0, space), k -> new ArrayList<>())
                        .add(entry.substring(space + 1).strip());
            }
        }
    }

    /**
     * Whether the lower-case word is a word of a role or title ("secretary", "vize-innenminister"),
     * or an abbreviation of one ("cio").
     */
    boolean isRoleWord(String lower) {
        return roles.isRoleWord(lower) || abbreviations.containsKey(lower);
    }

    /** Whether the lower-case word is a verb of speech ("said", "заявила"). */
    boolean isSpeechVerb(String lower) {
        return speechVerbs.contains(lower);
    }

    private final List<Person> people = new ArrayList<>();
    /** Each person by full name; a page naming thousands of people must not compare each with all. */
    private final Map<String, Person> byFullName = new HashMap<>();
    /** The earliest person by full name and by each tail of it after a space ("Zannier", "Lamberto Zannier"). */
    private final Map<String, Person> byNameOrSurname = new HashMap<>();
    /**
     * Each person by the first word of their full name, for a page that later calls them by it
     * ("said Marija"); null for a given name two people share. Looked up, never iterated.
     */
    private final Map<String, Person> byGivenName = new HashMap<>();
    /**
     * Runs that read as a full name but came with no cue ("Ingibjörg Sólrún Gísladóttir of Iceland
     * assumed ..."), the earliest by their last word: a later surname alone ("Gísladóttir stressed")
     * or an attribution by it makes the run a person. Looked up, never iterated.
     */
    private final Map<String, Person> uncued = new HashMap<>();
    /** The earliest person by each role they were named with, in lower case and without "the". */
    private final Map<String, Person> byRole = new HashMap<>();
    /** Every mention by position: the person first mentioned there. */
    private final TreeMap<Long, Person> mentions = new TreeMap<>();

    /**
     * A person named in the text.
     *
     * @param name the full name as first written ("Lamberto Zannier")
     * @param role the role as written at a mention, or null
     * @param position where the person was first named, as an offset into the whole text
     */
    public record Person(String name, String role, long position) {}

    /**
     * Records the people named in one paragraph.
     *
     * @param paragraph the paragraph's text
     * @param offset the paragraph's position in the whole text, so that mentions are ordered
     */
    public void scan(String paragraph, long offset) {
        scan(Tokens.words(paragraph), offset);
    }

    /**
     * Records the people named in a paragraph already split into words. Words inside quotation
     * marks are the speaker's, not the page's: a name there ("… the International Criminal Tribunal
     * for the Former Yugoslavia,” the Minister said) introduces nobody, so that a later "he added"
     * is not resolved to it.
     */
    void scan(Tokens.Words words, long offset) {
        String paragraph = words.text();
        int w = 0;
        int quoteEnd = -1; // where the quotation the scan is in ends, or -1 outside quotations
        int nextOpen = nextOpening(paragraph, 0);
        while (w < words.size()) {
            int start = words.start(w);
            while (nextOpen >= 0 && nextOpen < start) {
                int close = QuoteMarks.closingAt(paragraph, nextOpen);
                quoteEnd = close < 0 ? paragraph.length() : close;
                nextOpen = nextOpening(paragraph, quoteEnd + 1);
            }
            if (start < quoteEnd || !isCapitalised(paragraph, words, w)) {
                w++;
                continue;
            }
            int runStart = w;
            int runEnd = w + 1;
            while (runEnd < words.size()
                    && (isCapitalised(paragraph, words, runEnd)
                            || isInitial(paragraph, words, runEnd)
                            || isParticleInName(paragraph, words, runEnd))
                    && (words.spaceBetween(runEnd - 1, runEnd) || isInitial(paragraph, words, runEnd - 1))) {
                runEnd++;
            }
            while (runEnd - 1 > runStart && isInitial(paragraph, words, runEnd - 1)) {
                runEnd--; // an initial ends no name
            }
            consider(paragraph, words, runStart, runEnd, offset);
            w = runEnd;
        }
    }

    /** The index of the next opening quotation mark from {@code from}, or -1. */
    private static int nextOpening(String paragraph, int from) {
        for (int i = from; i < paragraph.length(); i++) {
            if (QuoteMarks.opensAt(paragraph, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Looks in a run of capitalised words for a name with a cue, and records it. */
    private void consider(String text, Tokens.Words words, int runStart, int runEnd, long offset) {
        // The name is the words after the last role word: "Deputy Interior Minister Asan Temirov".
        int nameStart = runStart;
        boolean afterOrganisation = false;
        for (int w = runStart; w < runEnd; w++) {
            if (isRoleWord(words.lower(w))) {
                nameStart = w + 1;
                afterOrganisation = false;
            } else if (w + 2 < runEnd && notNameWords.contains(words.lower(w))) {
                // "Representative on Freedom of the Media Dunja Mijatović": the organisation's
                // last word is part of the role before the name.
                nameStart = w + 1;
                afterOrganisation = true;
            }
        }
        if (runEnd - nameStart > 2 && namesCountry(words, nameStart)) {
            // "министр иностранных дел Литвы Аудронюс Ажубалис": the country is the role's
            nameStart++;
        }
        int length = 0; // the name's words without its particles: "Jan van Zanen" has two
        for (int w = nameStart; w < runEnd; w++) {
            if (!particles.contains(words.lower(w)) || Character.isUpperCase(text.charAt(words.start(w)))) {
                length++;
            }
        }
        if (length == 0) {
            // "The Chairman-in-Office said ...", "The CiO believes ...": a role alone names the
            // person introduced with it, and a later "he said" is theirs (SURVEY.md, hold-out 3).
            mentionedByRole(text, words, runStart, runEnd, offset);
            return;
        }
        if (length == 1) {
            // A surname alone ("Harkonen said that ...", "Director Link took ...") is a mention of
            // the person named in full before.
            Person known =
                    known(Tokens.withoutPossessive(text.substring(words.start(nameStart), words.end(nameStart))));
            if (known != null) {
                mentioned(known, offset + words.start(nameStart));
            }
            return;
        }
        if (length < 2 || length > 3) {
            return;
        }
        for (int w = nameStart; w < runEnd; w++) {
            if (notNameWords.contains(words.lower(w))) {
                return;
            }
        }
        int from = words.start(nameStart);
        int to = words.end(runEnd - 1);
        String name = Tokens.withoutPossessive(text.substring(from, to)); // "Foreign Minister NAME’s address"
        // The role opens at the run's first role word: "Deputy Interior Minister Asan Temirov", but
        // "Herzegovina Ambassador Robert L. Barry" gives "Ambassador".
        int roleStart = runStart;
        while (roleStart < nameStart && !isRoleWord(words.lower(roleStart))) {
            roleStart++;
        }
        String leadingRole = roleStart < nameStart && !afterOrganisation
                ? text.substring(words.start(roleStart), from).strip()
                : null;
        String apposition = roles.apposition(words, to);
        String phraseBefore = roles.phraseBefore(words, from, false);
        if (phraseBefore == null && nameStart > runStart) {
            // "the Head of the Programme Office, Ambassador Leena Harkonen": the phrase before the title.
            phraseBefore = roles.phraseBefore(words, words.start(runStart), true);
        }
        String clauseRole = roles.inClause(words, afterOrganisation ? nameStart : runStart, nameStart);
        boolean spoke = runEnd < words.size() && speechVerbs.contains(words.lower(runEnd));
        boolean afterSpeech = precededBySpeechVerb(words, nameStart);
        if (leadingRole == null
                && apposition == null
                && phraseBefore == null
                && clauseRole == null
                && !spoke
                && !afterSpeech) {
            if (nameStart == runStart
                    && !precededByPlacePreposition(text, from)
                    && allNameWords(text, words, nameStart, runEnd)) {
                uncued.putIfAbsent(text.substring(words.start(runEnd - 1), to), new Person(name, null, offset + from));
            }
            return;
        }
        if (precededByPlacePreposition(text, from)) {
            return;
        }
        String role = phraseBefore != null
                ? phraseBefore
                : apposition != null ? apposition : clauseRole != null ? clauseRole : leadingRole;
        // a surname of two words is the person named in full before ("Minister De Gucht" after
        // "Karel De Gucht"), not someone new
        Person known = byFullName.containsKey(name) ? byFullName.get(name) : byNameOrSurname(name);
        if (known != null) {
            // The first mention keeps the role: it is where the page introduces the person.
            mentioned(known, offset + from);
            return;
        }
        Person person = new Person(name, role, offset + from);
        add(person);
        knownAs(leadingRole, person);
        knownAs(role, person);
    }

    /**
     * Whether word {@code w} names a participating State or Partner in the page's language or in
     * English ("Литвы", "Lithuania's"): such a word before a name belongs to the role before it.
     */
    boolean namesCountry(Tokens.Words words, int w) {
        String word = words.text().substring(words.start(w), words.end(w));
        return !NameMentions.countries(List.of(word), language).isEmpty();
    }

    /** A run of role words alone ("The OSCE Chairman-in-Office") that ends in a title a person was named with. */
    private void mentionedByRole(String text, Tokens.Words words, int runStart, int runEnd, long offset) {
        if (people.isEmpty() || !isTitle(words.lower(runEnd - 1))) {
            return;
        }
        int start = words.start(runStart);
        if (start >= 2 && text.startsWith(", ", start - 2)) {
            // "Beate Rudolf, Director of the Institute": the title of the person just named, not a
            // mention of someone named earlier with that title
            return;
        }
        for (int w = runStart; w < runEnd; w++) {
            Person person = byRole(text.substring(words.start(w), words.end(runEnd - 1)));
            if (person != null) {
                mentioned(person, offset + words.start(w));
                return;
            }
        }
    }

    /** A role word that names a title, not an organisation: "chairman-in-office", "minister", not "osce" or "mission". */
    private boolean isTitle(String lower) {
        return isRoleWord(lower) && !notNameWords.contains(lower);
    }

    /**
     * Records the role a person was named with, so that "the German Foreign Minister said" finds
     * them: the role without "the", each of its tails that opens with a title ("The OSCE
     * Chairman-in-Office" is also "Chairman-in-Office"), and an abbreviation in brackets after it
     * ("The OSCE Chairman-in-Office (CiO)" is also "CiO"), and each part of a role of several
     * joined by commas.
     */
    private void knownAs(String role, Person person) {
        if (role == null) {
            return;
        }
        String lower = role.toLowerCase(Locale.ROOT).strip();
        int comma = lower.indexOf(", ");
        if (comma > 0) {
            // "the OSCE Chairman-in-Office, Spanish Foreign Minister": each part is a role of its own
            knownAs(role.substring(0, comma), person);
            knownAs(role.substring(comma + 2), person);
        }
        lower = lower.startsWith("the ") ? lower.substring(4) : lower;
        int bracket = lower.lastIndexOf(" (");
        if (bracket > 0 && lower.endsWith(")")) {
            String abbreviation = lower.substring(bracket + 2, lower.length() - 1);
            if (!abbreviation.isEmpty() && abbreviation.indexOf(' ') < 0) {
                byRole.putIfAbsent(abbreviation, person);
            }
            lower = lower.substring(0, bracket).strip();
        }
        byRole.putIfAbsent(lower, person);
        int of = lower.indexOf(" of ");
        if (of > 0 && lower.lastIndexOf(' ', of - 1) < 0 && isTitle(lower.substring(0, of))) {
            // "the Chairperson-in-Office of the OSCE" is also "the Chairperson-in-Office"
            byRole.putIfAbsent(lower.substring(0, of), person);
        }
        for (int space = lower.indexOf(' '); space >= 0; space = lower.indexOf(' ', space + 1)) {
            String tail = lower.substring(space + 1);
            int end = tail.indexOf(' ');
            if (isTitle(end < 0 ? tail : tail.substring(0, end))) {
                byRole.putIfAbsent(tail, person);
            }
        }
    }

    /**
     * The first person named with this role ("German Foreign Minister", without "the"), or null; a
     * role that ends in an abbreviation is also the role it stands for ("the new CiO" is "the new
     * Chairman-in-Office").
     */
    public Person byRole(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        Person person = byRole.get(lower);
        if (person != null || abbreviations.isEmpty()) {
            return person;
        }
        int space = lower.lastIndexOf(' ');
        List<String> expansions = abbreviations.get(lower.substring(space + 1));
        if (expansions == null) {
            return null;
        }
        for (String expansion : expansions) {
            person = byRole.get(lower.substring(0, space + 1) + expansion);
            if (person != null) {
                return person;
            }
        }
        return null;
    }

    /**
     * A person an attribution names ("said Astrid Lindqvist", "Marta Ibarrola, executive director
     * ..., said:"): the one known by that name or surname, else recorded with the attribution's role,
     * so that a later "she said" or surname finds them.
     */
    public Person named(String name, String role, long position) {
        Person known = known(name);
        if (known == null) {
            known = byInitialAndSurname(name);
        }
        for (int space = name.indexOf(' '); known == null && space > 0; space = name.indexOf(' ', space + 1)) {
            // "Olha Poliakova from Dnipro": a person named before, then where they come from
            if (space + 1 < name.length() && Character.isLowerCase(name.charAt(space + 1))) {
                known = byFullName.get(name.substring(0, space));
                break;
            }
        }
        if (known == null) {
            known = new Person(name, role, position);
            add(known);
        }
        mentioned(known, position);
        return known;
    }

    /**
     * The person an initial and a surname stand for ("А.Ажубалис", "J. Smith"): the one known by
     * that surname whose name opens with that letter; null otherwise.
     */
    private Person byInitialAndSurname(String name) {
        int i = 0;
        while (i + 1 < name.length() && Character.isUpperCase(name.charAt(i)) && name.charAt(i + 1) == '.') {
            i += 2;
            while (i < name.length() && name.charAt(i) == ' ') {
                i++;
            }
        }
        if (i == 0 || i >= name.length()) {
            return null;
        }
        Person known = byNameOrSurname.get(name.substring(i));
        return known != null && known.name().charAt(0) == name.charAt(0) ? known : null;
    }

    private void add(Person person) {
        String name = person.name();
        people.add(person);
        byFullName.put(name, person);
        byNameOrSurname.putIfAbsent(name, person);
        for (int space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', space + 1)) {
            byNameOrSurname.putIfAbsent(name.substring(space + 1), person);
        }
        int first = name.indexOf(' ');
        if (first > 0) {
            String given = name.substring(0, first);
            byGivenName.put(given, byGivenName.containsKey(given) ? null : person);
        }
        mentioned(person, person.position());
    }

    /** Records a later mention of a known person, such as a surname in an attribution. */
    public void mentioned(Person person, long position) {
        mentions.putIfAbsent(position, person);
    }

    /** Whether a verb of speech, then only spaces, stands before the name's first word: "said Anna Berg". */
    private boolean precededBySpeechVerb(Tokens.Words words, int nameStart) {
        int w = nameStart - 1;
        return w >= 0
                && words.isLetters(w)
                && words.text().substring(words.end(w), words.start(nameStart)).isBlank()
                && speechVerbs.contains(words.lower(w));
    }

    /** Whether the word before the name, after a space, is a preposition of place: "in Vienna Hall". */
    private boolean precededByPlacePreposition(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int end = start - 1;
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return begin > 0
                && begin < end
                && text.charAt(begin - 1) == ' '
                && placePrepositions.contains(text.substring(begin, end).toLowerCase(Locale.ROOT));
    }

    /**
     * A lower-case particle between two capitalised words of a name, with spaces around it: "van"
     * in "Jan van Zanen", "van" and "den" in "Paul van den IJssel".
     */
    private boolean isParticleInName(String text, Tokens.Words words, int w) {
        if (w == 0 || w + 1 >= words.size() || !particles.contains(words.lower(w))) {
            return false;
        }
        int next = w + 1;
        while (next + 1 < words.size() && particles.contains(words.lower(next)) && words.spaceBetween(next, next + 1)) {
            next++;
        }
        return Character.isLowerCase(text.charAt(words.start(w)))
                && words.spaceBetween(w, w + 1)
                && isCapitalised(text, words, next);
    }

    /** "L." in "Robert L. Barry": one capital, a full stop and a space, then a capitalised word. */
    private static boolean isInitial(String text, Tokens.Words words, int w) {
        int start = words.start(w);
        return words.end(w) == start + 1
                && Character.isUpperCase(text.charAt(start))
                && text.startsWith(". ", start + 1)
                && w + 1 < words.size()
                && words.start(w + 1) == start + 3
                && Character.isUpperCase(text.charAt(start + 3));
    }

    private boolean isCapitalised(String text, Tokens.Words words, int w) {
        int start = words.start(w);
        int end = words.end(w);
        if (!Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return end - start == 1 ? false : isRoleWord(words.lower(w));
    }

    /** Whether a person the page named is mentioned (by name, surname or role) in {@code [from, to)}. */
    boolean mentionedBetween(long from, long to) {
        return from < to && !mentions.subMap(from, to).isEmpty();
    }

    /** The person mentioned last at or after {@code from} and before {@code to}, or null. */
    Person lastBetween(long from, long to) {
        Map.Entry<Long, Person> last = mentions.lowerEntry(to);
        return last == null || last.getKey() < from ? null : last.getValue();
    }

    /** The person most recently named before the position, or null. */
    public Person lastBefore(long position) {
        Map.Entry<Long, Person> last = mentions.lowerEntry(position);
        return last == null || last.getKey() < 0 ? null : last.getValue();
    }

    /** The person with this full name or surname, the earliest named, or null. */
    public Person byName(String name) {
        return known(name);
    }

    /**
     * The person known by a full name or surname, or, for a surname alone, the run without a cue that
     * ends in it, which then becomes a person (recorded where the run was written); null otherwise.
     */
    private Person known(String nameOrSurname) {
        Person known = byNameOrSurname(nameOrSurname);
        if (known == null && nameOrSurname.indexOf(' ') < 0) {
            known = uncued.remove(nameOrSurname);
            if (known != null) {
                add(known);
            }
        }
        return known;
    }

    /**
     * The person known by this full name, surname, or given name alone when only one person has
     * it; a surname that opens with a particle may be capitalised at a sentence's start ("De
     * Brichambaut said" is "de Brichambaut", of "Marc Perrin de Brichambaut").
     */
    private Person byNameOrSurname(String nameOrSurname) {
        Person known = byNameOrSurname.get(nameOrSurname);
        int space = nameOrSurname.indexOf(' ');
        if (known == null
                && space > 0
                && particles.contains(nameOrSurname.substring(0, space).toLowerCase(Locale.ROOT))) {
            known = byNameOrSurname.get(Character.toLowerCase(nameOrSurname.charAt(0)) + nameOrSurname.substring(1));
        }
        if (known == null && space < 0) {
            known = byGivenName.get(nameOrSurname); // "said Marija", of "Marija Đukanović"
        }
        return known;
    }

    /** Whether each word of {@code [from, to)} is capitalised with lower-case letters after: "Gísladóttir", not "UN". */
    private static boolean allNameWords(String text, Tokens.Words words, int from, int to) {
        for (int w = from; w < to; w++) {
            int start = words.start(w);
            if (words.end(w) - start < 2 || !Character.isLowerCase(text.charAt(start + 1))) {
                return false;
            }
        }
        return true;
    }

    /** Every person named so far, in order. */
    public List<Person> all() {
        return List.copyOf(people);
    }
}
