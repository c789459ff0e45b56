package io.github.osceparser.parser.internal.text;

import io.github.osceparser.model.Country;
import io.github.osceparser.model.LocalName;
import io.github.osceparser.model.NamePeriod;
import io.github.osceparser.model.Structure;
import io.github.osceparser.model.StructureKind;
import io.github.osceparser.parser.internal.content.Mention;
import io.github.osceparser.parser.internal.knowledge.Registry;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import io.github.osceparser.parser.internal.lexicon.WordList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The names a page's text gives of things the registry knows, read over the words {@link Tokens}
 * gives: the participating States and Partners for Co-operation ({@link #countries}), by a name, a
 * short form or an adjective ("Moldova", "Republic of Moldova", "Moldovan", "молдавский"), and the
 * OSCE's structures ({@link #structures}), by a name of any period, an acronym, a short name or a
 * name in the page's language ("OSCE Centre in Astana", "ODIHR", "Офис программ ОБСЕ в Душанбе").
 * Forms in the page's language and in English count.
 *
 * <p>In languages that inflect, a word matches a listed form when both share a stem and the word
 * ends in one of the language's {@code [word-endings]}: "России" and "Россия" meet at "Росси",
 * "российской" and "российский" at "российск". A stem is at least {@value #MIN_STEM} letters, so
 * short names match only as listed. A form the registry writes with a capital ("Turkey", "Georgia",
 * "Summit") matches only a word printed with one, so that a common noun of the same spelling does
 * not count; the longest form wins ("Bosnia and Herzegovina", not a country "Bosnia"). An elided
 * article is passed over ("l'Albania"), and the parts of a compound adjective count each
 * ("таджикско-афганской"). Built once per language and kind and shared: immutable.
 */
public final class NameMentions {
    private static final int PREFIX_BITS = 16;

    /** The fewest letters of a stem that endings may follow. */
    static final int MIN_STEM = 4;

    private static final Map<String, NameMentions> COUNTRIES = new TreeMap<>();

    private static final Map<String, NameMentions> STRUCTURES = new TreeMap<>();

    static {
        Registry registry = Registry.standard();
        for (String language : Lexicon.LANGUAGES) {
            Lexicon lexicon = Lexicon.of(language);
            NameMentions countries = new NameMentions(lexicon, Lexicon.NO_WORDS);
            for (Country country : registry.countries()) {
                for (List<LocalName> forms : List.of(country.names(), country.shortForms(), country.adjectives())) {
                    countries.addAll(country.code(), forms, language);
                }
            }
            COUNTRIES.put(language, countries);
            NameMentions structures = new NameMentions(lexicon, lexicon.words(Section.ORGANISATION_NAMES));
            for (Structure structure : registry.structures()) {
                if (structure.kind() == StructureKind.ORGANIZATION) {
                    continue; // "OSCE" is on every page: naming it says nothing of the page
                }
                for (NamePeriod name : structure.names()) {
                    structures.add(name.name(), name.name());
                }
                for (LocalName acronym : structure.acronyms()) {
                    structures.add(acronym.text(), acronym.text()); // "BIDDH" on an English page too
                }
                for (List<LocalName> forms : List.of(structure.shortNames(), structure.localNames())) {
                    for (LocalName form : forms) {
                        if (counts(form, language)) {
                            structures.add(form.text(), form.text());
                        }
                    }
                }
            }
            STRUCTURES.put(language, structures);
        }
    }

    /** A listed form, as words. */
    private record Form(String key, String[] words, String[] stems, boolean capital) {}

    private final WordList endings;
    /**
     * The {@link #prefix} of every key of {@link #byFirstStem}: most words of a page begin with none
     * of them and are passed over without a lower-cased copy.
     */
    private final BitSet prefixes = new BitSet(1 << PREFIX_BITS);

    /** Forms by the stem of their first word. */
    private final Map<String, List<Form>> byFirstStem = new HashMap<>(); // only looked up, never iterated

    /** Words passed over inside a name: the Organization's ("OSCE", "ОБСЕ"), for structures; none for countries. */
    private final WordList passOver;

    private boolean anyLowerCase;

    private NameMentions(Lexicon lexicon, WordList passOver) {
        this.endings = lexicon.words(Section.WORD_ENDINGS);
        this.passOver = passOver;
    }

    private void addAll(String key, List<LocalName> forms, String language) {
        for (LocalName form : forms) {
            if (counts(form, language)) {
                add(key, form.text());
            }
        }
    }

    /** Whether a form counts on a page in the language: it is the page's language's, or English. */
    private static boolean counts(LocalName form, String language) {
        return form.language().equals(language) || form.language().equals("en");
    }

    /** Indexes a form. */
    private void add(String key, String text) {
        Tokens.Words words = Tokens.words(text);
        if (words.isEmpty()) {
            return;
        }
        List<String> kept = new ArrayList<>(words.size());
        for (int w = 0; w < words.size(); w++) {
            if (w == 0 || w == words.size() - 1 || !passOver.contains(words.lower(w))) {
                kept.add(words.lower(w)); // "Центр ОБСЕ в Ашхабаде" is read as "Центр в Ашхабаде"
            }
        }
        String[] lowered = kept.toArray(String[]::new);
        String[] stems = new String[lowered.length];
        for (int w = 0; w < lowered.length; w++) {
            stems[w] = stem(lowered[w]);
        }
        boolean capital = Character.isUpperCase(text.charAt(words.start(0)));
        Form form = new Form(key, lowered, stems, capital);
        byFirstStem.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(form);
        prefixes.set(prefix(stems[0], 0, stems[0].length()));
        if (!stems[0].equals(lowered[0])) {
            // "français" is itself the stem of "française": found by its whole word too.
            byFirstStem.computeIfAbsent(lowered[0], k -> new ArrayList<>()).add(form);
            prefixes.set(prefix(lowered[0], 0, lowered[0].length()));
        }
        anyLowerCase |= !capital;
    }

    /** The word without the longest ending that leaves a stem of {@link #MIN_STEM} letters or more. */
    private String stem(String word) {
        for (int length = Math.min(endings.longest(), word.length() - MIN_STEM); length > 0; length--) {
            if (endings.hasLength(length) && endings.contains(word.substring(word.length() - length))) {
                return word.substring(0, word.length() - length);
            }
        }
        return word;
    }

    /**
     * The alpha-2 codes of the countries the texts name, in order of first mention: {@link
     * #both}'s countries.
     *
     * @param texts the page's title and body, in page order
     * @param language the page's language
     * @return the codes, each once
     */
    public static List<String> countries(List<String> texts, String language) {
        return both(texts, language).countries();
    }

    /**
     * The countries and the structures the texts name, each in order of first mention, from one
     * reading of their words.
     *
     * @param countries the codes of the participating States and Partners named, each once
     * @param structures the OSCE structures named (the Organization itself aside), each listed form
     *     once; {@link Mention#key()} is the registry's form of the name
     */
    public record Named(List<String> countries, List<Mention> structures) {}

    /**
     * The countries and the structures of the same texts, each text split into words once.
     *
     * @param texts the page's title and body, in page order
     * @param language the page's language
     * @return both
     */
    public static Named both(List<String> texts, String language) {
        NameMentions countries = COUNTRIES.getOrDefault(language, COUNTRIES.get("en"));
        NameMentions structures = STRUCTURES.getOrDefault(language, STRUCTURES.get("en"));
        Map<String, Mention> foundCountries = new LinkedHashMap<>();
        Map<String, Mention> foundStructures = new LinkedHashMap<>();
        for (String text : texts) {
            Tokens.Words words = Tokens.words(text);
            countries.scan(text, words, foundCountries);
            structures.scan(text, words, foundStructures);
        }
        List<String> codes = new ArrayList<>(foundCountries.size());
        foundCountries.values().forEach(m -> codes.add(m.key()));
        return new Named(List.copyOf(codes), List.copyOf(foundStructures.values()));
    }

    private void scan(String text, Tokens.Words words, Map<String, Mention> found) {
        int w = 0;
        while (w < words.size()) {
            boolean capital = Character.isUpperCase(text.charAt(words.start(w)));
            Match best = capital || anyLowerCase ? longestAt(words, w, capital) : null;
            if (best == null) {
                int start = words.start(w);
                int end = words.end(w);
                if (end - start > MIN_STEM && hasJoiner(text, start, end)) {
                    int elided = lastApostrophe(text, start, end);
                    if (elided > start) {
                        // An elided article or preposition: "l'Albania", "dell'Albania", "d’Italie".
                        scanParts(text.substring(elided + 1, end), found);
                    } else if (hasHyphen(text, start, end)) {
                        // A compound adjective names each of its parts: "таджикско-афганской границе".
                        scanParts(text.substring(start, end).replace('-', ' '), found);
                    }
                }
                w++;
            } else {
                found.putIfAbsent(best.form().key(), mention(best.form(), text, words, w, w + best.words() - 1));
                w += best.words();
            }
        }
    }

    /** The mention of words {@code first} to {@code last}, as printed, without a possessive "'s". */
    private static Mention mention(Form form, String text, Tokens.Words words, int first, int last) {
        return new Mention(form.key(), Tokens.withoutPossessive(text.substring(words.start(first), words.end(last))));
    }

    /** The forms the parts of a hyphenated word spell, each on its own. */
    private void scanParts(String parts, Map<String, Mention> found) {
        Tokens.Words words = Tokens.words(parts);
        for (int w = 0; w < words.size(); w++) {
            boolean capital = Character.isUpperCase(parts.charAt(words.start(w)));
            Match best = capital || anyLowerCase ? longestAt(words, w, capital) : null;
            if (best != null && best.words() == 1) {
                found.putIfAbsent(best.form().key(), mention(best.form(), parts, words, w, w));
            }
        }
    }

    /** A form the words from a position spell, and how many words they are. */
    private record Match(Form form, int words) {}

    /**
     * A hash of the first {@value #MIN_STEM} characters of {@code text[start, end)}, lower-cased, up
     * to an apostrophe ("UK's" begins as "UK" does), in {@link #PREFIX_BITS} bits, with a mark when
     * the word is shorter: a word can begin a name only as a whole key or as a key of at least
     * {@value #MIN_STEM} letters and an ending, so no word whose hash is not among the keys' can
     * begin one, and short words ("and", "the") are told from longer keys ("Andorra").
     */
    private static int prefix(String text, int start, int end) {
        int hash = 0;
        int i = start;
        for (; i < start + MIN_STEM && i < end; i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '’') {
                break;
            }
            hash = hash * 31 + (c < 0x80 ? (c >= 'A' && c <= 'Z' ? c | 0x20 : c) : Character.toLowerCase(c));
        }
        if (i - start < MIN_STEM) {
            hash = hash * 31 + 1; // the word ends before its prefix would
        }
        return (hash ^ hash >>> PREFIX_BITS) & ((1 << PREFIX_BITS) - 1);
    }

    private Match longestAt(Tokens.Words words, int w, boolean capital) {
        if (!prefixes.get(prefix(words.text(), words.start(w), words.end(w)))) {
            return null;
        }
        String word = words.lower(w);
        Match best = null;
        int longest = Math.max(0, Math.min(endings.longest(), word.length() - MIN_STEM));
        for (int length = longest; length >= 0; length--) {
            if (length > 0
                    && !(endings.hasLength(length) && endings.contains(word.substring(word.length() - length)))) {
                continue;
            }
            List<Form> forms = byFirstStem.get(length == 0 ? word : word.substring(0, word.length() - length));
            if (forms == null) {
                continue;
            }
            for (Form form : forms) {
                if (capital || !form.capital()) {
                    int spelt = spells(form, words, w);
                    if (spelt > 0 && (best == null || spelt > best.words())) {
                        best = new Match(form, spelt);
                    }
                }
            }
        }
        return best;
    }

    /**
     * How many words from {@code w} spell the form, each as listed or as its stem and an ending, the
     * Organization's name passed over inside it (a form keeps it only first or last: "Бюро ОБСЕ по
     * демократическим институтам" spells "Бюро по демократическим институтам"); 0 when they do not.
     */
    private int spells(Form form, Tokens.Words words, int w) {
        int at = w;
        for (int i = 0; i < form.words().length; i++) {
            while (i > 0
                    && at < words.size()
                    && !passOver.contains(form.words()[i])
                    && passOver.contains(words.lower(at))) {
                at++;
            }
            if (at >= words.size()) {
                return 0;
            }
            String word = words.lower(at);
            String listed = form.words()[i];
            String stem = form.stems()[i];
            if (!word.equals(listed)
                    && !(word.startsWith(listed) && endings.contains(word.substring(listed.length())))
                    && !(word.startsWith(stem) && endings.contains(word.substring(stem.length())))) {
                return 0;
            }
            at++;
        }
        return at - w;
    }

    /** Whether the word holds a hyphen or an apostrophe: one look at each of its characters. */
    private static boolean hasJoiner(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '\'' || c == '’') {
                return true;
            }
        }
        return false;
    }

    private static int lastApostrophe(String text, int start, int end) {
        for (int i = end - 1; i > start; i--) {
            char c = text.charAt(i);
            if (c == '\'' || c == '’') {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasHyphen(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '-') {
                return true;
            }
        }
        return false;
    }
}
