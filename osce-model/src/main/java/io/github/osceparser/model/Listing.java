package io.github.osceparser.model;

import java.util.List;

/**
 * A listing page: "News and press releases", press statements, publications.
 *
 * @param language the ISO 639-1 code of the content's language
 * @param title the listing's title as printed
 * @param entries the entries, in page order
 * @param structures the OSCE structures the title and body name (the Organization itself aside), by
 *     any of their names, acronyms or names in the site's languages, each once with its registry id,
 *     under the name the page printed first, in order of first mention
 * @param countries the ISO 3166-1 alpha-2 codes of the participating States and Partners for
 *     Co-operation the title and body name (by name, short form or adjective, in any of the site's
 *     languages), in order of first mention; the site's menu does not count
 * @param site nullable: the site's navigation snapshot
 * @param diagnostics what the parser noticed and could not place, or had to decide
 */
public record Listing(
        String language,
        String title,
        List<ListingEntry> entries,
        List<StructureRef> structures,
        List<String> countries,
        Site site,
        List<Diagnostic> diagnostics)
        implements OscePage {

    /** Checks the invariants of the package rule. */
    public Listing {
        Checks.language(language);
        Checks.text(title, "title");
        entries = Checks.list(entries, "entries");
        structures = Checks.list(structures, "structures");
        countries = Checks.countryCodes(countries, "countries");
        diagnostics = Checks.list(diagnostics, "diagnostics");
    }

    /** Always {@link PageType#LISTING}. */
    @Override
    public PageType type() {
        return PageType.LISTING;
    }
}
