package io.github.osceparser.parser.internal.knowledge;

import io.github.osceparser.model.LocalName;
import io.github.osceparser.model.NamePeriod;
import io.github.osceparser.model.Structure;
import io.github.osceparser.parser.internal.knowledge.RegistryData.Located;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Every name a structure is known by, as a key, with the period it applied: its English names with
 * their own periods; its acronyms, short forms and names in other languages over the structure's
 * whole life. Two structures may share a name only at different times (the date decides between
 * them); sharing it at the same time is a fault in the data.
 */
final class StructureNames {
    private final Map<String, List<Candidate>> byKey;

    private StructureNames(Map<String, List<Candidate>> byKey) {
        this.byKey = byKey;
    }

    /** A structure a name may mean, and when the name meant it. */
    record Candidate(Structure structure, NamePeriod period) {}

    /**
     * Indexes the names of the structures.
     *
     * @param structures the structures, in file order (the order in which candidates are offered)
     * @param error makes the fault for a line and a message
     * @throws RegistryFormatException when two structures share a name at overlapping times
     */
    static StructureNames index(
            List<Located<Structure>> structures, BiFunction<Integer, String, RegistryFormatException> error) {
        Map<String, List<Candidate>> byKey = new TreeMap<>();
        for (Located<Structure> located : structures) {
            Structure s = located.value();
            List<NamePeriod> periods = new ArrayList<>(s.names());
            List<LocalName> others = new ArrayList<>(s.acronyms());
            others.addAll(s.shortNames());
            others.addAll(s.localNames());
            for (LocalName other : others) {
                periods.add(new NamePeriod(other.text(), s.opened(), s.closed()));
            }
            for (NamePeriod period : periods) {
                String key = NameKey.of(period.name());
                if (key.isEmpty()) {
                    throw error.apply(located.line(), "'" + period.name() + "' holds no letters");
                }
                List<Candidate> candidates = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                for (Candidate earlier : candidates) {
                    if (earlier.structure() != s && earlier.period().overlaps(period)) {
                        throw error.apply(
                                located.line(),
                                "'" + period.name() + "' of '" + s.id() + "' is also a name of '"
                                        + earlier.structure().id() + "' at the same time");
                    }
                }
                if (candidates.stream()
                        .noneMatch(c -> c.structure() == s && c.period().equals(period))) {
                    candidates.add(new Candidate(s, period));
                }
            }
        }
        byKey.replaceAll((k, v) -> List.copyOf(v));
        return new StructureNames(byKey);
    }

    /**
     * The structure a name means on a day.
     *
     * @param name the name as printed
     * @param day nullable: the page's date; decides between structures that bore the same name
     * @return the structure, or null when no structure has that name
     */
    Structure find(String name, LocalDate day) {
        List<Candidate> candidates = byKey.get(NameKey.of(name));
        if (candidates == null) {
            String bare = withoutTrailingParentheses(name);
            candidates = bare.equals(name) ? null : byKey.get(NameKey.of(bare));
        }
        if (candidates == null) {
            return null;
        }
        if (day != null) {
            Candidate nearest = null;
            long nearestDistance = Long.MAX_VALUE;
            for (Candidate candidate : candidates) {
                long distance = distance(candidate.period(), day);
                if (distance < nearestDistance) {
                    nearest = candidate;
                    nearestDistance = distance;
                }
            }
            return nearest.structure();
        }
        return candidates.get(0).structure();
    }

    /** Days from a period to a day, 0 within it: a name used after its time still means its structure. */
    private static long distance(NamePeriod period, LocalDate day) {
        if (period.appliesOn(day)) {
            return 0;
        }
        if (period.from() != null && day.isBefore(period.from())) {
            return period.from().toEpochDay() - day.toEpochDay();
        }
        return day.toEpochDay() - period.until().toEpochDay() + 1;
    }

    /**
     * "OSCE Project Co-ordinator in Baku (closed)", "Special Monitoring Mission to Ukraine (SMM)": the
     * listings mark closed structures, and pages add an acronym, in parentheses after the name.
     */
    private static String withoutTrailingParentheses(String name) {
        String s = name.strip();
        while (s.endsWith(")") && s.lastIndexOf('(') > 0) {
            s = s.substring(0, s.lastIndexOf('(')).strip();
        }
        return s;
    }
}
