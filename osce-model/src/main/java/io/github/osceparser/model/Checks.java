package io.github.osceparser.model;

import java.util.List;
import java.util.Locale;
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

    /** A registry identifier: lower-case ASCII letters and digits in words joined by single hyphens. */
    static String slug(String value, String name) {
        Objects.requireNonNull(value, name);
        boolean valid = !value.isEmpty() && value.charAt(0) != '-' && value.charAt(value.length() - 1) != '-';
        for (int i = 0; i < value.length() && valid; i++) {
            char c = value.charAt(i);
            valid = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && value.charAt(i - 1) != '-');
        }
        return checked(valid, value, name, "lower-case letters and digits joined by single hyphens");
    }

    /** A nullable registry identifier: null, or as {@link #slug}. */
    static String optionalSlug(String value, String name) {
        return value == null ? null : slug(value, name);
    }

    /** An ISO 3166-1 alpha-2 code's form: two upper-case ASCII letters. */
    static String countryCode(String value, String name) {
        Objects.requireNonNull(value, name);
        boolean valid = value.length() == 2 && isUpperAscii(value.charAt(0)) && isUpperAscii(value.charAt(1));
        return checked(valid, value, name, "an ISO 3166-1 alpha-2 code of two upper-case letters");
    }

    private static boolean isUpperAscii(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Distinct ISO 3166-1 alpha-2 codes, copied; as {@link #countryCode} each. */
    static List<String> countryCodes(List<String> values, String name) {
        List<String> codes = list(values, name);
        for (int i = 0; i < codes.size(); i++) {
            countryCode(codes.get(i), name + "[" + i + "]");
            if (codes.indexOf(codes.get(i)) != i) {
                throw new IllegalArgumentException(name + " must not repeat a code, repeated '" + codes.get(i) + "'");
            }
        }
        return codes;
    }

    /** A nullable ISO 3166-1 alpha-2 code: null, or as {@link #countryCode}. */
    static String optionalCountryCode(String value, String name) {
        return value == null ? null : countryCode(value, name);
    }

    /**
     * The value, or an exception naming the field and what it must be. Checked by hand, not with a
     * regular expression: every record of every page is checked, and a pattern compiled per call
     * was a sixth of what parsing a page allocated.
     */
    private static String checked(boolean valid, String value, String name, String description) {
        if (!valid) {
            throw new IllegalArgumentException(name + " must be " + description + ", was '" + value + "'");
        }
        return value;
    }

    /** The JSON name of an enum constant: its name in lower case, words joined by hyphens. */
    static String jsonName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant with a JSON name, or an exception naming what was sought ("structure kind"). */
    static <E extends Enum<E>> E fromJsonName(E[] constants, String jsonName, String what) {
        for (E constant : constants) {
            if (jsonName(constant).equals(jsonName)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + jsonName + "'");
    }
}
