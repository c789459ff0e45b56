package io.github.osceparser.parser.internal.lexicon;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The entries of one section in file order, with a set to look them up. Nothing takes "the first"
 * of the set: iteration goes through {@link #entries()}, in the order the files give.
 */
public final class WordList {
    private final List<String> entries;
    private final Set<String> lookup;
    /** The lengths entries have: a text of another length is answered without a lookup. */
    private final BitSet lengths = new BitSet();

    private final int longest;

    WordList(List<String> entries) {
        this.entries = List.copyOf(entries);
        this.lookup = new HashSet<>(entries);
        int max = 0;
        for (String entry : entries) {
            lengths.set(entry.length());
            max = Math.max(max, entry.length());
        }
        this.longest = max;
    }

    /** The entries, normalized ({@link Lexicon#normalize(String)}), in file order, page language first. */
    public List<String> entries() {
        return entries;
    }

    /** Whether the normalized text is an entry. */
    public boolean contains(String normalized) {
        return lengths.get(normalized.length()) && lookup.contains(normalized);
    }

    /** Whether some entry has this many characters. */
    public boolean hasLength(int length) {
        return lengths.get(length);
    }

    /** The length of the longest entry; 0 for an empty list. */
    public int longest() {
        return longest;
    }
}
