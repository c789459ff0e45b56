package io.github.osceparser.model;

import java.util.List;

/**
 * The overview page of one of the OSCE's fields of work, such as "Policing".
 *
 * @param language the ISO 639-1 code of the content's language
 * @param title the title as printed ("Ordine pubblico")
 * @param fieldOfWork the field of work the page presents
 * @param summary nullable: the summary printed under the title
 * @param sections the page's sections, in page order
 * @param missions the field-operation cards, each once, in page order
 * @param resources the related-resource cards, in page order
 * @param structures the OSCE structures the title and body name (the Organization itself aside), by
 *     any of their names, acronyms or names in the site's languages, each once with its registry id,
 *     under the name the page printed first, in order of first mention
 * @param countries the ISO 3166-1 alpha-2 codes of the participating States and Partners for
 *     Co-operation the title and body name (by name, short form or adjective, in any of the site's
 *     languages), in order of first mention; the site's menu does not count
 * @param site nullable: the site's navigation snapshot
 * @param diagnostics what the parser noticed and could not place, or had to decide
 */
public record FieldOfWorkPage(
        String language,
        String title,
        FieldOfWork fieldOfWork,
        String summary,
        List<Section> sections,
        List<Mission> missions,
        List<Resource> resources,
        List<StructureRef> structures,
        List<String> countries,
        Site site,
        List<Diagnostic> diagnostics)
        implements OscePage {

    /** Checks the invariants of the package rule. */
    public FieldOfWorkPage {
        Checks.language(language);
        Checks.text(title, "title");
        java.util.Objects.requireNonNull(fieldOfWork, "fieldOfWork");
        Checks.optionalText(summary, "summary");
        sections = Checks.list(sections, "sections");
        missions = Checks.list(missions, "missions");
        resources = Checks.list(resources, "resources");
        structures = Checks.list(structures, "structures");
        countries = Checks.countryCodes(countries, "countries");
        diagnostics = Checks.list(diagnostics, "diagnostics");
    }

    /** Always {@link PageType#FIELD_OF_WORK}. */
    @Override
    public PageType type() {
        return PageType.FIELD_OF_WORK;
    }
}
