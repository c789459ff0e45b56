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
}
