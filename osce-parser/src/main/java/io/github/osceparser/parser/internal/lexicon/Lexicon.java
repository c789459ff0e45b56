package io.github.osceparser.parser.internal.lexicon;

import io.github.osceparser.model.FieldOfWork;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words of one page's language: every language-dependent list the parser reads (kind lines,
 * metadata labels, footers, months, verbs of speech, role words, ...), from one resource file per
 * language ({@code lexicon/fr.txt}) read once and shared.
 *
 * <p>A page's lexicon is its language's entries followed by English's, because pages in every
 * language are printed in the English template and mix in its labels; it never holds a third
 * language's words, so that the Spanish range word "y" or the German article "die" mean nothing on
 * an English page. A new language is one file and one entry in {@link #LANGUAGES}.
 */
public final class Lexicon {
    /** The languages with a lexicon file, in the order language detection weighs them. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "de", "it", "es", "ru", "uk", "ro", "sh");

    /** A list of no words, for a rule that reads none. */
    public static final WordList NO_WORDS = new WordList(List.of());

    private static final Map<String, LexiconFile> FILES = new HashMap<>();

    private static final Map<String, Lexicon> BY_LANGUAGE = new HashMap<>();

    static {
        for (String language : LANGUAGES) {
            FILES.put(language, LexiconFile.read(language));
        }
        for (String language : LANGUAGES) {
            BY_LANGUAGE.put(language, new Lexicon(language));
        }
    }

    private final String language;
    private final Map<Section, WordList> sections = new EnumMap<>(Section.class);
    private final Map<String, Month> months = new LinkedHashMap<>();
    private final Map<String, FieldOfWork> fieldsOfWork = new LinkedHashMap<>();
    /** The names as the files write them: most names on pages are, and need no normalizing. */
    private final Map<String, FieldOfWork> writtenFieldsOfWork = new LinkedHashMap<>();

    private final int longestMonth;

    private Lexicon(String language) {
        this.language = language;
        List<LexiconFile> files =
                language.equals("en") ? List.of(FILES.get("en")) : List.of(FILES.get(language), FILES.get("en"));
        for (Section section : Section.values()) {
            List<String> entries = new ArrayList<>();
            for (LexiconFile file : files) {
                for (String entry : file.entries.getOrDefault(section, List.of())) {
                    if (!entries.contains(entry)) {
                        entries.add(entry);
                    }
                }
            }
            sections.put(section, new WordList(entries));
        }
        int longest = 0;
        for (LexiconFile file : files) {
            for (Map.Entry<String, Month> month : file.months.entrySet()) {
                months.putIfAbsent(month.getKey(), month.getValue());
                longest = Math.max(longest, month.getKey().length());
            }
            for (Map.Entry<String, String> field : file.fieldsOfWork.entrySet()) {
                fieldsOfWork.putIfAbsent(field.getKey(), field(field.getValue()));
            }
            for (Map.Entry<String, String> field : file.writtenFieldsOfWork.entrySet()) {
                writtenFieldsOfWork.putIfAbsent(field.getKey(), field(field.getValue()));
            }
        }
        this.longestMonth = longest;
    }

    private static FieldOfWork field(String slug) {
        return FieldOfWork.fromSlug(slug)
                .orElseThrow(() -> new IllegalStateException("the lexicon names an unknown field of work: " + slug));
    }

    /** The lexicon of a page in the language (an ISO 639-1 code); English for a language it has no file for. */
    public static Lexicon of(String language) {
        Lexicon lexicon = BY_LANGUAGE.get(language);
        return lexicon != null ? lexicon : BY_LANGUAGE.get("en");
    }

    /** The English lexicon, for what is read before a page's language is known. */
    public static Lexicon english() {
        return BY_LANGUAGE.get("en");
    }

    /** The entries of one language's own file, without English's: what language detection weighs. */
    public static List<String> ownEntries(String language, Section section) {
        LexiconFile file = FILES.get(language);
        return file == null ? List.of() : List.copyOf(file.entries.getOrDefault(section, List.of()));
    }

    /** The ISO 639-1 code of the page language this lexicon is for. */
    public String language() {
        return language;
    }

    /** The section's entries, the page language's first. */
    public WordList words(Section section) {
        return sections.get(section);
    }

    /** Whether the text, normalized, is an entry of the section. */
    public boolean has(Section section, String text) {
        WordList words = sections.get(section);
        return words.hasLength(strippedLength(text)) && words.contains(normalize(text));
    }

    /**
     * The first of the sections that holds the text, or null; the text is normalized once for all
     * of them.
     */
    public Section sectionOf(String text, Section... candidates) {
        int length = strippedLength(text);
        String normalized = null;
        for (Section section : candidates) {
            WordList words = sections.get(section);
            if (words.hasLength(length)) {
                normalized = normalized == null ? normalize(text) : normalized;
                if (words.contains(normalized)) {
                    return section;
                }
            }
        }
        return null;
    }

    /** The month a lower-case word names ("may", "mai", "мая"), or null. */
    public Month month(String lowerWord) {
        return lowerWord.length() > longestMonth ? null : months.get(lowerWord);
    }

    /** The longest month name, so that longer words need not be lower-cased to be looked up. */
    public int longestMonth() {
        return longestMonth;
    }

    /**
     * The field of work a page names, ignoring case, punctuation and spacing ("Ordine pubblico",
     * "Cyber / ICT security"); see {@link #fieldName(String)}.
     */
    public Optional<FieldOfWork> fieldOfWork(String name) {
        FieldOfWork written = writtenFieldsOfWork.get(name);
        return Optional.ofNullable(written != null ? written : fieldsOfWork.get(fieldName(name)));
    }

    /** An entry as the lists hold it: stripped, lower case, with a straight apostrophe. */
    public static String normalize(String text) {
        return text.strip().replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    /**
     * A field of work's name as looked up: its letters and digits in lower case, nothing else, so
     * that "Cyber / ICT security", "cyber-ict-security" and "Co-operation"/"Cooperation" meet.
     */
    static String fieldName(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                    out.append((char) cp);
                } else if (cp >= 'A' && cp <= 'Z') {
                    out.append((char) (cp + ('a' - 'A')));
                }
            } else if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return out.toString();
    }

    /**
     * The text's length once stripped: normalizing keeps it (no entry holds the one letter, the
     * dotted capital I, whose lower case is longer), so a length no entry has needs no copy.
     */
    private static int strippedLength(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - start;
    }
}
