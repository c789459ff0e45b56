package io.github.osceparser.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dateline that opens a press release's body, as printed: "VIENNA, 21 May 2010".
 *
 * @param place the place as printed, usually in capitals ("VIENNA"); several places as printed
 *     ("TIRANA / BRUSSELS / GENEVA")
 * @param country nullable: the ISO 3166-1 alpha-2 code of the place's country, when the library's
 *     gazetteer knows the place ("AT" for "VIENNA"); for several places, that of the first; null for
 *     a place no code applies to (Prishtinë/Priština) or that the gazetteer does not know
 * @param date the date it names
 * @param text the whole dateline as printed, without the dash that ends it ("VIENNA, 21 May 2010")
 */
public record Dateline(String place, String country, LocalDate date, String text) {
    /** Checks that every component but the country is present, no text is blank and the country is a code. */
    public Dateline {
        Checks.text(place, "place");
        Checks.optionalCountryCode(country, "country");
        Objects.requireNonNull(date, "date");
        Checks.text(text, "text");
    }
}
