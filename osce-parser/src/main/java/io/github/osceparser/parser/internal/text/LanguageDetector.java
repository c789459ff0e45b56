package io.github.osceparser.parser.internal.text;

import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import java.util.List;

/**
 * Detects the language of a page's content from its script and its most frequent words, with no
 * model and no network. Cyrillic text is Ukrainian when letters only Ukrainian uses (і, ї, є, ґ)
 * are the most frequent of the distinctive ones, Russian when letters Ukrainian lacks (ы, э, ъ, ё)
 * are, Serbo-Croatian ({@code sh}) when the letters of Serbian Cyrillic (ј, љ, њ, ћ, ђ, џ) are, and
 * otherwise decided by frequent words; Latin text is decided by frequent words of English, French,
 * German, Italian, Spanish, Romanian and Serbo-Croatian. The frequent words are each language's
 * {@link Section#STOP_WORDS}.
 */
public final class LanguageDetector {
    private static final List<String> LATIN = List.of("en", "fr", "de", "it", "es", "ro", "sh");

    /** The languages a score is kept for, in the order of the bits of {@code STOP_WORD_LANGUAGES}. */
    private static final List<String> LANGUAGES = Lexicon.LANGUAGES;

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
            for (String word : Lexicon.ownEntries(LANGUAGES.get(language), Section.STOP_WORDS)) {
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

    /**
     * How much text is read: the language shows in the first thousand words, and a page a hundred
     * times longer must not cost a hundred times more to classify.
     */
    static final int SAMPLE_LENGTH = 10_000;

    private LanguageDetector() {}

    /** The ISO 639-1 code of the text's language; {@code "en"} when the text gives no evidence. */
    public static String detect(CharSequence text) {
        return detect(List.of(text.toString()));
    }

    /**
     * The language of texts read in order (a page's blocks), as if they were one text with a line
     * break after each. Reading stops at the end of a text once the evidence is {@link
     * Counts#decisive() decisive}, and after {@link #SAMPLE_LENGTH} characters in any case.
     */
    public static String detect(List<String> texts) {
        Counts counts = new Counts();
        int budget = SAMPLE_LENGTH;
        for (String text : texts) {
            int length = Math.min(text.length(), budget);
            counts.read(text, length);
            budget -= length;
            if (budget <= 0 || counts.decisive()) {
                break;
            }
        }
        return counts.language();
    }

    /** Stop words the leading language must have counted before reading may stop early. */
    static final int DECISIVE_STOP_WORDS = 20;

    /** Distinctive letters by which Ukrainian or Russian must lead before reading may stop early. */
    static final int DECISIVE_LETTERS = 10;

    /**
     * The evidence gathered in one pass over the characters: how many are Latin and Cyrillic, the
     * letters that tell Ukrainian and Russian apart, and the stop words of each language. Each
     * character is read once; a word is lower-cased and hashed as it is read, and looked up without
     * a string of its own.
     */
    private static final class Counts {
        private final int[] stopWords = new int[LANGUAGES.size()];
        private final char[] word = new char[LONGEST_STOP_WORD];
        private int cyrillic;
        private int latin;
        private int ukrainianLetters;
        private int russianLetters;
        private int serbianLetters;

        /** Reads {@code text[0, length)}; the loop keeps its counts in locals, the hot path of every parse. */
        void read(String text, int length) {
            int latinCount = 0;
            int cyrillicCount = 0;
            int size = 0;
            int hash = 0;
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                char lower;
                if (c < 0x80) {
                    lower = (char) (c | 0x20);
                    if (lower < 'a' || lower > 'z') {
                        size = endWord(size, hash);
                        hash = 0;
                        continue;
                    }
                    latinCount++;
                } else if (c >= '\u0400' && c <= '\u04FF') {
                    // The Cyrillic block, tested directly: UnicodeBlock.of searches a table.
                    cyrillicCount++;
                    if (c >= '\u0482' && c <= '\u0489') {
                        size = endWord(size, hash); // the block's only non-letters: a sign and combining marks
                        hash = 0;
                        continue;
                    }
                    lower = Character.toLowerCase(c);
                    countDistinctiveLetter(lower);
                } else if (c == '\u0130') {
                    lower = NOT_IN_ANY_STOP_WORD; // the dotted capital I lower-cases to two chars
                } else if (Character.isLetter(c)) {
                    lower = Character.toLowerCase(c);
                } else {
                    size = endWord(size, hash);
                    hash = 0;
                    continue;
                }
                if (size < word.length) {
                    word[size] = lower;
                    hash = 31 * hash + lower;
                }
                size++;
            }
            endWord(size, hash); // a text ends a word, as the line break after it would
            latin += latinCount;
            cyrillic += cyrillicCount;
        }

        private void countDistinctiveLetter(char lower) {
            if (lower == 'і' || lower == 'ї' || lower == 'є' || lower == 'ґ') {
                ukrainianLetters++;
            } else if (lower == 'ы' || lower == 'э' || lower == 'ъ' || lower == 'ё') {
                russianLetters++;
            } else if (lower == 'ј' || lower == 'љ' || lower == 'њ' || lower == 'ћ' || lower == 'ђ' || lower == 'џ') {
                serbianLetters++;
            }
        }

        /** Counts the word of {@code size} letters just read, if it can be a stop word; returns 0. */
        private int endWord(int size, int hash) {
            if (size == 0 || size > word.length) {
                return 0;
            }
            int languages = languagesOf(word, size, hash);
            for (int language = 0; languages != 0; language++, languages >>>= 1) {
                stopWords[language] += languages & 1;
            }
            return 0;
        }

        /**
         * Whether more text would not change the answer on any real page: the script is at least
         * twice as frequent as the other, and Cyrillic text leads by {@link #DECISIVE_LETTERS}
         * Ukrainian or Russian letters, or Latin text has {@link #DECISIVE_STOP_WORDS} stop words
         * of one language and at least twice as many as of any other.
         */
        boolean decisive() {
            if (cyrillic > 2 * latin) {
                int most = Math.max(ukrainianLetters, Math.max(russianLetters, serbianLetters));
                int next = ukrainianLetters
                        + russianLetters
                        + serbianLetters
                        - most
                        - Math.min(ukrainianLetters, Math.min(russianLetters, serbianLetters));
                return most - next >= DECISIVE_LETTERS;
            }
            if (latin <= 2 * cyrillic) {
                return false;
            }
            int best = 0;
            int second = 0;
            for (String language : LATIN) {
                int score = score(language);
                if (score > best) {
                    second = best;
                    best = score;
                } else if (score > second) {
                    second = score;
                }
            }
            return best >= DECISIVE_STOP_WORDS && best >= 2 * second;
        }

        String language() {
            if (cyrillic > latin) {
                if (serbianLetters > ukrainianLetters && serbianLetters > russianLetters) {
                    return "sh";
                }
                if (ukrainianLetters > russianLetters) {
                    return "uk";
                }
                if (russianLetters > ukrainianLetters) {
                    return "ru";
                }
                return score("uk") > score("ru") ? "uk" : "ru";
            }
            String best = "en";
            int bestScore = 0;
            for (String language : LATIN) {
                int score = score(language);
                if (score > bestScore) {
                    best = language;
                    bestScore = score;
                }
            }
            return best;
        }

        private int score(String language) {
            return stopWords[LANGUAGES.indexOf(language)];
        }
    }

    /** A char no stop word holds (a noncharacter), standing for one that cannot match. */
    private static final char NOT_IN_ANY_STOP_WORD = '\uFFFF';

    /** The languages of the lower-case word {@code word[0, length)} as a bit set; 0 when it is no stop word. */
    private static int languagesOf(char[] word, int length, int hash) {
        int slot = slot(hash);
        while (STOP_WORD_TABLE[slot] != null) {
            if (sameWord(STOP_WORD_TABLE[slot], word, length)) {
                return STOP_WORD_LANGUAGES[slot];
            }
            slot = (slot + 1) & (STOP_WORD_TABLE.length - 1);
        }
        return 0;
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
