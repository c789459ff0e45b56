package io.github.osceparser.parser.internal.text;

import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import io.github.osceparser.parser.internal.lexicon.WordList;
import java.util.Locale;

/** Where the words of an attribution begin and end in a paragraph, found in place, without copies. */
final class Clauses {
    private final WordList auxiliaries;
    private final WordList abbreviations;

    Clauses(Lexicon lexicon) {
        auxiliaries = lexicon.words(Section.AUXILIARIES);
        abbreviations = lexicon.words(Section.ABBREVIATIONS);
    }

    /**
     * Where the sentence after a closing mark ends, without the final full stop and the space
     * before it: at a full stop (not an abbreviation's), or at the next quotation mark.
     */
    int sentenceEnd(String paragraph, int from) {
        int end = from;
        while (end < paragraph.length()) {
            char c = paragraph.charAt(end);
            if (QuoteMarks.opensAt(paragraph, end)) {
                break;
            }
            if ((c == '.' || c == '!' || c == '?')
                    && (end + 1 == paragraph.length() || paragraph.charAt(end + 1) == ' ')
                    && !isAbbreviation(paragraph, end)) {
                break;
            }
            end++;
        }
        return stripEnd(paragraph, from, end);
    }

    /** A full stop after a title or initial ("Mr.", "J.") does not end a sentence. */
    boolean isAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 || abbreviations.contains(word);
    }

    /** Where the attribution starts after the comma or dash that leads into it: "», – заявила она". */
    static int stripLeadingPunctuation(String paragraph, int from, int to) {
        int i = from;
        while (i < to && (Character.isWhitespace(paragraph.charAt(i)) || ",;–—-".indexOf(paragraph.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    /** "a dit Hélène Marchetti" starts at "dit Hélène Marchetti": the auxiliary adds nothing to the attribution. */
    int stripAuxiliary(String paragraph, int from, int to) {
        int space = from;
        while (space < to && space - from <= auxiliaries.longest() && paragraph.charAt(space) != ' ') {
            space++;
        }
        if (space > from
                && space < to
                && auxiliaries.contains(paragraph.substring(from, space).toLowerCase(Locale.ROOT))) {
            return space + 1;
        }
        return from;
    }

    static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static int stripStart(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    static int stripEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /**
     * Where a clause that ends before {@code last} starts: after the last ". ", "” ", "» " or '" '
     * at or before {@code last}, and not before {@code floor}. A closing mark after a comma is a name
     * in marks inside the clause ('NAME, a trainer from the centre "Umed," reflected'): a quotation
     * before it would have set the floor.
     */
    static int clauseStart(String text, int floor, int last) {
        for (int i = Math.min(last, text.length() - 2); i >= floor; i--) {
            char c = text.charAt(i);
            if (text.charAt(i + 1) == ' '
                    && (c == '.' || "”»\"".indexOf(c) >= 0 && (i == 0 || text.charAt(i - 1) != ','))) {
                return i + 2;
            }
        }
        return floor;
    }

    /** The index of the first ", " in {@code [from, to)}, or -1; searched only there. */
    static int firstComma(String text, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (text.charAt(i) == ',' && text.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return -1;
    }

    /** The index of the last ", " in {@code [from, to)}, or -1. */
    static int lastComma(String text, int from, int to) {
        for (int i = to - 2; i >= from; i--) {
            if (text.charAt(i) == ',' && text.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return -1;
    }
}
