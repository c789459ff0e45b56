package io.github.osceparser.parser.internal.site;

import java.util.List;

/**
 * One group of the site's navigation menu: its heading and its entries, as listed.
 *
 * @param heading the group's heading ("Participating States"); empty for the entries a site prints before its menu's first group
 * @param entries the entries, in menu order, without their bullets
 */
public record MenuGroup(String heading, List<String> entries) {
    public MenuGroup {
        entries = List.copyOf(entries);
    }
}
