package io.github.osceparser.model;

import java.util.Objects;

/**
 * Something the parser noticed and could not place, or had to decide, with the line it concerns.
 *
 * <p>Diagnostics make sure no line of the input silently disappears: a line is either in the record
 * or named by a diagnostic.
 *
 * @param line the 1-based line number in the input the diagnostic is about
 * @param kind what sort of observation this is
 * @param message a sentence for people, naming the text concerned
 */
public record Diagnostic(int line, Kind kind, String message) {

    /** What sort of observation a diagnostic is. */
    public enum Kind {
        /** A content line the parser could not place in the record; strict parsing rejects these. */
        UNPLACED("unplaced"),
        /** A metadata label with no value, such as an empty "Date:". */
        EMPTY_FIELD("empty-field"),
        /** Two statements of one fact disagree (a header date and a dateline date); the parser chose one. */
        CONFLICT("conflict"),
        /** A value the parser inferred rather than read, such as a date taken from the body text. */
        INFERRED("inferred"),
        /** A label the library does not know, such as a field of work it has no name for; the label is kept. */
        UNKNOWN_LABEL("unknown-label"),
        /** Site furniture deliberately left out of the record, such as "Read more on this topic". */
        SKIPPED("skipped");

        private final String jsonName;

        Kind(String jsonName) {
            this.jsonName = jsonName;
        }

        /** The name of this kind in the JSON format, such as {@code "unplaced"}. */
        public String jsonName() {
            return jsonName;
        }

        /**
         * The kind with the given JSON name.
         *
         * @param jsonName a name such as {@code "conflict"}
         * @return the kind
         * @throws IllegalArgumentException if no kind has that name
         */
        public static Kind fromJsonName(String jsonName) {
            for (Kind kind : values()) {
                if (kind.jsonName.equals(jsonName)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown diagnostic kind '" + jsonName + "'");
        }
    }

    /** Checks that the line is positive and the kind and message are present. */
    public Diagnostic {
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
        Objects.requireNonNull(kind, "kind");
        Checks.text(message, "message");
    }

    /** The diagnostic as people read it: {@code "line 12: [unplaced] ..."}. */
    @Override
    public String toString() {
        return "line " + line + ": [" + kind.jsonName() + "] " + message;
    }
}
