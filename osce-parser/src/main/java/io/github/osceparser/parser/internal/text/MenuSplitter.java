package io.github.osceparser.parser.internal.text;

import io.github.osceparser.parser.internal.site.MenuGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * Separates the site's navigation menu from the page's content.
 *
 * <p>The text rendering of osce.org prints the menu first: a line holding only "-" opens a group,
 * whose heading is the next line, and "- X" lines are its entries. The menu ends at the first line
 * that is none of these: the content's first line. The menu's vocabulary changes from snapshot to
 * snapshot, so only this structure is recognised, never particular entries. Some sites of the
 * institutions (odihr.osce.org) print a few entries before the first group ("- Home", "- About us",
 * then "-" and "Our work"): short entries that a group follows are a group without a heading. Text
 * extracted by other tools has no menu at all; then every line is content.
 */
public final class MenuSplitter {
    /** The most words of an entry printed before the menu's first group. */
    private static final int MAX_LEADING_ENTRY_WORDS = 5;

    private MenuSplitter() {}

    /** The menu groups (empty when the text has no menu) and the content lines, in order. */
    public record Split(List<MenuGroup> menu, List<Line> content) {}

    /** Splits the lines into menu and content. */
    public static Split split(List<Line> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        int first = i;
        while (i < lines.size()
                && (isLeadingEntry(lines.get(i).text()) || lines.get(i).isBlank())) {
            i++;
        }
        boolean leading = i > first;
        if (!opensGroup(lines, i)
                || leading
                        && !(i + 2 < lines.size() && isBullet(lines.get(i + 2).text()))) {
            // entries before the first group count only when that group has entries of its own
            return new Split(List.of(), lines);
        }
        List<MenuGroup> menu = new ArrayList<>();
        String heading = null;
        List<String> entries = new ArrayList<>();
        for (Line line : lines.subList(first, i)) {
            if (!line.isBlank()) {
                entries.add(bulletText(line.text()));
            }
        }
        if (!entries.isEmpty()) {
            menu.add(new MenuGroup("", entries));
        }
        while (i < lines.size()) {
            String text = lines.get(i).text();
            if (opensGroup(lines, i)) {
                if (heading != null) {
                    menu.add(new MenuGroup(heading, entries));
                }
                heading = lines.get(i + 1).text();
                entries = new ArrayList<>();
                i += 2;
            } else if (isBullet(text)) {
                entries.add(bulletText(text));
                i++;
            } else if (text.isEmpty()) {
                i++;
            } else {
                break;
            }
        }
        menu.add(new MenuGroup(heading, entries));
        return new Split(List.copyOf(menu), lines.subList(i, lines.size()));
    }

    /** A short "- X" line, which may come before the menu's first group. */
    private static boolean isLeadingEntry(String text) {
        if (!isBullet(text)) {
            return false;
        }
        int words = 1;
        for (int c = textStart(text); c < text.length() && words <= MAX_LEADING_ENTRY_WORDS; c++) {
            if (text.charAt(c) == ' ') {
                words++;
            }
        }
        return words <= MAX_LEADING_ENTRY_WORDS;
    }

    /** A "-" line followed by a heading that is neither a bullet nor another "-". */
    private static boolean opensGroup(List<Line> lines, int i) {
        if (i + 1 >= lines.size() || !lines.get(i).text().equals("-")) {
            return false;
        }
        String next = lines.get(i + 1).text();
        return !next.isEmpty() && !next.equals("-") && !isBullet(next);
    }

    /** A "- X" line: a menu entry, a list item or a metadata value. */
    public static boolean isBullet(String text) {
        return text.length() > 2 && text.charAt(0) == '-' && text.charAt(1) == ' ' && textStart(text) < text.length();
    }

    /** The text of a "- X" line without its bullet. */
    public static String bulletText(String text) {
        int start = textStart(text);
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * Where the text after the bullet's two characters starts; the length when there is none. Every
     * menu and content line is tested, so this looks in place rather than copying the rest.
     */
    private static int textStart(String text) {
        int start = 2;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }
}
