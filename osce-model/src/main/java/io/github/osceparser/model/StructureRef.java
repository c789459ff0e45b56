package io.github.osceparser.model;

/**
 * An OSCE structure as a page names it ("OSCE Mission to Skopje"), with what the page says of it.
 *
 * @param name the name as printed, without a "(closed)" mark
 * @param closed whether the page marks the structure as closed ("OSCE Special Monitoring Mission to
 *     Ukraine (closed)")
 */
public record StructureRef(String name, boolean closed) {
    /** Checks that the name is present and not blank. */
    public StructureRef {
        Checks.text(name, "name");
    }
}
