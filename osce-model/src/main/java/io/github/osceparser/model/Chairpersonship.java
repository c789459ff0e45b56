package io.github.osceparser.model;

/**
 * The participating State that holds the OSCE Chairpersonship, as the site's menu marks it
 * ("Finland – OSCE Chairpersonship 2025").
 *
 * @param country the State's name as listed ("Finland")
 * @param year the year of the Chairpersonship
 */
public record Chairpersonship(String country, int year) {
    /** Checks that the country is given and the year is plausible (1990 or later). */
    public Chairpersonship {
        Checks.text(country, "country");
        if (year < 1990) {
            throw new IllegalArgumentException("year must be 1990 or later, was " + year);
        }
    }
}
