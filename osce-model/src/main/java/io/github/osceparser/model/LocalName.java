package io.github.osceparser.model;

/**
 * A name in one language, as the site prints it: {@code ("fr", "Présidence de l’OSCE")}.
 *
 * @param language ISO 639-1 code of the name's language ({@code "en"}, {@code "uk"}, ...)
 * @param text the name
 */
public record LocalName(String language, String text) {
    /** Checks that the language is an ISO 639-1 code and the text is not blank. */
    public LocalName {
        Checks.language(language);
        Checks.text(text, "text");
    }
}
