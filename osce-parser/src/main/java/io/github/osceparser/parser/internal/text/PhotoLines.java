package io.github.osceparser.parser.internal.text;

/**
 * The photo lines of page text saved from the older newsroom layout: a markdown image line
 * ("![](https://.../photo.jpg)") and a caption ending in the "Photo details" link
 * (press-release-2005-newsroom-sarajevo-journalism-students).
 */
final class PhotoLines {
    private static final String PHOTO_DETAILS = "photo details";

    private PhotoLines() {}

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
}
