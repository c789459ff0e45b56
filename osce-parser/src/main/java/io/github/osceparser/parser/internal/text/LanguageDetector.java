package io.github.osceparser.parser.internal.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

    private LanguageDetector() {}

    /** The ISO 639-1 code of the text's language; {@code "en"} when the text gives no evidence. */
    public static String detect(CharSequence text) {
        int cyrillic = 0;
        int latin = 0;
        int ukrainianLetters = 0;
        int russianLetters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
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
        Map<String, Integer> scores = countStopWords(text);
        if (cyrillic > latin) {
            if (ukrainianLetters > russianLetters) {
                return "uk";
            }
            if (russianLetters > ukrainianLetters) {
                return "ru";
            }
            return scores.getOrDefault("uk", 0) > scores.getOrDefault("ru", 0) ? "uk" : "ru";
        }
        String best = "en";
        int bestScore = 0;
        for (String language : LATIN) {
            int score = scores.getOrDefault(language, 0);
            if (score > bestScore) {
                best = language;
                bestScore = score;
            }
        }
        return best;
    }

    private static Map<String, Integer> countStopWords(CharSequence text) {
        Map<String, Integer> scores = new HashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start > 10) {
                continue;
            }
            String word = text.subSequence(start, i).toString().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, Set<String>> entry : STOP_WORDS.entrySet()) {
                if (entry.getValue().contains(word)) {
                    scores.merge(entry.getKey(), 1, Integer::sum);
                }
            }
        }
        return scores;
    }
}
