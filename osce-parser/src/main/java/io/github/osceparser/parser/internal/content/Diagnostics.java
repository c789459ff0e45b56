package io.github.osceparser.parser.internal.content;

import io.github.osceparser.model.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one parse; they come out in line order. */
public final class Diagnostics {
    private final List<Diagnostic> list = new ArrayList<>();

    /** Adds a diagnostic about the given line. */
    public void add(int line, Diagnostic.Kind kind, String message) {
        list.add(new Diagnostic(Math.max(1, line), kind, message));
    }

    /** Adds diagnostics made elsewhere, in their order. */
    public void addAll(List<Diagnostic> diagnostics) {
        list.addAll(diagnostics);
    }

    /** The diagnostics so far, sorted by line (stable, so same-line ones keep their order). */
    public List<Diagnostic> toList() {
        List<Diagnostic> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(Diagnostic::line));
        return List.copyOf(sorted);
    }

    /** A short quotation of a text for a message: at most 60 characters. */
    public static String excerpt(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
