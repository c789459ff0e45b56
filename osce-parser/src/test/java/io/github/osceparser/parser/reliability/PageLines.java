package io.github.osceparser.parser.reliability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A page's lines and where its navigation menu lies, read by the rule README.md documents: a line
 * holding only "-" opens a group whose heading is the next line, "- X" lines are its entries, and
 * the menu ends at the first line that is none of these; "- X" lines of at most five words before
 * the first group, when that group has entries, are a group without a heading. Kept independent of the parser's own
 * splitter, so that the variation tests check the parser against the rule, not against itself.
 *
 * @param text the page as saved
 * @param lines its lines, as LF, CRLF and CR end them; index {@code i} is line {@code i + 1}
 * @param menuGroups for each menu group, the indexes of its entry lines
 * @param firstContentLine the index of the first non-blank line after the menu
 */
record PageLines(String text, List<String> lines, List<List<Integer>> menuGroups, int firstContentLine) {

    static PageLines of(String text) {
        List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
        List<List<Integer>> groups = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        int first = i;
        List<Integer> leading = new ArrayList<>();
        while (i < lines.size()
                && (isShortEntry(lines.get(i).strip()) || lines.get(i).isBlank())) {
            if (!lines.get(i).isBlank()) {
                leading.add(i);
            }
            i++;
        }
        boolean entriesFollow = i + 2 < lines.size() && isEntry(lines.get(i + 2).strip());
        if (!leading.isEmpty() && !(opensGroup(lines, i) && entriesFollow)) {
            i = first; // entries before the first group count only when that group has entries of its own
            leading.clear();
        }
        if (!leading.isEmpty()) {
            groups.add(leading);
        }
        if (opensGroup(lines, i)) {
            while (i < lines.size()) {
                String line = lines.get(i).strip();
                if (opensGroup(lines, i)) {
                    groups.add(new ArrayList<>());
                    i += 2;
                } else if (isEntry(line)) {
                    groups.get(groups.size() - 1).add(i++);
                } else if (line.isEmpty()) {
                    i++;
                } else {
                    break;
                }
            }
        }
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return new PageLines(text, lines, groups, i);
    }

    /** The indexes of all menu entry lines, in page order. */
    List<Integer> menuEntries() {
        List<Integer> all = new ArrayList<>();
        menuGroups.forEach(all::addAll);
        return all;
    }

    /** The lines with each menu group's entries shuffled among the group's own entry lines. */
    List<String> withShuffledMenu(Random random) {
        List<String> changed = new ArrayList<>(lines);
        for (List<Integer> group : menuGroups) {
            List<String> entries = new ArrayList<>();
            group.forEach(i -> entries.add(changed.get(i)));
            Collections.shuffle(entries, random);
            for (int k = 0; k < group.size(); k++) {
                changed.set(group.get(k), entries.get(k));
            }
        }
        return changed;
    }

    private static boolean opensGroup(List<String> lines, int i) {
        if (i + 1 >= lines.size() || !lines.get(i).strip().equals("-")) {
            return false;
        }
        String heading = lines.get(i + 1).strip();
        return !heading.isEmpty() && !heading.equals("-") && !isEntry(heading);
    }

    private static boolean isEntry(String line) {
        return line.startsWith("- ") && !line.substring(2).isBlank();
    }

    private static boolean isShortEntry(String line) {
        return isEntry(line) && line.substring(2).strip().split(" +").length <= 5;
    }
}
