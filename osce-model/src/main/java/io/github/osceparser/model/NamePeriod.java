package io.github.osceparser.model;

import java.time.LocalDate;

/**
 * A name a structure bore, and when: "Centre in Astana" from 2007-06 until 2015-01. The period is
 * half-open: the name applied from {@code from} (inclusive) until {@code until} (exclusive), so that a
 * renamed structure's periods meet without overlapping.
 *
 * @param name the English name as the site prints it, without the "OSCE" prefix ("Mission to Skopje")
 * @param from nullable: the first day the name applied; null when it applied from the start
 * @param until nullable: the first day it no longer applied; null when it still applies, or applied
 *     until the structure closed
 */
public record NamePeriod(String name, LocalDate from, LocalDate until) {
    /** Checks that the name is given and that the period does not end before it begins. */
    public NamePeriod {
        Checks.text(name, "name");
        if (from != null && until != null && !from.isBefore(until)) {
            throw new IllegalArgumentException(
                    "the period of '" + name + "' must begin before it ends, was " + from + " until " + until);
        }
    }

    /**
     * Whether the name applied on a day.
     *
     * @param day the day
     * @return true if {@code day} is within the period
     * @throws NullPointerException if {@code day} is null
     */
    public boolean appliesOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || day.isBefore(until));
    }

    /**
     * Whether this period and another share a day.
     *
     * @param other the other period
     * @return true if some day lies in both
     */
    public boolean overlaps(NamePeriod other) {
        boolean thisEndsFirst = until != null && other.from != null && !until.isAfter(other.from);
        boolean otherEndsFirst = other.until != null && from != null && !other.until.isAfter(from);
        return !thisEndsFirst && !otherEndsFirst;
    }
}
