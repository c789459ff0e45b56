package io.github.osceparser.model;

/**
 * A link the page's markup gives, such as an entry under "Read more on this topic".
 *
 * @param text the link's text as printed
 * @param url the absolute URL it points to
 */
public record Link(String text, String url) {
    /** Checks that both values are present and not blank. */
    public Link {
        Checks.text(text, "text");
        Checks.text(url, "url");
    }
}
