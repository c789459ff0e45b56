package io.github.osceparser.parser.internal.content;

import io.github.osceparser.model.MissionKind;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads a field operation's kind and location from its name: "Programme Office in Astana" is a
 * programme office in Astana. The name may carry an "OSCE" prefix ("OSCE Mission to Skopje").
 */
public final class MissionNames {
    /** Longest title first, so "Special Monitoring Mission" wins over "Mission". */
    private static final List<MissionKind> BY_TITLE_LENGTH = Stream.of(MissionKind.values())
            .sorted(Comparator.comparingInt((MissionKind k) -> k.title().length())
                    .reversed())
            .toList();

    private MissionNames() {}

    /** A parsed name: the kind and the place after "in" or "to". */
    public record Parsed(MissionKind kind, String location) {}

    /** The kind and location of a field operation's name, or null when the name is not one. */
    public static Parsed parse(String name) {
        String rest = name.startsWith("OSCE ") ? name.substring(5) : name;
        for (MissionKind kind : BY_TITLE_LENGTH) {
            String title = kind.title();
            if (rest.regionMatches(true, 0, title, 0, title.length())) {
                String after = rest.substring(title.length());
                String lower = after.toLowerCase(Locale.ROOT);
                for (String preposition : new String[] {" in ", " to ", " for "}) {
                    if (lower.startsWith(preposition)) {
                        String location = after.substring(preposition.length()).strip();
                        if (!location.isEmpty() && Character.isUpperCase(location.codePointAt(0))) {
                            return new Parsed(kind, location);
                        }
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the title is a field operation's name ("OSCE Mission to Bosnia and Herzegovina"), not
     * a headline that opens with one ("OSCE Programme Office in Dushanbe holds a course ..."): the
     * place after the name's preposition is capitalised words, joined by "and" at most.
     */
    public static boolean isWholeName(String text) {
        Parsed parsed = parse(text);
        if (parsed == null) {
            return false;
        }
        String location = parsed.location();
        for (int from = 0; from < location.length(); ) {
            int space = location.indexOf(' ', from);
            int to = space < 0 ? location.length() : space;
            if (to > from
                    && Character.isLowerCase(location.charAt(from))
                    && !(to - from == 3 && location.startsWith("and", from))) {
                return false;
            }
            from = to + 1;
        }
        return true;
    }

    /**
     * The first field operation a text names with the OSCE's prefix ("The OSCE Mission to Croatia
     * was established ...", "the OSCE Mission to Bosnia and Herzegovina"), without the prefix; or
     * null. The place is the run of capitalised words after "in" or "to" ("and" may join them).
     */
    public static String find(String text) {
        for (int at = text.indexOf("OSCE "); at >= 0; at = text.indexOf("OSCE ", at + 5)) {
            String name = nameAt(text, at + 5);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /**
     * The field operation a paragraph opens with as its subject, with or without the OSCE's prefix
     * ("The Programme Office in Bishkek is based ...", "The OSCE Mission to Montenegro supports
     * ..."), without the prefix; or null.
     */
    public static String atStart(String text) {
        int from = text.startsWith("The ") ? 4 : 0;
        if (text.startsWith("OSCE ", from)) {
            from += 5;
        }
        return nameAt(text, from);
    }

    private static String nameAt(String text, int from) {
        for (MissionKind kind : BY_TITLE_LENGTH) {
            String title = kind.title();
            if (!text.regionMatches(true, from, title, 0, title.length())) {
                continue;
            }
            int place = from + title.length();
            for (String preposition : new String[] {" in ", " to "}) {
                if (text.regionMatches(true, place, preposition, 0, preposition.length())) {
                    int end = placeEnd(text, place + preposition.length());
                    return end > place + preposition.length() ? text.substring(from, end) : null;
                }
            }
            return null;
        }
        return null;
    }

    /** The end of a run of capitalised words from {@code start}, "and" allowed between two of them. */
    private static int placeEnd(String text, int start) {
        int end = start;
        int i = start;
        while (i < text.length()) {
            int wordEnd = i;
            while (wordEnd < text.length()
                    && (Character.isLetter(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-')) {
                wordEnd++;
            }
            if (wordEnd == i) {
                break;
            }
            String word = text.substring(i, wordEnd);
            boolean capitalised = Character.isUpperCase(word.charAt(0));
            if (!capitalised && !(word.equals("and") && end > start)) {
                break;
            }
            if (capitalised) {
                end = wordEnd;
            }
            if (wordEnd >= text.length() || text.charAt(wordEnd) != ' ') {
                break;
            }
            i = wordEnd + 1;
        }
        return end;
    }
}
