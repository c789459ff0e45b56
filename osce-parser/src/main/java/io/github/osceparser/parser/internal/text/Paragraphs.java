package io.github.osceparser.parser.internal.text;

import io.github.osceparser.parser.internal.lexicon.WordList;
import java.util.List;

/**
 * A body's paragraphs, each split into words at most once and only when a reader asks: dates,
 * people and quotations read the same {@link Tokens.Words}.
 */
public final class Paragraphs {
    private final List<String> texts;
    private final Tokens.Words[] words;

    /** The paragraphs, in order; none is split yet. */
    public Paragraphs(List<String> texts) {
        this.texts = List.copyOf(texts);
        this.words = new Tokens.Words[this.texts.size()];
    }

    /** How many paragraphs there are. */
    public int size() {
        return texts.size();
    }

    /** The text of paragraph {@code p}. */
    public String text(int p) {
        return texts.get(p);
    }

    /** The paragraphs' texts. */
    public List<String> texts() {
        return texts;
    }

    /** Whether a word of paragraph {@code p}, in lower case, is an entry of the list. */
    public boolean mentions(int p, WordList list) {
        Tokens.Words split = words(p);
        int longest = list.longest();
        for (int w = 0; w < split.size(); w++) {
            if (split.end(w) - split.start(w) > longest + 16) {
                continue;
            }
            String word = split.lower(w);
            if (list.contains(word) || list.contains(stem(word))) {
                return true;
            }
        }
        return false;
    }

    /** The word without an elided article and a compound's tail: "l'osce" and "osze-sekretariats" give "osce", "osze". */
    private static String stem(String word) {
        int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
        String rest = apostrophe >= 0 ? word.substring(apostrophe + 1) : word;
        int hyphen = rest.indexOf('-');
        return hyphen > 0 ? rest.substring(0, hyphen) : rest;
    }

    /** The words of paragraph {@code p}, split the first time they are asked for. */
    Tokens.Words words(int p) {
        Tokens.Words split = words[p];
        if (split == null) {
            split = Tokens.words(texts.get(p));
            words[p] = split;
        }
        return split;
    }
}
