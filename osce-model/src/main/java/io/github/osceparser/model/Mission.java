package io.github.osceparser.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An OSCE field operation, as a page presents it.
 *
 * @param name the name as written ("Mission to Skopje")
 * @param id nullable: the registry's id of the operation ({@code "mission-to-skopje"}), see {@link
 *     StructureRef#id()}; null when the registry does not know the name, which the page reports
 * @param kind the kind of operation, read from the name
 * @param location the host country or city, read from the name ("Skopje")
 * @param established nullable: the date the operation was established, when the page states it
 * @param headquarters nullable: where the operation has its headquarters, when the page states it
 * @param summary nullable: the page's short description of the operation
 * @param url nullable: the absolute URL of the operation's own page (HTML input only)
 */
public record Mission(
        String name,
        String id,
        MissionKind kind,
        String location,
        LocalDate established,
        String headquarters,
        String summary,
        String url) {
    /** Checks the invariants of the package rule. */
    public Mission {
        Checks.text(name, "name");
        Checks.optionalSlug(id, "id");
        Objects.requireNonNull(kind, "kind");
        Checks.text(location, "location");
        Checks.optionalText(headquarters, "headquarters");
        Checks.optionalText(summary, "summary");
        Checks.optionalText(url, "url");
    }
}
