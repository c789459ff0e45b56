package io.github.osceparser.parser.internal.html;

import org.jsoup.nodes.Element;

/**
 * Photos that are not marked up as {@code <figure>}: an image field of the old site ({@code
 * div.field-name-field-image}, {@code div.osce-figure} with {@code div.osce-figure-caption}) or a
 * CMS's media block. The element names itself a figure, image, photo or media, holds exactly one
 * image and, besides it, at most a caption: no heading, no paragraphs of text.
 */
final class Photos {
    /** A caption is a sentence or two; more text than this is an article with a photo in it. */
    private static final int MAX_CAPTION = 400;

    private Photos() {}

    /** Whether the element holds no heading, paragraph, list or table: nothing but a caption. */
    private static boolean noTextBlock(Element element) {
        for (Element block : element.select(Queries.TEXT_BLOCKS)) {
            if (block != element && !block.normalName().equals("div")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the element is a photo with its caption. */
    static boolean isPhoto(Element element) {
        if (element.normalName().equals("figure")) {
            return false; // read as a figure already
        }
        String classes = element.attr("class");
        if (!(classes.contains("figure")
                || classes.contains("image")
                || classes.contains("photo")
                || classes.contains("media"))) {
            return false;
        }
        return element.select(Queries.IMAGES).size() == 1
                && noTextBlock(element)
                && HtmlText.of(element).length() <= MAX_CAPTION;
    }
}
