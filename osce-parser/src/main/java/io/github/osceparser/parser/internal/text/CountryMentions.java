package io.github.osceparser.parser.internal.text;

import io.github.osceparser.model.Country;
import io.github.osceparser.model.LocalName;
import io.github.osceparser.parser.internal.knowledge.Registry;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import io.github.osceparser.parser.internal.lexicon.WordList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The participating States and Partners for Co-operation a page's text names: by a name, a short
 * form or an adjective the registry lists, in the page's language or in English ("Moldova",
 * "Republic of Moldova", "Moldovan", "молдавский"), read over the words {@link Tokens} gives.
 *
 * <p>In languages that inflect, a word matches a listed form when both share a stem and the word
 * ends in one of the language's {@code [word-endings]}: "России" and "Россия" meet at "Росси",
 * "российской" and "российский" at "российск". A stem is at least {@value #MIN_STEM} letters, so
 * short names match only as listed. A form the registry writes with a capital ("Turkey", "Georgia")
 * matches only a word printed with one, so that a common noun of the same spelling does not count;
 * the longest form wins ("Bosnia and Herzegovina", not a country "Bosnia"). Built once per language
 * and shared: immutable.
 */
public final class CountryMentions {
    /** The fewest letters of a stem that endings may follow. */
    static final int MIN_STEM = 4;

    private static final Map<String, CountryMentions> BY_LANGUAGE = new TreeMap<>();

    static {
        for (String language : Lexicon.LANGUAGES) {
            BY_LANGUAGE.put(language, new CountryMentions(Lexicon.of(language)));
        }
    }

    /** A listed form of a country's name, as words. */
    private record Form(String code, String[] words, String[] stems, boolean capital) {}

    private final WordList endings;
    /** Forms by the stem of their first word. */
    private final Map<String, List<Form>> byFirstStem = new TreeMap<>();

    private final boolean anyLowerCase;

    private CountryMentions(Lexicon lexicon) {
        this.endings = lexicon.words(Section.WORD_ENDINGS);
        boolean lower = false;
        for (Country country : Registry.standard().countries()) {
            for (List<LocalName> forms : List.of(country.names(), country.shortForms(), country.adjectives())) {
                for (LocalName form : forms) {
                    if (form.language().equals(lexicon.language())
                            || form.language().equals("en")) {
                        lower |= add(country.code(), form.text());
                    }
                }
            }
        }
        this.anyLowerCase = lower;
    }

    /** Indexes a form; says whether it is written in lower case. */
    private boolean add(String code, String text) {
        Tokens.Words words = Tokens.words(text);
        if (words.isEmpty()) {
            return false;
        }
        String[] lowered = new String[words.size()];
        String[] stems = new String[words.size()];
        for (int w = 0; w < words.size(); w++) {
            lowered[w] = words.lower(w);
            stems[w] = stem(lowered[w]);
        }
        boolean capital = Character.isUpperCase(text.charAt(words.start(0)));
        Form form = new Form(code, lowered, stems, capital);
        byFirstStem.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(form);
        if (!stems[0].equals(lowered[0])) {
            // "français" is itself the stem of "française": found by its whole word too.
            byFirstStem.computeIfAbsent(lowered[0], k -> new ArrayList<>()).add(form);
        }
        return !capital;
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
     * The alpha-2 codes of the countries the texts name, in order of first mention.
     *
     * @param texts the page's title and body, in page order
     * @param language the page's language
     * @return the codes, each once
     */
    public static List<String> find(List<String> texts, String language) {
        CountryMentions mentions = BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
        Set<String> found = new LinkedHashSet<>();
        for (String text : texts) {
            mentions.scan(text, found);
        }
        return List.copyOf(found);
    }

    private void scan(String text, Set<String> found) {
        Tokens.Words words = Tokens.words(text);
        int w = 0;
        while (w < words.size()) {
            boolean capital = Character.isUpperCase(text.charAt(words.start(w)));
            Form best = capital || anyLowerCase ? longestAt(words, w, capital) : null;
            if (best == null) {
                int start = words.start(w);
                int end = words.end(w);
                int elided = lastApostrophe(text, start, end);
                if (elided > start) {
                    // An elided article or preposition: "l'Albania", "dell'Albania", "d’Italie".
                    scanParts(text.substring(elided + 1, end), found);
                } else if (hasHyphen(text, start, end)) {
                    // A compound adjective names each of its parts: "таджикско-афганской границе".
                    scanParts(text.substring(start, end).replace('-', ' '), found);
                }
                w++;
            } else {
                found.add(best.code());
                w += best.words().length;
            }
        }
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

    /** The forms the parts of a hyphenated word spell, each on its own. */
    private void scanParts(String parts, Set<String> found) {
        Tokens.Words words = Tokens.words(parts);
        for (int w = 0; w < words.size(); w++) {
            boolean capital = Character.isUpperCase(parts.charAt(words.start(w)));
            Form best = capital || anyLowerCase ? longestAt(words, w, capital) : null;
            if (best != null && best.words().length == 1) {
                found.add(best.code());
            }
        }
    }

    /** The longest form that the words from {@code w} spell, or null. */
    private Form longestAt(Tokens.Words words, int w, boolean capital) {
        String word = words.lower(w);
        Form best = null;
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
                if ((capital || !form.capital())
                        && (best == null || form.words().length > best.words().length)
                        && spells(form, words, w)) {
                    best = form;
                }
            }
        }
        return best;
    }

    /** Whether the words from {@code w} spell the form, each word as listed or its stem and an ending. */
    private boolean spells(Form form, Tokens.Words words, int w) {
        if (w + form.words().length > words.size()) {
            return false;
        }
        for (int i = 0; i < form.words().length; i++) {
            String word = words.lower(w + i);
            String listed = form.words()[i];
            String stem = form.stems()[i];
            if (!word.equals(listed)
                    && !(word.startsWith(listed) && endings.contains(word.substring(listed.length())))
                    && !(word.startsWith(stem) && endings.contains(word.substring(stem.length())))) {
                return false;
            }
        }
        return true;
    }
}
