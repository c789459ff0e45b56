package io.github.osceparser.parser.internal.text;

/**
 * One line of the input.
 *
 * @param number the 1-based line number in the input
 * @param text the line without its line end and without surrounding white space
 */
public record Line(int number, String text) {
    /** Whether the line holds nothing but white space. */
    public boolean isBlank() {
        return text.isEmpty();
    }
}
