package io.github.osceparser.model;

/**
 * A related-resource card of a field-of-work page, such as "Projects" / "Initiatives funded by
 * individual states and organizations".
 *
 * @param title the card's title
 * @param description nullable: the line under the title
 * @param url nullable: the absolute URL the card links to (HTML input only)
 */
public record Resource(String title, String description, String url) {
    /** Checks the invariants of the package rule. */
    public Resource {
        Checks.text(title, "title");
        Checks.optionalText(description, "description");
        Checks.optionalText(url, "url");
    }
}
