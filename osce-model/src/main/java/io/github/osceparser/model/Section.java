package io.github.osceparser.model;

import java.util.List;

/**
 * A section of a page: a heading, its paragraphs, at most one bullet list, and its subsections.
 *
 * <p>Text that follows a bullet list without a new heading opens a new section without a heading, so
 * that two lists of one page stay two lists and each keeps the paragraphs that lead into it.
 *
 * @param heading nullable: the section's heading; absent for text that has none
 * @param paragraphs the paragraphs, in page order
 * @param items the items of the section's bullet list, in page order
 * @param sections the subsections, in page order
 */
public record Section(String heading, List<String> paragraphs, List<String> items, List<Section> sections) {
    /** Checks the invariants of the package rule. */
    public Section {
        Checks.optionalText(heading, "heading");
        paragraphs = Checks.texts(paragraphs, "paragraphs");
        items = Checks.texts(items, "items");
        sections = Checks.list(sections, "sections");
    }
}
