package io.github.osceparser.model;

import java.util.List;
import java.util.Objects;

/**
 * The page of one OSCE field operation ("OSCE Mission to Montenegro"): the operation and the page's
 * sections ("Overview", "Mandate", "Head of Mission").
 *
 * @param language the ISO 639-1 code of the content's language
 * @param title the title as printed
 * @param mission the field operation, with what the page says of its establishment and headquarters
 * @param sections the page's sections, in page order
 * @param structures the OSCE structures the title and body name (the Organization itself aside), by
 *     any of their names, acronyms or names in the site's languages, each once with its registry id,
 *     under the name the page printed first, in order of first mention
 * @param countries the ISO 3166-1 alpha-2 codes of the participating States and Partners for
 *     Co-operation the title and body name (by name, short form or adjective, in any of the site's
 *     languages), in order of first mention; the site's menu does not count
 * @param site nullable: the site's navigation snapshot
 * @param diagnostics what the parser noticed and could not place, or had to decide
 */
public record MissionPage(
        String language,
        String title,
        Mission mission,
        List<Section> sections,
        List<StructureRef> structures,
        List<String> countries,
        Site site,
        List<Diagnostic> diagnostics)
        implements OscePage {

    /** Checks the invariants of the package rule. */
    public MissionPage {
        Checks.language(language);
        Checks.text(title, "title");
        Objects.requireNonNull(mission, "mission");
        sections = Checks.list(sections, "sections");
        structures = Checks.list(structures, "structures");
        countries = Checks.countryCodes(countries, "countries");
        diagnostics = Checks.list(diagnostics, "diagnostics");
    }

    /** Always {@link PageType#MISSION}. */
    @Override
    public PageType type() {
        return PageType.MISSION;
    }
}
