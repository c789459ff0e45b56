package io.github.osceparser.model;

import java.util.List;
import java.util.Objects;

/** The invariant checks shared by the records' compact constructors (see the package rule). */
final class Checks {
    private Checks() {}

    /** A required text: not null, not blank. */
    static String text(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** A nullable text: null, or not blank. */
    static String optionalText(String value, String name) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(name + " must be null or non-blank, was blank");
        }
        return value;
    }

    /** A required list: copied, no null elements. */
    static <T> List<T> list(List<T> values, String name) {
        Objects.requireNonNull(values, name);
        for (T value : values) {
            if (value == null) {
                throw new NullPointerException(name + " must not contain null");
            }
        }
        return List.copyOf(values);
    }

    /** A required list of texts: copied, no null and no blank elements. */
    static List<String> texts(List<String> values, String name) {
        List<String> copy = list(values, name);
        for (String value : copy) {
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " must not contain a blank string");
            }
        }
        return copy;
    }

    /** An ISO 639-1 language code: two lower-case ASCII letters. */
    static String language(String value) {
        Objects.requireNonNull(value, "language");
        if (value.length() != 2
                || value.charAt(0) < 'a'
                || value.charAt(0) > 'z'
                || value.charAt(1) < 'a'
                || value.charAt(1) > 'z') {
            throw new IllegalArgumentException(
                    "language must be an ISO 639-1 code of two lower-case letters, was '" + value + "'");
        }
        return value;
    }
}
