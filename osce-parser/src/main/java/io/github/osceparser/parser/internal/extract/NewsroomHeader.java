package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.text.DateScanner;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The header line of the older newsroom layout, between the title and the body: place and date
 * ("SARAJEVO 12 May 2005", no comma). Its photo lines are read by the text front end ({@code
 * PhotoLines}).
 */
final class NewsroomHeader {
    /** The line that opens the older layout's pages; site furniture. */
    static final String NEWSROOM = "Newsroom";
    /** The line that opens the older layout's feature stories, in the same layout; site furniture. */
    static final String STORIES = "Stories";

    private NewsroomHeader() {}

    /**
     * A header line's place and date.
     *
     * @param place the place as printed ("SARAJEVO"), or null when the line gives the date alone
     * @param date the date
     */
    record Header(String place, LocalDate date) {}

    /**
     * The line as a header of a page that opened with "Newsroom": a place and a date, or the date
     * alone ("10 February 2012"), or null.
     */
    static Header afterNewsroom(String line, Lexicon lexicon) {
        Header header = header(line, lexicon);
        return header != null ? header : dateAlone(line, lexicon);
    }

    /** The line as a date alone ("10 February 2012", one day, not a range), or null. */
    static Header dateAlone(String line, Lexicon lexicon) {
        DateScanner.Found found = DateScanner.first(line, lexicon);
        return found != null
                        && found.start() == 0
                        && line.substring(found.end()).isBlank()
                        && !found.range()
                ? new Header(null, found.date())
                : null;
    }

    /** The line as a header (a place, then a date that ends the line), or null. */
    static Header header(String line, Lexicon lexicon) {
        DateScanner.Found found = DateScanner.first(line, lexicon);
        if (found == null || found.start() == 0 || !line.substring(found.end()).isBlank()) {
            return null;
        }
        String place = line.substring(0, found.start()).strip();
        if (place.endsWith(",")) {
            place = place.substring(0, place.length() - 1).strip();
        }
        if (place.isEmpty() || place.length() > 40 || !place.equals(place.toUpperCase(Locale.ROOT))) {
            return null;
        }
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            if (!Character.isLetter(c) && " -'’./,".indexOf(c) < 0) { // "WASHINGTON, D.C. 28 June 2006"
                return null;
            }
        }
        return new Header(place, found.date());
    }
}
