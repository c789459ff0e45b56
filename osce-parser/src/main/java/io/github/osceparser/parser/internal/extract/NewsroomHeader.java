package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.Image;
import io.github.osceparser.parser.internal.text.DateScanner;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The parts of the older newsroom layout that stand between the title and the body: the header
 * line with place and date ("SARAJEVO 12 May 2005", no comma), a markdown image line
 * ("![](https://.../photo.jpg)") and a photo caption ending in "Photo details".
 */
final class NewsroomHeader {
    /** The line that opens the older layout's pages; site furniture. */
    static final String NEWSROOM = "Newsroom";

    private static final String PHOTO_DETAILS = "photo details";

    private NewsroomHeader() {}

    /**
     * A header line's place and date.
     *
     * @param place the place as printed ("SARAJEVO")
     * @param date the date
     */
    record Header(String place, LocalDate date) {}

    /** The line as a header (a place, then a date that ends the line), or null. */
    static Header header(String line) {
        DateScanner.Found found = DateScanner.first(line);
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
            if (!Character.isLetter(c) && " -'’./".indexOf(c) < 0) {
                return null;
            }
        }
        return new Header(place, found.date());
    }

    /** The URL of a markdown image line ("![alt](url)"), or null when the line is not one. */
    static String imageUrl(String line) {
        if (!line.startsWith("![") || !line.endsWith(")")) {
            return null;
        }
        int open = line.indexOf("](");
        if (open < 0) {
            return null;
        }
        String target = line.substring(open + 2, line.length() - 1).strip();
        int space = target.indexOf(' ');
        String url = space < 0 ? target : target.substring(0, space);
        return url.isEmpty() ? null : url;
    }

    /** The caption of a line ending in "Photo details", without that ending, or null. */
    static String caption(String line) {
        if (line.length() < PHOTO_DETAILS.length()
                || !line.regionMatches(
                        true, line.length() - PHOTO_DETAILS.length(), PHOTO_DETAILS, 0, PHOTO_DETAILS.length())) {
            return null;
        }
        String caption =
                line.substring(0, line.length() - PHOTO_DETAILS.length()).strip();
        while (!caption.isEmpty() && "|-–—".indexOf(caption.charAt(caption.length() - 1)) >= 0) {
            caption = caption.substring(0, caption.length() - 1).strip();
        }
        return caption.isEmpty() ? null : caption;
    }

    /** An image from an image line's URL and a caption, either of which may be absent; null if both are. */
    static Image image(String url, String caption) {
        return url == null && caption == null ? null : new Image(url, caption);
    }
}
