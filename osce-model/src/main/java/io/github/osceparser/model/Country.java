package io.github.osceparser.model;

import java.util.List;
import java.util.Objects;

/**
 * A participating State or Partner for Co-operation of the OSCE, with its names in the site's
 * languages.
 *
 * @param code the ISO 3166-1 alpha-2 code ({@code "MD"})
 * @param status participating State, or Asian or Mediterranean Partner
 * @param names its names, the one the site's menu prints first in each language ({@code ("en",
 *     "Moldova")}, {@code ("en", "Republic of Moldova")}, {@code ("ru", "Молдова")}); never without an
 *     English name
 * @param shortForms shorter forms the pages use ({@code ("en", "Russia")}, {@code ("en", "USA")})
 * @param adjectives its adjectives, in the masculine singular where the language inflects them
 *     ({@code ("en", "Moldovan")}, {@code ("fr", "moldave")})
 */
public record Country(
        String code,
        CountryStatus status,
        List<LocalName> names,
        List<LocalName> shortForms,
        List<LocalName> adjectives) {
    /** Checks the code's form, the package rule, and that there is an English name. */
    public Country {
        Checks.countryCode(code, "code");
        Objects.requireNonNull(status, "status");
        names = Checks.list(names, "names");
        if (names.stream().noneMatch(n -> n.language().equals("en"))) {
            throw new IllegalArgumentException("names must hold an English name, for " + code);
        }
        shortForms = Checks.list(shortForms, "shortForms");
        adjectives = Checks.list(adjectives, "adjectives");
    }

    /** The English name the site's menu prints ("Moldova", "Türkiye"). */
    public String name() {
        return name("en");
    }

    /**
     * The first name in a language.
     *
     * @param language an ISO 639-1 code
     * @return the name, or null when the registry has none in that language
     */
    public String name(String language) {
        for (LocalName name : names) {
            if (name.language().equals(language)) {
                return name.text();
            }
        }
        return null;
    }
}
