package io.github.osceparser.model;

/**
 * A photo of a page with its caption. Images are not body text: the older newsroom layout prints
 * the caption between the header and the body, ending with "Photo details".
 *
 * @param url nullable: the image's absolute URL, when the page gives it
 * @param caption nullable: the caption as printed, without "Photo details"
 */
public record Image(String url, String caption) {
    /** Checks that at least one of the two values is present and neither is blank. */
    public Image {
        Checks.optionalText(url, "url");
        Checks.optionalText(caption, "caption");
        if (url == null && caption == null) {
            throw new IllegalArgumentException("an image needs a url or a caption");
        }
    }
}
