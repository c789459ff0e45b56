package io.github.osceparser.parser.internal.knowledge;

import io.github.osceparser.model.ChairpersonshipTerm;
import io.github.osceparser.model.Country;
import io.github.osceparser.model.Place;
import io.github.osceparser.model.Structure;
import java.util.List;

/**
 * What the registry file holds, in file order, each record with the line that opened it so that a
 * check across records can still say where the fault is.
 */
public record RegistryData(
        String source,
        List<Located<Structure>> structures,
        List<Located<Country>> countries,
        List<Located<Place>> places,
        List<Located<ChairpersonshipTerm>> chairs) {
    public RegistryData {
        structures = List.copyOf(structures);
        countries = List.copyOf(countries);
        places = List.copyOf(places);
        chairs = List.copyOf(chairs);
    }

    /** A record and the number of the line that opened it. */
    public record Located<T>(T value, int line) {}
}
