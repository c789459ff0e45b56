package io.github.osceparser.parser.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    /** Words that make up roles and titles; a leading run of them before a name is the person's role. */
    static final Set<String> ROLE_WORDS = Set.copyOf(List.of(
            "osce",
            "secretary",
            "general",
            "secretary-general",
            "ambassador",
            "head",
            "director",
            "deputy",
            "chairperson",
            "chairperson-in-office",
            "chair",
            "chairman",
            "chairwoman",
            "minister",
            "president",
            "vice-president",
            "representative",
            "special",
            "senior",
            "adviser",
            "advisor",
            "high",
            "commissioner",
            "co-ordinator",
            "coordinator",
            "officer",
            "spokesperson",
            "prime",
            "foreign",
            "first",
            "mr",
            "ms",
            "mrs",
            "dr",
            "professor",
            "prof",
            "united",
            "nations",
            "un",
            "eu",
            "odihr",
            "hcnm",
            "personal",
            "envoy",
            "acting",
            "executive",
            "chief",
            "permanent",
            "member",
            "members",
            "parliamentary",
            "assembly",
            "national",
            "international",
            "police",
            "mission",
            "programme",
            "project",
            "office",
            "centre",
            "presence",
            "pa",
            "european",
            "union",
            "judge",
            "mayor",
            "governor",
            "state",
            // German, French, Italian, Spanish role nouns, written with a capital at the start of an apposition
            "leiterin",
            "leiter",
            "sprecher",
            "sprecherin",
            "botschafter",
            "botschafterin",
            "generalsekretär",
            "direktor",
            "direktorin",
            "berater",
            "beraterin",
            "vorsitzende",
            "vorsitzender",
            "koordinator",
            "koordinatorin",
            "chefin",
            "chef",
            "directeur",
            "directrice",
            "conseiller",
            "conseillère",
            "ambassadeur",
            "ambassadrice",
            "représentant",
            "représentante",
            "secrétaire",
            "général",
            "présidente",
            "président",
            "capo",
            "direttore",
            "direttrice",
            "consigliere",
            "ambasciatore",
            "rappresentante",
            "segretario",
            "jefe",
            "jefa",
            "directora",
            "asesor",
            "asesora",
            "embajador",
            "embajadora",
            "secretario"));

    /** Words of organisations, events and places: a run holding one is not a person's name. */
    private static final Set<String> NOT_NAME_WORDS = Set.of(
            "council",
            "unit",
            "department",
            "meeting",
            "summit",
            "conference",
            "forum",
            "organization",
            "organisation",
            "agreement",
            "plan",
            "action",
            "joint",
            "drugs",
            "crime",
            "matters",
            "strategic",
            "annual",
            "experts",
            "group",
            "institute",
            "university",
            "ministry",
            "court",
            "committee",
            "commission",
            "agency",
            "service",
            "services",
            "office",
            "centre",
            "mission",
            "framework",
            "republic",
            "federation",
            "kingdom",
            "states",
            "nations",
            "union",
            "police",
            "security",
            "day",
            "week",
            "year",
            "new",
            "york",
            "street",
            "square",
            "the",
            "this",
            "that",
            "these",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "osce",
            "un",
            "eu",
            "odihr",
            "section",
            "division",
            "media",
            "development",
            "affairs",
            "programme",
            "project",
            "network",
            "school",
            "academy",
            "college",
            "parliament",
            "government",
            "embassy",
            "initiative",
            "report",
            "law",
            "act",
            "strategy",
            "center",
            "house",
            "hall",
            "hotel",
            "airport");

    /** Verbs that attribute speech, as they follow a quotation or a name (some forms are shared by Russian and Ukrainian). */
    static final Set<String> SPEECH_VERBS = Set.copyOf(List.of(
            // English
            "said",
            "says",
            "added",
            "adds",
            "stressed",
            "noted",
            "emphasized",
            "emphasised",
            "underlined",
            "explained",
            "continued",
            "concluded",
            "declared",
            "stated",
            "told",
            "remarked",
            "observed",
            "highlighted",
            "pointed",
            "urged",
            "warned",
            "recalled",
            "affirmed",
            "insisted",
            "asked",
            // French (after the auxiliary "a")
            "dit",
            "déclaré",
            "souligné",
            "ajouté",
            "indiqué",
            "affirmé",
            "expliqué",
            "rappelé",
            "estimé",
            // German
            "sagte",
            "erklärte",
            "betonte",
            "fügte",
            "unterstrich",
            "sagt",
            "erklärt",
            // Italian (after "ha")
            "detto",
            "dichiarato",
            "sottolineato",
            "aggiunto",
            "affermato",
            "spiegato",
            // Spanish
            "dijo",
            "afirmó",
            "declaró",
            "señaló",
            "subrayó",
            "añadió",
            "explicó",
            "destacó",
            // Russian
            "заявил",
            "заявила",
            "сказал",
            "сказала",
            "подчеркнул",
            "подчеркнула",
            "отметил",
            "отметила",
            "добавил",
            "добавила",
            // Ukrainian
            "заявив",
            "заявила",
            "сказав",
            "сказала",
            "наголосив",
            "наголосила",
            "зазначив",
            "зазначила",
            "додав",
            "додала"));

    private final List<Person> people = new ArrayList<>();
    /** Each person by full name; a page naming thousands of people must not compare each with all. */
    private final Map<String, Person> byFullName = new HashMap<>();
    /** The earliest person by full name and by each tail of it after a space ("Zannier", "Lamberto Zannier"). */
    private final Map<String, Person> byNameOrSurname = new HashMap<>();
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
        Tokens.Words words = Tokens.words(paragraph);
        int w = 0;
        while (w < words.size()) {
            if (!isCapitalised(paragraph, words, w)) {
                w++;
                continue;
            }
            int runStart = w;
            int runEnd = w + 1;
            while (runEnd < words.size()
                    && isCapitalised(paragraph, words, runEnd)
                    && words.spaceBetween(runEnd - 1, runEnd)) {
                runEnd++;
            }
            consider(paragraph, words, runStart, runEnd, offset);
            w = runEnd;
        }
    }

    /** Looks in a run of capitalised words for a name with a cue, and records it. */
    private void consider(String text, Tokens.Words words, int runStart, int runEnd, long offset) {
        int nameStart = runStart;
        while (nameStart < runEnd && ROLE_WORDS.contains(words.lower(nameStart))) {
            nameStart++;
        }
        int length = runEnd - nameStart;
        if (length < 2 || length > 3) {
            return;
        }
        for (int w = nameStart; w < runEnd; w++) {
            if (NOT_NAME_WORDS.contains(words.lower(w))) {
                return;
            }
        }
        int from = words.start(nameStart);
        int to = words.end(runEnd - 1);
        String name = text.substring(from, to);
        String leadingRole = nameStart > runStart
                ? text.substring(words.start(runStart), from).strip()
                : null;
        String apposition = appositionAfter(text, to);
        String phraseBefore = phraseBefore(text, from);
        boolean spoke = runEnd < words.size() && SPEECH_VERBS.contains(words.lower(runEnd));
        boolean afterSpeech = precededBySpeechVerb(text, from);
        if (leadingRole == null && apposition == null && phraseBefore == null && !spoke && !afterSpeech) {
            return;
        }
        if (precededByPlacePreposition(text, from)) {
            return;
        }
        String role = apposition != null ? apposition : phraseBefore != null ? phraseBefore : leadingRole;
        Person known = byFullName.get(name);
        if (known != null) {
            // The first mention keeps the role: it is where the page introduces the person.
            mentioned(known, offset + from);
            return;
        }
        Person person = new Person(name, role, offset + from);
        people.add(person);
        byFullName.put(name, person);
        byNameOrSurname.putIfAbsent(name, person);
        for (int space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', space + 1)) {
            byNameOrSurname.putIfAbsent(name.substring(space + 1), person);
        }
        mentioned(person, offset + from);
    }

    /** Records a later mention of a known person, such as a surname in an attribution. */
    public void mentioned(Person person, long position) {
        mentions.putIfAbsent(position, person);
    }

    /** ", the Senior Police Adviser to the OSCE Secretary General." after a name, or null. */
    private static String appositionAfter(String text, int end) {
        if (!text.startsWith(", ", end)) {
            return null;
        }
        int start = end + 2;
        int stop = start;
        while (stop < text.length() && ",.;:(“\"".indexOf(text.charAt(stop)) < 0) {
            stop++;
        }
        String phrase = text.substring(start, stop).strip();
        boolean definite = phrase.startsWith("the ") && Tokens.words(phrase).size() <= 16;
        return definite || isRole(phrase) || isLowerCaseRole(phrase) ? phrase : null;
    }

    /** "said the Head of ... Unit, Guy Vinet": the role phrase that ends in a comma before the name. */
    private static String phraseBefore(String text, int start) {
        if (start < 2 || !text.startsWith(", ", start - 2)) {
            return null;
        }
        int end = start - 2;
        int begin = end;
        while (begin > 0 && ",.;:”\"".indexOf(text.charAt(begin - 1)) < 0) {
            begin--;
        }
        String phrase = text.substring(begin, end).strip();
        // The role follows the last verb of speech in the phrase ("Participants said the talks
        // stressed the Head of the Unit, Guy Vinet" gives "the Head of the Unit"). The verbs are a
        // hash set: taking the first that matches depended on its iteration order, which changes from
        // one JVM start to the next.
        int roleStart = -1;
        for (String verb : SPEECH_VERBS) {
            int at = phrase.lastIndexOf(verb + " ");
            if (at >= 0 && (at == 0 || phrase.charAt(at - 1) == ' ')) {
                roleStart = Math.max(roleStart, at + verb.length() + 1);
            }
        }
        if (roleStart >= 0) {
            phrase = phrase.substring(roleStart).strip();
        }
        return phrase.toLowerCase(Locale.ROOT).startsWith("the ") && isRole(phrase) ? phrase : null;
    }

    /** Words that open a clause rather than a role after a name's comma: "Zannier, who ...". */
    private static final Set<String> CLAUSE_STARTERS = Set.copyOf(List.of(
            "who", "which", "that", "whose", "and", "but", "as", "when", "while", "qui", "que", "dont", "et", "der",
            "die", "das", "und", "che", "il", "e", "quien", "que", "y", "который", "которая", "и", "який", "яка", "і",
            "та"));

    /**
     * An apposition in the languages that write roles in lower case: "Hélène Marchetti, conseillère
     * principale ...", "Ольга Смирнова, старший советник ...".
     */
    private static boolean isLowerCaseRole(String phrase) {
        Tokens.Words words = Tokens.words(phrase);
        return !words.isEmpty()
                && words.size() <= 16
                && Character.isLowerCase(phrase.charAt(words.start(0)))
                && !CLAUSE_STARTERS.contains(words.lower(0))
                && !SPEECH_VERBS.contains(words.lower(0));
    }

    /** A phrase of at most 16 words that holds a role word ("the Head of ...", "ODIHR's Senior Advisor"). */
    private static boolean isRole(String phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        Tokens.Words words = Tokens.words(phrase);
        if (words.isEmpty() || words.size() > 16) {
            return false;
        }
        for (int w = 0; w < words.size(); w++) {
            String lower = words.lower(w);
            if (ROLE_WORDS.contains(lower)
                    && !lower.equals("osce")
                    && Character.isUpperCase(phrase.charAt(words.start(w)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean precededBySpeechVerb(String text, int start) {
        String before = text.substring(Math.max(0, start - 12), start).strip().toLowerCase(Locale.ROOT);
        // The last word before the name, after a space or at the start: no verb holds a space.
        return SPEECH_VERBS.contains(before.substring(before.lastIndexOf(' ') + 1));
    }

    private static boolean precededByPlacePreposition(String text, int start) {
        String before = text.substring(Math.max(0, start - 6), start).toLowerCase(Locale.ROOT);
        return before.endsWith(" in ")
                || before.endsWith(" to ")
                || before.endsWith(" at ")
                || before.endsWith(" from ");
    }

    private static boolean isCapitalised(String text, Tokens.Words words, int w) {
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
        return end - start == 1 ? false : ROLE_WORDS.contains(words.lower(w));
    }

    /** The person most recently named before the position, or null. */
    public Person lastBefore(long position) {
        Map.Entry<Long, Person> last = mentions.lowerEntry(position);
        return last == null || last.getKey() < 0 ? null : last.getValue();
    }

    /** The person with this full name or surname, the earliest named, or null. */
    public Person byName(String name) {
        return byNameOrSurname.get(name);
    }

    /** Every person named so far, in order. */
    public List<Person> all() {
        return List.copyOf(people);
    }
}
