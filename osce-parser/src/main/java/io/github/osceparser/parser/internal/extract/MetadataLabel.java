package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.parser.internal.lexicon.Lexicon;

/**
 * The metadata fields of press releases and news items; {@link Vocabulary} maps the labels of the
 * page's language ("Date:", "Issued on:", "Lieu :", "Quelle:") to them.
 */
enum MetadataLabel {
    DATE,
    PLACE,
    SOURCE,
    FIELDS_OF_WORK;

    /** Whether a line reads as a metadata label: short, and ending in a colon. */
    static boolean isLabel(String text) {
        return text.length() >= 2 && text.length() <= 40 && text.endsWith(":");
    }

    /** The label's field, or null for a label the library does not know. */
    static MetadataLabel of(String text, Lexicon lexicon) {
        return Vocabulary.labelOf(text, lexicon);
    }
}
