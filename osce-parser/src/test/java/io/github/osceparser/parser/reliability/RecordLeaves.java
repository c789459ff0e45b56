package io.github.osceparser.parser.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The string values of a record's JSON, each with its JSON path ({@code /entries/2/structures/0/name}),
 * found by walking the JSON generically (no field is named here), so that the accounting test
 * keeps working when the model gains fields. A value is claimed by at most one line of the input.
 */
final class RecordLeaves {

    /** One string value of the record, and whether a line of the input has claimed it. */
    static final class Leaf {
        final String path;
        final String value;
        final JsonNode parent;
        boolean claimed;

        Leaf(String path, String value, JsonNode parent) {
            this.path = path;
            this.value = value;
            this.parent = parent;
        }

        /** The name of the nearest object field on the path: "name" for {@code /sources/0} is "sources". */
        String field() {
            String[] steps = path.split("/");
            for (int i = steps.length - 1; i > 0; i--) {
                if (!steps[i].chars().allMatch(Character::isDigit)) {
                    return steps[i];
                }
            }
            return "";
        }

        /** Whether the value is an element of a JSON array (a list value such as {@code sources}). */
        boolean inList() {
            return path.substring(path.lastIndexOf('/') + 1).chars().allMatch(Character::isDigit);
        }

        @Override
        public String toString() {
            return path + "=" + value;
        }
    }

    private final List<Leaf> leaves = new ArrayList<>();

    /** The string values of {@code json} whose path does not start with one of {@code leftOut}. */
    RecordLeaves(JsonNode json, List<String> leftOut) {
        walk(json, "", null, leftOut);
    }

    private void walk(JsonNode node, String path, JsonNode parent, List<String> leftOut) {
        if (leftOut.stream().anyMatch(path::startsWith) && !path.isEmpty()) {
            return;
        }
        if (node.isString()) {
            leaves.add(new Leaf(path, normalize(node.stringValue()), parent));
        } else if (node.isObject()) {
            for (var field : node.properties()) {
                walk(field.getValue(), path + "/" + field.getKey(), node, leftOut);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, node, leftOut);
            }
        }
    }

    /** The first unclaimed value that equals {@code text} and passes {@code filter}, or null. */
    Leaf unclaimed(String text, Predicate<Leaf> filter) {
        for (Leaf leaf : leaves) {
            if (!leaf.claimed && leaf.value.equals(text) && filter.test(leaf)) {
                return leaf;
            }
        }
        return null;
    }

    /** A claimed value equal to {@code text}, or null. */
    Leaf claimed(String text) {
        return leaves.stream()
                .filter(l -> l.claimed && l.value.equals(text))
                .findFirst()
                .orElse(null);
    }

    /** The unclaimed values that pass {@code filter}, in JSON order. */
    List<Leaf> unclaimed(Predicate<Leaf> filter) {
        return leaves.stream().filter(l -> !l.claimed && filter.test(l)).toList();
    }

    /**
     * The text with every run of white space (no-break spaces and the like too) made one space,
     * and none at either end: how lines and values are compared.
     */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
