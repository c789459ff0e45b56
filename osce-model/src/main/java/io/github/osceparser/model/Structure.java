package io.github.osceparser.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An OSCE structure, past or present, as the knowledge registry knows it: the Chairpersonship, a
 * decision-making body, the Secretariat or one of its units, an institution, a field operation, or a
 * related body. Its {@link #id()} never changes, whatever the structure is called.
 *
 * @param id the stable identifier, a slug ({@code "programme-office-in-astana"})
 * @param kind the kind of structure
 * @param parent nullable: the id of the structure this one belongs to ({@code "secretariat"} for the
 *     Conflict Prevention Centre); null only for the Organization itself
 * @param country nullable: the ISO 3166-1 alpha-2 code of a field operation's host country; null when
 *     there is none, or when no code applies (Kosovo)
 * @param names the English names, oldest first, each with the period it applied; never empty, the
 *     last is the current (or, for a closed structure, the final) name
 * @param acronyms acronyms, in any of the languages ({@code ("en", "ODIHR")}, {@code ("fr", "BIDDH")})
 * @param shortNames short forms the pages use for it ({@code ("en", "Secretariat")})
 * @param localNames names in the other languages as the site prints them, and other English forms
 * @param headquarters nullable: the id of the place that is (or was) its seat ({@code "astana"})
 * @param opened nullable: when it was established or began work, when known (a year is given as its 1 January)
 * @param closed nullable: when it closed; null while it is open
 * @param predecessor nullable: the id of a structure this one replaced under a new mandate
 * @param sources the pages its facts come from (URLs)
 */
public record Structure(
        String id,
        StructureKind kind,
        String parent,
        String country,
        List<NamePeriod> names,
        List<LocalName> acronyms,
        List<LocalName> shortNames,
        List<LocalName> localNames,
        String headquarters,
        LocalDate opened,
        LocalDate closed,
        String predecessor,
        List<String> sources) {
    /** Checks the invariants of the package rule, the identifiers' form and that there is a name. */
    public Structure {
        Checks.slug(id, "id");
        Objects.requireNonNull(kind, "kind");
        Checks.optionalSlug(parent, "parent");
        Checks.optionalCountryCode(country, "country");
        names = Checks.list(names, "names");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("names must hold at least one name");
        }
        acronyms = Checks.list(acronyms, "acronyms");
        shortNames = Checks.list(shortNames, "shortNames");
        localNames = Checks.list(localNames, "localNames");
        Checks.optionalSlug(headquarters, "headquarters");
        Checks.optionalSlug(predecessor, "predecessor");
        if (opened != null && closed != null && closed.isBefore(opened)) {
            throw new IllegalArgumentException("closed must not be before opened, was " + closed + " before " + opened);
        }
        sources = Checks.texts(sources, "sources");
    }

    /** The current name, or for a closed structure its last: the last of {@link #names()}. */
    public String name() {
        return names.get(names.size() - 1).name();
    }

    /**
     * The English name that applied on a day.
     *
     * @param day the day
     * @return the name, or null when none of {@link #names()} applied on that day (before the
     *     structure opened, or after it closed)
     * @throws NullPointerException if {@code day} is null
     */
    public String nameOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        for (NamePeriod period : names) {
            if (period.appliesOn(day)) {
                return period.name();
            }
        }
        return null;
    }

    /** Whether the structure has closed. */
    public boolean isClosed() {
        return closed != null;
    }
}
