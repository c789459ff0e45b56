package io.github.osceparser.parser.internal.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Detects the language of a page's content from its script and its most frequent words, with no
 * model and no network. Cyrillic text is Ukrainian when it has letters only Ukrainian uses (і, ї,
 * є, ґ), Russian when it has letters Ukrainian lacks (ы, э, ъ, ё), and otherwise decided by
 * frequent words; Latin text is decided by frequent words of English, French, German, Italian,
 * Spanish and Romanian.
 */
public final class LanguageDetector {
    private static final Map<String, Set<String>> STOP_WORDS = new HashMap<>();

    static {
        STOP_WORDS.put(
                "en",
                Set.of(
                        "the", "and", "of", "to", "in", "is", "for", "that", "with", "on", "as", "by", "are", "was",
                        "this", "from", "its", "has", "have", "which", "will"));
        STOP_WORDS.put(
                "fr",
                Set.of(
                        "le", "la", "les", "des", "et", "du", "une", "est", "dans", "pour", "que", "qui", "sur", "par",
                        "au", "aux", "ont", "avec", "ses", "cette"));
        STOP_WORDS.put(
                "de",
                Set.of(
                        "der", "die", "das", "und", "den", "von", "zu", "mit", "ist", "des", "im", "für", "auf", "eine",
                        "ein", "sich", "dem", "nicht", "auch", "wird"));
        STOP_WORDS.put(
                "it",
                Set.of(
                        "il", "di", "che", "e", "la", "per", "della", "delle", "dei", "nel", "gli", "alla", "sono",
                        "con", "una", "del", "nella", "degli", "anche", "alle"));
        STOP_WORDS.put(
                "es",
                Set.of(
                        "el", "los", "las", "y", "de", "del", "en", "que", "por", "para", "con", "una", "es", "su",
                        "sus", "se", "como", "al", "más", "fue"));
        STOP_WORDS.put(
                "ro",
                Set.of(
                        "și", "în", "cu", "pentru", "este", "care", "din", "la", "să", "pe", "ale", "unei", "sunt",
                        "fost", "acest", "această", "privind", "au", "mai"));
        STOP_WORDS.put(
                "ru",
                Set.of(
                        "и", "в", "на", "с", "по", "что", "для", "не", "как", "это", "из", "от", "был", "была", "также",
                        "его", "которые", "года", "при", "о"));
        STOP_WORDS.put(
                "uk",
                Set.of(
                        "і", "та", "в", "у", "на", "з", "що", "для", "не", "як", "це", "від", "із", "був", "також",
                        "його", "які", "року", "при", "щодо"));
    }

    private static final List<String> LATIN = List.of("en", "fr", "de", "it", "es", "ro");

    /** The languages a score is kept for, in the order of the bits of {@code STOP_WORD_LANGUAGES}. */
    private static final List<String> LANGUAGES = List.copyOf(STOP_WORDS.keySet());

    /**
     * The stop words as an open-addressing table, each slot with a bit set of the languages the word
     * belongs to ("la": French, Italian, Romanian). Detection runs on every page: the words of the
     * text are looked up from a buffer, without a string each and without one lookup per language.
     */
    private static final String[] STOP_WORD_TABLE = new String[512];

    private static final int[] STOP_WORD_LANGUAGES = new int[STOP_WORD_TABLE.length];

    /** Longer words of the text cannot be stop words and are not looked up. */
    private static final int LONGEST_STOP_WORD;

    static {
        int longest = 0;
        for (int language = 0; language < LANGUAGES.size(); language++) {
            for (String word : STOP_WORDS.get(LANGUAGES.get(language))) {
                int slot = slot(word.hashCode());
                while (STOP_WORD_TABLE[slot] != null && !STOP_WORD_TABLE[slot].equals(word)) {
                    slot = (slot + 1) & (STOP_WORD_TABLE.length - 1);
                }
                STOP_WORD_TABLE[slot] = word;
                STOP_WORD_LANGUAGES[slot] |= 1 << language;
                longest = Math.max(longest, word.length());
            }
        }
        LONGEST_STOP_WORD = longest;
    }

    private LanguageDetector() {}

    /** The ISO 639-1 code of the text's language; {@code "en"} when the text gives no evidence. */
    public static String detect(CharSequence sample) {
        // One copy, then String.charAt: a StringBuilder's charAt checks its coder on every call.
        String text = sample.toString();
        int cyrillic = 0;
        int latin = 0;
        int ukrainianLetters = 0;
        int russianLetters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // The Cyrillic block, U+0400 to U+04FF, tested directly: UnicodeBlock.of searches a table.
            if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic++;
                char lower = Character.toLowerCase(c);
                if (lower == 'і' || lower == 'ї' || lower == 'є' || lower == 'ґ') {
                    ukrainianLetters++;
                } else if (lower == 'ы' || lower == 'э' || lower == 'ъ' || lower == 'ё') {
                    russianLetters++;
                }
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        int[] scores = countStopWords(text);
        if (cyrillic > latin) {
            if (ukrainianLetters > russianLetters) {
                return "uk";
            }
            if (russianLetters > ukrainianLetters) {
                return "ru";
            }
            return score(scores, "uk") > score(scores, "ru") ? "uk" : "ru";
        }
        String best = "en";
        int bestScore = 0;
        for (String language : LATIN) {
            int score = score(scores, language);
            if (score > bestScore) {
                best = language;
                bestScore = score;
            }
        }
        return best;
    }

    private static int score(int[] scores, String language) {
        return scores[LANGUAGES.indexOf(language)];
    }

    /** How many words of each language of {@link #LANGUAGES} the text holds. */
    private static int[] countStopWords(String text) {
        int[] scores = new int[LANGUAGES.size()];
        char[] word = new char[LONGEST_STOP_WORD];
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isLetter(text.charAt(i))) {
                i++;
            }
            int languages = i - start > LONGEST_STOP_WORD ? 0 : languagesOf(text, start, i, word);
            for (int language = 0; languages != 0; language++, languages >>>= 1) {
                scores[language] += languages & 1;
            }
        }
        return scores;
    }

    /**
     * The languages of the word {@code text[start, end)} in lower case, as a bit set; 0 when it is
     * no stop word. Lower-cases char by char, as {@code toLowerCase(Locale.ROOT)} does for every
     * letter but the dotted capital I, whose lower case is two chars and no stop word's.
     */
    private static int languagesOf(String text, int start, int end, char[] word) {
        int length = end - start;
        int hash = 0;
        for (int k = 0; k < length; k++) {
            char c = text.charAt(start + k);
            if (c == '\u0130') {
                return 0;
            }
            word[k] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
            hash = 31 * hash + word[k];
        }
        int slot = slot(hash);
        while (STOP_WORD_TABLE[slot] != null) {
            String candidate = STOP_WORD_TABLE[slot];
            if (sameWord(candidate, word, length)) {
                return STOP_WORD_LANGUAGES[slot];
            }
            slot = (slot + 1) & (STOP_WORD_TABLE.length - 1);
        }
        return 0;
    }

    /** {@link Character#isLetter(char)}, answered without its table for ASCII, most of the text. */
    private static boolean isLetter(char c) {
        if (c < 0x80) {
            char lower = (char) (c | 0x20);
            return lower >= 'a' && lower <= 'z';
        }
        return Character.isLetter(c);
    }

    private static boolean sameWord(String candidate, char[] word, int length) {
        if (candidate.length() != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (candidate.charAt(k) != word[k]) {
                return false;
            }
        }
        return true;
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (STOP_WORD_TABLE.length - 1);
    }
}
