package io.github.osceparser.model;

/**
 * An OSCE structure as a page names it ("OSCE Mission to Skopje"), with its stable identifier in
 * the library's registry when the registry knows the name.
 *
 * <p>The id is the same whatever name the page prints: "OSCE Centre in Astana" on a page of 2010 and
 * "OSCE Programme Office in Astana" on a page of 2016 both carry {@code "programme-office-in-astana"},
 * and "ODIHR" carries the id of the Office for Democratic Institutions and Human Rights. A name the
 * registry does not know keeps a null id, and the page's diagnostics report it.
 *
 * @param name the name as printed, without a "(closed)" mark
 * @param id nullable: the registry's id of the structure (a slug such as {@code "mission-to-skopje"}),
 *     resolved by the page's date where the name was borne by different structures at different times
 * @param closed whether the page marks the structure as closed ("OSCE Special Monitoring Mission to
 *     Ukraine (closed)")
 */
public record StructureRef(String name, String id, boolean closed) {
    /** Checks that the name is present and not blank and that the id, when present, is a slug. */
    public StructureRef {
        Checks.text(name, "name");
        Checks.optionalSlug(id, "id");
    }
}
