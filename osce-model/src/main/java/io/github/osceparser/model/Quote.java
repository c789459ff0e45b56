package io.github.osceparser.model;

/**
 * Words quoted in a press release, with who said them.
 *
 * @param text the quoted words, without the quotation marks and without the comma that leads into
 *     the attribution
 * @param speaker nullable: the speaker's full name ("Lamberto Zannier"), also when the page refers to
 *     them by surname or pronoun only; absent when the page does not say who spoke
 * @param role nullable: the speaker's role as written on the page ("OSCE Secretary General")
 */
public record Quote(String text, String speaker, String role) {
    /** Checks that the text is present and the optional values are null or non-blank. */
    public Quote {
        Checks.text(text, "text");
        Checks.optionalText(speaker, "speaker");
        Checks.optionalText(role, "role");
    }
}
