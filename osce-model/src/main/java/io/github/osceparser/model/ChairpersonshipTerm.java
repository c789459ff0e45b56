package io.github.osceparser.model;

import java.util.List;

/**
 * The participating State that held the OSCE Chairpersonship (formerly the Chairmanship) in a
 * year, and the Chairpersons-in-Office it gave, so that "the Chairperson-in-Office" on a dated page
 * resolves to a country.
 *
 * @param year the calendar year of the Chairpersonship
 * @param country the ISO 3166-1 alpha-2 code of the State that held it
 * @param chairpersonsInOffice the Chairpersons-in-Office of that year, in order (usually the foreign
 *     minister; two when the minister changed); empty when the registry does not know them
 */
public record ChairpersonshipTerm(int year, String country, List<String> chairpersonsInOffice) {
    /** Checks that the year is 1991 or later and the code has the alpha-2 form. */
    public ChairpersonshipTerm {
        if (year < 1991) {
            throw new IllegalArgumentException("year must be 1991 or later, was " + year);
        }
        Checks.countryCode(country, "country");
        chairpersonsInOffice = Checks.texts(chairpersonsInOffice, "chairpersonsInOffice");
    }
}
