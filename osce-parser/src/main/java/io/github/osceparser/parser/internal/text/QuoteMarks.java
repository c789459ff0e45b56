package io.github.osceparser.parser.internal.text;

/**
 * The quotation marks of the OSCE's languages: “ ” (English, Italian), « » (French, Russian, ...),
 * „ “ (German), ‹ ›, straight quotes, the single marks ‘ ’ of British English, and two single marks
 * opening a quotation that a double mark closes ("‘’NHRIs are ...”").
 *
 * <p>The single closing mark is also the apostrophe ("the OSCE’s work", "don’t"), so a ‘ opens a
 * quotation only where a word starts (after a space, a bracket or a dash, or at the start), and the
 * ’ that closes it is one not inside a word: after a letter or mark and before no letter or
 * digit. Of those, one after a sentence's or clause's punctuation ("…,’ said") is taken over an
 * earlier one after a letter, which may be a plural's apostrophe ("the participants’ rights"),
 * unless another quotation opens between them ("‘Yes’, he said, ‘we will.’").
 *
 * <p>Some pages open a quotation with the closing mark (”Our aim is ...” as in Swedish or Finnish,
 * or by mistake), and some close a „ with ” (as Polish, Romanian and many Bosnian, Croatian and
 * Serbian pages do): a ” opens a quotation where a word starts and is closed by the next ”, and a
 * „ is closed by whichever of “ and ” comes first.
 */
final class QuoteMarks {
    private static final char SINGLE_OPEN = '‘';
    private static final char SINGLE_CLOSE = '’';
    private static final char DOUBLE_CLOSE = '”';

    private QuoteMarks() {}

    /** The mark that closes a quotation the character opens, or 0 when it opens none. */
    static char closing(char open) {
        return switch (open) {
            case '“' -> '”';
            case '«' -> '»';
            case '„' -> '“';
            case '‹' -> '›';
            case DOUBLE_CLOSE -> DOUBLE_CLOSE;
            case '"' -> '"';
            case SINGLE_OPEN -> SINGLE_CLOSE;
            default -> 0;
        };
    }

    /** Whether the character at {@code i} opens a quotation. */
    static boolean opensAt(String text, int i) {
        char c = text.charAt(i);
        if (c != SINGLE_OPEN && c != DOUBLE_CLOSE) {
            return closing(c) != 0;
        }
        boolean wordStart =
                i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
        return wordStart
                && i + 1 < text.length()
                && (c == SINGLE_OPEN
                        ? !Character.isWhitespace(text.charAt(i + 1))
                        : Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    /**
     * Pages mix straight and curly double marks ("...” said the Minister): a straight opening mark
     * is closed by the first straight or curly closing mark after it, and a curly one by its own
     * closing mark, or by a straight one when its own is nowhere after it in the text.
     */
    private static int closingOfDouble(String text, int open, char mark) {
        int curly = text.indexOf('”', open + 1);
        if (mark == '“' && curly >= 0) {
            return curly;
        }
        int straight = text.indexOf('"', open + 1);
        return curly >= 0 && (straight < 0 || curly < straight) ? curly : straight;
    }

    /** Whether the mark at {@code open} is two single marks standing for a double one: "‘’NHRIs are ...”". */
    private static boolean isDoubledSingle(String text, int open) {
        return text.charAt(open) == SINGLE_OPEN && open + 1 < text.length() && text.charAt(open + 1) == SINGLE_CLOSE;
    }

    /** Where the quoted words of the quotation opened at {@code open} start: after its mark or marks. */
    static int contentStart(String text, int open) {
        return isDoubledSingle(text, open) ? open + 2 : open + 1;
    }

    /** Where the mark closing the quotation opened at {@code open} stands, or -1 when the text ends first. */
    static int closingAt(String text, int open) {
        char mark = text.charAt(open);
        if (mark == '"' || mark == '“') {
            return closingOfDouble(text, open, mark);
        }
        if (isDoubledSingle(text, open)) {
            return closingOfDouble(text, open + 1, '“'); // closed by ” (or a straight mark)
        }
        if (mark == '„') {
            int low = text.indexOf('“', open + 1);
            int high = text.indexOf(DOUBLE_CLOSE, open + 1);
            return low < 0 || (high >= 0 && high < low) ? high : low;
        }
        if (mark != SINGLE_OPEN) {
            return text.indexOf(closing(mark), open + 1);
        }
        int first = -1;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == SINGLE_OPEN && first >= 0 && opensAt(text, i)) {
                return first; // another quotation opens: the first candidate closes this one
            }
            if (c != SINGLE_CLOSE
                    || Character.isWhitespace(text.charAt(i - 1))
                    || (i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                continue;
            }
            if (".,!?;:".indexOf(text.charAt(i - 1)) >= 0) {
                return i;
            }
            if (first < 0) {
                first = i;
            }
        }
        return first;
    }
}
