package io.github.osceparser.parser.internal.knowledge;

import io.github.osceparser.model.ChairpersonshipTerm;
import io.github.osceparser.model.Country;
import io.github.osceparser.model.LocalName;
import io.github.osceparser.model.NamePeriod;
import io.github.osceparser.model.Place;
import io.github.osceparser.model.Structure;
import io.github.osceparser.model.StructureKind;
import io.github.osceparser.parser.internal.knowledge.RegistryData.Located;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The checks across records that keep the registry's promises: ids unique, every reference (parent,
 * predecessor, headquarters, country) to a record that exists, country codes that ISO 3166-1 assigns,
 * a structure's names in order without overlapping periods, and no name, spelling or adjective that
 * could mean two things at once. Each fault names the line of the record at fault.
 */
final class RegistryValidator {
    /** ISO 3166-1 alpha-2 codes as the JDK knows them; a fixed list, not the default locale. */
    private static final Set<String> ISO_CODES = new TreeSet<>(Set.of(Locale.getISOCountries()));

    private final RegistryData data;

    private RegistryValidator(RegistryData data) {
        this.data = data;
    }

    /**
     * Checks the data.
     *
     * @param data what the reader read
     * @throws RegistryFormatException naming the line of the first fault
     */
    static void check(RegistryData data) {
        new RegistryValidator(data).checkAll();
    }

    private void checkAll() {
        Map<String, Integer> countryLines = uniqueIds(data.countries(), Country::code, "country");
        Map<String, Integer> placeLines = uniqueIds(data.places(), Place::id, "place");
        Map<String, Integer> structureLines = uniqueIds(data.structures(), Structure::id, "structure");
        uniqueIds(data.chairs(), c -> Integer.toString(c.year()), "chair");

        for (Located<Country> country : data.countries()) {
            if (!ISO_CODES.contains(country.value().code())) {
                throw error(country.line(), "'" + country.value().code() + "' is not an ISO 3166-1 alpha-2 code");
            }
        }
        for (Located<Place> place : data.places()) {
            reference(place.line(), "country", place.value().country(), countryLines);
        }
        for (Located<ChairpersonshipTerm> chair : data.chairs()) {
            reference(chair.line(), "country", chair.value().country(), countryLines);
        }
        int organizations = 0;
        for (Located<Structure> located : data.structures()) {
            Structure s = located.value();
            int line = located.line();
            reference(line, "parent", s.parent(), structureLines);
            reference(line, "predecessor", s.predecessor(), structureLines);
            reference(line, "headquarters", s.headquarters(), placeLines);
            reference(line, "country", s.country(), countryLines);
            if (s.kind() == StructureKind.ORGANIZATION) {
                organizations++;
            } else if (s.parent() == null) {
                throw error(line, "structure '" + s.id() + "' has no parent; only the organization stands alone");
            }
            if (s.id().equals(s.parent())) {
                throw error(line, "structure '" + s.id() + "' is its own parent");
            }
            periodsInOrder(line, s);
        }
        if (!data.structures().isEmpty() && organizations != 1) {
            throw error(1, "the registry must hold exactly one structure of kind organization, holds " + organizations);
        }
        noParentCycles(structureLines);
        noSharedKeys(data.countries(), RegistryValidator::countryTerms, Country::code, "country");
        noSharedKeys(data.places(), Place::spellings, Place::id, "place");
    }

    private void periodsInOrder(int line, Structure s) {
        List<NamePeriod> names = s.names();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                if (names.get(i).overlaps(names.get(j))) {
                    throw error(
                            line,
                            "structure '" + s.id() + "': the periods of '"
                                    + names.get(i).name() + "' and '"
                                    + names.get(j).name() + "' overlap");
                }
            }
            if (i > 0 && names.get(i).from() == null) {
                throw error(
                        line,
                        "structure '" + s.id() + "': only its first name may leave out when it began ('"
                                + names.get(i).name() + "')");
            }
            if (i < names.size() - 1 && names.get(i).until() == null) {
                throw error(
                        line,
                        "structure '" + s.id() + "': only its last name may leave out when it ended ('"
                                + names.get(i).name() + "')");
            }
        }
    }

    private void noParentCycles(Map<String, Integer> lines) {
        Map<String, String> parents = new LinkedHashMap<>();
        for (Located<Structure> s : data.structures()) {
            parents.put(s.value().id(), s.value().parent());
        }
        for (String id : parents.keySet()) {
            List<String> seen = new ArrayList<>();
            for (String at = id; at != null; at = parents.get(at)) {
                if (seen.contains(at)) {
                    throw error(lines.get(id), "structure '" + id + "' is among its own parents: " + seen);
                }
                seen.add(at);
            }
        }
    }

    private static List<String> countryTerms(Country country) {
        List<String> terms = new ArrayList<>();
        for (List<LocalName> names : List.of(country.names(), country.shortForms(), country.adjectives())) {
            names.forEach(n -> terms.add(n.text()));
        }
        return terms;
    }

    private <T> void noSharedKeys(
            List<Located<T>> records, Function<T, List<String>> terms, Function<T, String> id, String type) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (Located<T> record : records) {
            for (String term : terms.apply(record.value())) {
                String key = NameKey.of(term);
                if (key.isEmpty()) {
                    throw error(record.line(), "'" + term + "' holds no letters");
                }
                String owner = owners.putIfAbsent(key, id.apply(record.value()));
                if (owner != null && !owner.equals(id.apply(record.value()))) {
                    throw error(
                            record.line(),
                            "'" + term + "' of " + type + " '" + id.apply(record.value()) + "' is already a name of "
                                    + type + " '" + owner + "'");
                }
            }
        }
    }

    private <T> Map<String, Integer> uniqueIds(List<Located<T>> records, Function<T, String> id, String type) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (Located<T> record : records) {
            Integer earlier = lines.putIfAbsent(id.apply(record.value()), record.line());
            if (earlier != null) {
                throw error(
                        record.line(),
                        type + " '" + id.apply(record.value()) + "' is already defined at line " + earlier);
            }
        }
        return lines;
    }

    private void reference(int line, String field, String id, Map<String, Integer> known) {
        if (id != null && !known.containsKey(id)) {
            throw error(line, field + " '" + id + "' is not in the registry");
        }
    }

    private RegistryFormatException error(int line, String message) {
        return new RegistryFormatException(data.source(), line, message);
    }
}
