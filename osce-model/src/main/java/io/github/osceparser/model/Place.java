package io.github.osceparser.model;

import java.util.List;

/**
 * A place that datelines name, with the spellings the site uses for it.
 *
 * @param id the stable identifier, a slug ({@code "pristina"})
 * @param country nullable: the ISO 3166-1 alpha-2 code of its country; null where no code applies
 *     (Kosovo: the OSCE takes no position on its status, and it has no ISO 3166-1 code)
 * @param spellings its spellings, the usual English one first ("Pristina", "Priština", "Prishtinë",
 *     "PRISHTINË/PRIŠTINA", "Приштина"); never empty
 */
public record Place(String id, String country, List<String> spellings) {
    /** Checks the identifier and code forms, and that there is a spelling. */
    public Place {
        Checks.slug(id, "id");
        Checks.optionalCountryCode(country, "country");
        spellings = Checks.texts(spellings, "spellings");
        if (spellings.isEmpty()) {
            throw new IllegalArgumentException("spellings must hold at least one spelling");
        }
    }

    /** The usual English spelling: the first of {@link #spellings()}. */
    public String name() {
        return spellings.get(0);
    }
}
