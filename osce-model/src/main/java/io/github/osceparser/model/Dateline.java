package io.github.osceparser.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dateline that opens a press release's body, as printed: "VIENNA, 21 May 2010".
 *
 * @param place the place as printed, usually in capitals ("VIENNA")
 * @param date the date it names
 * @param text the whole dateline as printed, without the dash that ends it ("VIENNA, 21 May 2010")
 */
public record Dateline(String place, LocalDate date, String text) {
    /** Checks that every component is present and no text is blank. */
    public Dateline {
        Checks.text(place, "place");
        Objects.requireNonNull(date, "date");
        Checks.text(text, "text");
    }
}
