package io.github.osceparser.parser.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reader of the fact tables in {@code src/test/resources/facts/} ({@code datelines.txt},
 * {@code inferred-dates.txt}, {@code quotations.txt}; their format is in that folder's README):
 * short excerpts in, expected fields out, as commonmark's {@code ExampleReader} reads spec.txt.
 * Each {@link Fact} names its file, section and number, so that a failing test says which fact
 * failed; a malformed table fails with its file and line.
 */
public final class FactTable {
    private static final String FOLDER = "/facts/";

    /** One fact: its context ({@code language:}, {@code year from:}), its input and what it expects, in order. */
    public record Fact(
            String file,
            String section,
            int number,
            String description,
            Map<String, String> context,
            String input,
            List<Expected> expected) {

        /** The input's paragraphs: its lines, a blank line separating paragraphs. */
        public List<String> paragraphs() {
            List<String> paragraphs = new ArrayList<>();
            for (String paragraph : input.split("\n\n+")) {
                if (!paragraph.isBlank()) {
                    paragraphs.add(paragraph);
                }
            }
            return paragraphs;
        }

        /** The page's language, ISO 639-1. */
        public String language() {
            return context.get("language");
        }

        /** The value of the first expected key, null for {@code none}; fails when the fact has no such key. */
        public String value(String key) {
            for (Expected entry : expected) {
                if (entry.key().equals(key)) {
                    return entry.value();
                }
            }
            throw new AssertionError(this + " expects no '" + key + "'");
        }

        /** "quotations.txt, English, 4: a quotation over a paragraph break", as failures name a fact. */
        @Override
        public String toString() {
            return file + ", " + section + ", " + number + ": " + description;
        }
    }

    /** One "key: value" line after {@code expect:}; the value is null where the table writes {@code none}. */
    public record Expected(String key, String value) {}

    private enum State {
        BETWEEN,
        CONTEXT,
        INPUT,
        EXPECT
    }

    private final String file;
    private final List<Fact> facts = new ArrayList<>();
    private State state = State.BETWEEN;
    private String section;
    private int number;
    private String description;
    private Map<String, String> context;
    private StringBuilder input;
    private List<Expected> expected;
    private int line;

    private FactTable(String file) {
        this.file = file;
    }

    /** The facts of a table in {@code src/test/resources/facts/}, in file order: {@code read("quotations.txt")}. */
    public static List<Fact> read(String file) {
        try (InputStream in = FactTable.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no fact table " + FOLDER + file);
            }
            return new FactTable(file).read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }

    /** The facts of a table given as text, {@code file} naming it in failures. */
    public static List<Fact> parse(String file, String text) {
        try {
            return new FactTable(file).read(new BufferedReader(new StringReader(text)));
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }

    private List<Fact> read(BufferedReader reader) throws IOException {
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            accept(text);
        }
        finishFact();
        if (facts.isEmpty()) {
            throw malformed("no facts");
        }
        return List.copyOf(facts);
    }

    private void accept(String text) {
        if (state == State.INPUT && !text.equals("expect:")) {
            input.append(text).append('\n');
        } else if (text.startsWith("## ")) {
            finishFact();
            section = text.substring(3).strip();
        } else if (text.startsWith("== ")) {
            finishFact();
            startFact(text.substring(3).strip());
        } else if (text.startsWith("# ") || text.isBlank()) {
            return;
        } else if (state == State.CONTEXT && text.equals("input:")) {
            state = State.INPUT;
        } else if (state == State.INPUT) {
            state = State.EXPECT;
        } else if (state == State.CONTEXT) {
            Expected pair = pair(text);
            context.put(pair.key(), pair.value());
        } else if (state == State.EXPECT) {
            Expected pair = pair(text);
            expected.add(new Expected(pair.key(), "none".equals(pair.value()) ? null : pair.value()));
        } else {
            throw malformed("a line outside any fact: '" + text + "'");
        }
    }

    private void startFact(String header) {
        if (section == null) {
            throw malformed("a fact before the first section");
        }
        int space = header.indexOf(' ');
        try {
            number = Integer.parseInt(space < 0 ? header : header.substring(0, space));
        } catch (NumberFormatException e) {
            throw malformed("a fact without its number: '== " + header + "'");
        }
        for (Fact fact : facts) {
            if (fact.number() == number) {
                throw malformed("a second fact " + number);
            }
        }
        description = space < 0 ? "" : header.substring(space + 1).strip();
        context = new LinkedHashMap<>();
        input = new StringBuilder();
        expected = new ArrayList<>();
        state = State.CONTEXT;
    }

    private void finishFact() {
        if (state == State.BETWEEN) {
            return;
        }
        if (state != State.EXPECT || expected.isEmpty()) {
            throw malformed("fact " + number + " ends before its 'expect:' lines");
        }
        if (!context.containsKey("language")) {
            throw malformed("fact " + number + " has no 'language:'");
        }
        String text = input.toString().stripTrailing();
        facts.add(new Fact(file, section, number, description, Map.copyOf(context), text, List.copyOf(expected)));
        state = State.BETWEEN;
    }

    private Expected pair(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || (colon + 1 < text.length() && text.charAt(colon + 1) != ' ')) {
            throw malformed("'" + text + "' is not 'key: value'");
        }
        return new Expected(text.substring(0, colon), text.substring(colon + 1).strip());
    }

    private IllegalStateException malformed(String what) {
        String where = section == null ? file : file + ", " + section;
        return new IllegalStateException(where + ", line " + line + ": " + what);
    }
}
