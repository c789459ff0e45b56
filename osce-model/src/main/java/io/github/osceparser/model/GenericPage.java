package io.github.osceparser.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A page the parser could not classify further: its title, its date when a dateline gives one, and
 * its text in sections. No page is ever thrown away; this is the kind a page falls back to.
 *
 * @param language the ISO 639-1 code of the content's language
 * @param title the page's first line of content
 * @param date nullable: the date of the page, when a dateline at the start of its text gives one
 * @param sections the page's text in sections, in page order; text before the first heading is a
 *     section without a heading
 * @param structures the OSCE structures the title and body name (the Organization itself aside), by
 *     any of their names, acronyms or names in the site's languages, each once with its registry id,
 *     under the name the page printed first, in order of first mention
 * @param countries the ISO 3166-1 alpha-2 codes of the participating States and Partners for
 *     Co-operation the title and body name (by name, short form or adjective, in any of the site's
 *     languages), in order of first mention; the site's menu does not count
 * @param site nullable: the site's navigation snapshot
 * @param diagnostics what the parser noticed and could not place, or had to decide
 */
public record GenericPage(
        String language,
        String title,
        LocalDate date,
        List<Section> sections,
        List<StructureRef> structures,
        List<String> countries,
        Site site,
        List<Diagnostic> diagnostics)
        implements OscePage {

    /** Checks the invariants of the package rule. */
    public GenericPage {
        Checks.language(language);
        Checks.text(title, "title");
        sections = Checks.list(sections, "sections");
        structures = Checks.list(structures, "structures");
        countries = Checks.countryCodes(countries, "countries");
        diagnostics = Checks.list(diagnostics, "diagnostics");
    }

    /** Always {@link PageType#PAGE}. */
    @Override
    public PageType type() {
        return PageType.PAGE;
    }
}
