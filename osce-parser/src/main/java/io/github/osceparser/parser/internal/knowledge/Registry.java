package io.github.osceparser.parser.internal.knowledge;

import io.github.osceparser.model.ChairpersonshipTerm;
import io.github.osceparser.model.Country;
import io.github.osceparser.model.LocalName;
import io.github.osceparser.model.Place;
import io.github.osceparser.model.Structure;
import io.github.osceparser.model.StructureKind;
import io.github.osceparser.parser.internal.knowledge.RegistryData.Located;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The registry's records, checked and indexed: built once from registry text and never changed, so
 * it is safe to share between threads. Lists are in file order; maps are ordered, so that no lookup
 * depends on hash order.
 */
public final class Registry {
    /** The bundled registry, beside this class. */
    public static final String RESOURCE = "osce-registry.txt";

    private final List<Structure> structures;
    private final Map<String, Structure> structuresById = new LinkedHashMap<>();
    private final StructureNames structureNames;
    private final List<Country> countries;
    private final Map<String, Country> countriesByCode = new LinkedHashMap<>();
    private final Map<String, Country> countriesByTerm = new TreeMap<>();
    private final List<Place> places;
    private final Map<String, Place> placesById = new LinkedHashMap<>();
    private final Map<String, Place> placesBySpelling = new TreeMap<>();
    private final Map<Integer, ChairpersonshipTerm> chairs = new TreeMap<>();
    private final List<ChairpersonshipTerm> chairsByYear;

    private Registry(RegistryData data) {
        RegistryValidator.check(data);
        structures = data.structures().stream().map(Located::value).toList();
        structures.forEach(s -> structuresById.put(s.id(), s));
        structureNames = StructureNames.index(
                data.structures(), (line, message) -> new RegistryFormatException(data.source(), line, message));
        countries = data.countries().stream().map(Located::value).toList();
        for (Country country : countries) {
            countriesByCode.put(country.code(), country);
            for (List<LocalName> terms : List.of(country.names(), country.shortForms(), country.adjectives())) {
                terms.forEach(t -> countriesByTerm.putIfAbsent(NameKey.of(t.text()), country));
            }
        }
        places = data.places().stream().map(Located::value).toList();
        for (Place place : places) {
            placesById.put(place.id(), place);
            place.spellings().forEach(s -> placesBySpelling.putIfAbsent(NameKey.of(s), place));
        }
        data.chairs().forEach(c -> chairs.put(c.value().year(), c.value()));
        chairsByYear = List.copyOf(chairs.values());
    }

    /**
     * Reads, checks and indexes registry text.
     *
     * @param source the file's name, for messages
     * @param text the registry text
     * @return the registry
     * @throws RegistryFormatException naming the line of the first fault
     */
    public static Registry of(String source, String text) {
        return new Registry(RegistryReader.read(source, text));
    }

    /** The bundled registry, read once on first use (the holder idiom: no locks after that). */
    private static final class Standard {
        static final Registry INSTANCE = bundled();
    }

    /**
     * The bundled registry, shared: read on first use, then the same instance for every caller and
     * thread.
     */
    public static Registry standard() {
        return Standard.INSTANCE;
    }

    /**
     * The registry bundled with the library, read anew.
     *
     * @throws UncheckedIOException if the resource cannot be read
     * @throws RegistryFormatException if the bundled data is broken (the build's tests prevent it)
     */
    public static Registry bundled() {
        try (InputStream in = Registry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the registry resource " + RESOURCE + " is missing from the library");
            }
            return of(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the registry resource " + RESOURCE, e);
        }
    }

    /** All structures, in file order. */
    public List<Structure> structures() {
        return structures;
    }

    /** The structures of a kind, in file order. */
    public List<Structure> structures(StructureKind kind) {
        return structures.stream().filter(s -> s.kind() == kind).toList();
    }

    /** The structure with an id, or null. */
    public Structure structure(String id) {
        return structuresById.get(id);
    }

    /** The structure a name means on a day (nullable), or null. */
    public Structure findStructure(String name, LocalDate day) {
        return structureNames.find(name, day);
    }

    /** All countries, in file order: the participating States, then the Partners. */
    public List<Country> countries() {
        return countries;
    }

    /** The country with an alpha-2 code, or null. */
    public Country country(String code) {
        return countriesByCode.get(code);
    }

    /** The country a name, short form or adjective in any of the languages means, or null. */
    public Country findCountry(String term) {
        return countriesByTerm.get(NameKey.of(term));
    }

    /** All places, in file order. */
    public List<Place> places() {
        return places;
    }

    /** The place with an id, or null. */
    public Place place(String id) {
        return placesById.get(id);
    }

    /**
     * The place a spelling means, or null. A dateline that prints two spellings joined by a slash
     * ("PRISHTINË/PRIŠTINA") means the place both name, when they name the same one.
     */
    public Place findPlace(String spelling) {
        Place whole = placesBySpelling.get(NameKey.of(spelling));
        if (whole != null || spelling.indexOf('/') < 0) {
            return whole;
        }
        Place agreed = null;
        for (String part : spelling.split("/")) {
            Place place = placesBySpelling.get(NameKey.of(part));
            if (place == null || (agreed != null && agreed != place)) {
                return null;
            }
            agreed = place;
        }
        return agreed;
    }

    /**
     * The country code of a dateline's place as printed, or null: the place's own country
     * ("VIENNA"), the country printed after it ("SHEVCHENKOVE, Ukraine"), or, for several places
     * ("TIRANA / BRUSSELS / GENEVA"), the first one's. Null also for a known place no code applies
     * to ("PRISHTINË/PRIŠTINA").
     */
    public String countryOfPlace(String printed) {
        Place place = findPlace(printed);
        if (place != null) {
            return place.country();
        }
        int comma = printed.lastIndexOf(',');
        if (comma > 0) {
            Country country = findCountry(printed.substring(comma + 1));
            if (country != null) {
                return country.code();
            }
            place = findPlace(printed.substring(0, comma));
            return place == null ? null : place.country();
        }
        int slash = printed.indexOf('/');
        if (slash > 0) {
            place = findPlace(printed.substring(0, slash));
            return place == null ? null : place.country();
        }
        return null;
    }

    /** The Chairpersonships in order of year. */
    public List<ChairpersonshipTerm> chairpersonships() {
        return chairsByYear;
    }

    /** The Chairpersonship of a year, or null. */
    public ChairpersonshipTerm chairpersonship(int year) {
        return chairs.get(year);
    }
}
