package io.github.osceparser.parser.internal.extract;

import java.util.Locale;
import java.util.Map;

/**
 * The metadata labels of press releases and news items ("Date:", "Issued on:", "Source:", ...),
 * each mapped to the field it fills. Labels are matched without their colon, ignoring case.
 */
enum MetadataLabel {
    DATE,
    PLACE,
    SOURCE,
    FIELDS_OF_WORK;

    private static final Map<String, MetadataLabel> BY_TEXT = Map.of(
            "date", DATE,
            "issued on", DATE,
            "place", PLACE,
            "location", PLACE,
            "source", SOURCE,
            "sources", SOURCE,
            "issued by", SOURCE,
            "fields of work", FIELDS_OF_WORK,
            "field of work", FIELDS_OF_WORK);

    /** Whether a line reads as a metadata label: short, and ending in a colon. */
    static boolean isLabel(String text) {
        return text.length() >= 2 && text.length() <= 40 && text.endsWith(":");
    }

    /** The label's field, or null for a label the library does not know. */
    static MetadataLabel of(String text) {
        String key = text.substring(0, text.length() - 1).strip().toLowerCase(Locale.ROOT);
        return BY_TEXT.get(key);
    }
}
