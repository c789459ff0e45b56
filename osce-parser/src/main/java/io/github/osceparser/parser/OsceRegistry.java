package io.github.osceparser.parser;

import io.github.osceparser.model.ChairpersonshipTerm;
import io.github.osceparser.model.Country;
import io.github.osceparser.model.Place;
import io.github.osceparser.model.Structure;
import io.github.osceparser.model.StructureKind;
import io.github.osceparser.parser.internal.knowledge.Registry;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the library knows about the OSCE, for turning names as pages print them into stable
 * identifiers: its structures past and present (the Chairpersonship, the decision-making bodies, the
 * Secretariat and its units, the institutions, every field operation including the closed ones, the
 * Parliamentary Assembly, the Court of Conciliation and Arbitration), the Chairpersonship by year,
 * the 57 participating States and 11 Partners for Co-operation, and the places datelines name.
 *
 * <pre>{@code
 * OsceRegistry registry = OsceRegistry.standard();
 * Structure astana = registry.findStructure("OSCE Centre in Astana", LocalDate.of(2010, 5, 21)).orElseThrow();
 * astana.id();    // "programme-office-in-astana", as for "Programme Office in Astana" in 2016
 * astana.name();  // "Programme Office in Astana"
 * registry.findCountry("moldave").map(Country::code);          // Optional[MD]
 * registry.chairpersonship(2010).map(ChairpersonshipTerm::country); // Optional[KZ]
 * }</pre>
 *
 * <p>Names are compared without regard to case, diacritics, apostrophes, hyphens and spacing, and
 * without a leading "the" or "OSCE": "the OSCE Co-ordinator" and "Coordinator" meet, as do
 * "Chișinău" and "CHISINAU". The data is one resource file shipped with the library, read on first
 * use; the registry is immutable and thread-safe, and every list it returns is unmodifiable and in
 * the file's order, the same on every run.
 */
public final class OsceRegistry {
    private final Registry registry;

    private OsceRegistry(Registry registry) {
        this.registry = registry;
    }

    /** The lazily loaded single instance (the holder idiom: loaded once, on first use, without locks). */
    private static final class Holder {
        static final OsceRegistry STANDARD = new OsceRegistry(Registry.standard());
    }

    /**
     * The registry shipped with the library. The first call reads it (a few milliseconds); later
     * calls return the same instance.
     *
     * @return the registry; never null
     */
    public static OsceRegistry standard() {
        return Holder.STANDARD;
    }

    /**
     * All structures, in the registry's order (the Organization, its bodies, then the field
     * operations).
     *
     * @return an unmodifiable list
     */
    public List<Structure> structures() {
        return registry.structures();
    }

    /**
     * The structures of one kind, open and closed.
     *
     * @param kind the kind, such as {@link StructureKind#FIELD_OPERATION}
     * @return an unmodifiable list, in the registry's order
     * @throws NullPointerException if {@code kind} is null
     */
    public List<Structure> structures(StructureKind kind) {
        Objects.requireNonNull(kind, "kind");
        return registry.structures(kind);
    }

    /**
     * The structure with a stable id.
     *
     * @param id an id such as {@code "odihr"} or {@code "mission-to-skopje"}
     * @return the structure, or empty if no structure has that id
     * @throws NullPointerException if {@code id} is null
     */
    public Optional<Structure> structure(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(registry.structure(id));
    }

    /**
     * The structure a name means, as a page printed it: a current or former English name, an
     * acronym, a short form or a name in one of the site's seven languages ("OSCE Spillover Monitor
     * Mission to Skopje", "ODIHR", "BIDDH", "Офис программ ОБСЕ в Душанбе"). A trailing
     * parenthesis, such as the listings' "(closed)", is ignored when the name is not known with it.
     *
     * <p>A name keeps meaning its structure after a rename (a page of 2016 that recalls "the Centre in
     * Astana" means today's Programme Office). The date decides only between structures that bore the
     * same name at different times: the one whose name applied on that day, or else the nearest in
     * time.
     *
     * @param name the name as printed
     * @param dateOrNull the page's date, or null when it has none (the first such structure in the
     *     registry's order is taken)
     * @return the structure, or empty if the registry knows no structure by that name
     * @throws NullPointerException if {@code name} is null
     */
    public Optional<Structure> findStructure(String name, LocalDate dateOrNull) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(registry.findStructure(name, dateOrNull));
    }

    /**
     * The 57 participating States, then the 11 Partners for Co-operation.
     *
     * @return an unmodifiable list
     */
    public List<Country> countries() {
        return registry.countries();
    }

    /**
     * The country with an ISO 3166-1 alpha-2 code.
     *
     * @param code an upper-case code such as {@code "MD"}
     * @return the country, or empty if it is neither a participating State nor a Partner
     * @throws NullPointerException if {@code code} is null
     */
    public Optional<Country> country(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(registry.country(code));
    }

    /**
     * The country a name, short form or adjective means, in any of the site's seven languages
     * ("Moldova", "Republic of Moldova", "Moldovan", "moldave", "Молдова"). Adjectives are known in
     * the form the registry lists (the masculine singular), not in every inflected form.
     *
     * @param nameOrAdjective the word or words as printed
     * @return the country, or empty if the registry knows no country by that term
     * @throws NullPointerException if {@code nameOrAdjective} is null
     */
    public Optional<Country> findCountry(String nameOrAdjective) {
        Objects.requireNonNull(nameOrAdjective, "nameOrAdjective");
        return Optional.ofNullable(registry.findCountry(nameOrAdjective));
    }

    /**
     * All places of the gazetteer.
     *
     * @return an unmodifiable list
     */
    public List<Place> places() {
        return registry.places();
    }

    /**
     * The place with an id.
     *
     * @param id an id such as {@code "vienna"}
     * @return the place, or empty if the gazetteer has no such place
     * @throws NullPointerException if {@code id} is null
     */
    public Optional<Place> place(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(registry.place(id));
    }

    /**
     * The place a spelling means, as a dateline or a "Place:" field prints it ("Priština",
     * "Pristina", "PRISHTINË/PRIŠTINA", "Chisinau", "ВЕНА"). Two spellings joined by a slash mean
     * the place that both spell.
     *
     * @param spelling the spelling as printed
     * @return the place, or empty if the gazetteer does not know the spelling
     * @throws NullPointerException if {@code spelling} is null
     */
    public Optional<Place> findPlace(String spelling) {
        Objects.requireNonNull(spelling, "spelling");
        return Optional.ofNullable(registry.findPlace(spelling));
    }

    /**
     * The Chairpersonships from 1991 on, in order of year.
     *
     * @return an unmodifiable list
     */
    public List<ChairpersonshipTerm> chairpersonships() {
        return registry.chairpersonships();
    }

    /**
     * The Chairpersonship of a year: who "the Chairperson-in-Office" was on a page of that year.
     *
     * @param year a calendar year
     * @return the Chairpersonship, or empty for a year the registry does not cover
     */
    public Optional<ChairpersonshipTerm> chairpersonship(int year) {
        return Optional.ofNullable(registry.chairpersonship(year));
    }

    /**
     * The Chairpersonship on a day: that of the day's calendar year.
     *
     * @param day a page's date
     * @return the Chairpersonship, or empty for a year the registry does not cover
     * @throws NullPointerException if {@code day} is null
     */
    public Optional<ChairpersonshipTerm> chairpersonship(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return chairpersonship(day.getYear());
    }
}
