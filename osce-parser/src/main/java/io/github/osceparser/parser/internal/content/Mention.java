package io.github.osceparser.parser.internal.content;

import java.util.Objects;

/**
 * A name the page's title or body gives of something the registry knows.
 *
 * @param key what the name stands for: a country's code, or the form of a structure's name as the
 *     registry lists it (looked up by the page's date, since two structures may have borne it)
 * @param printed the words as the page prints them ("Офиса программ ОБСЕ в Душанбе")
 */
public record Mention(String key, String printed) {
    public Mention {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(printed, "printed");
    }
}
