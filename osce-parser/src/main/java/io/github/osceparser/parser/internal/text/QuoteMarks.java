package io.github.osceparser.parser.internal.text;

/** The quotation marks of the OSCE's languages: “ ” (English, Italian), « » (French, Russian, ...), „ “ (German), ‹ ›, and straight quotes. */
final class QuoteMarks {
    private QuoteMarks() {}

    /** The mark that closes a quotation the character opens, or 0 when it opens none. */
    static char closing(char open) {
        return switch (open) {
            case '“' -> '”';
            case '«' -> '»';
            case '„' -> '“';
            case '‹' -> '›';
            case '"' -> '"';
            default -> 0;
        };
    }
}
