package io.github.osceparser.model;

import java.util.List;

/**
 * The site's navigation menu at the time a page was saved, reduced to what it says about the OSCE.
 *
 * <p>The menu changes from snapshot to snapshot (entries are added and renamed: "Czech Republic"
 * became "Czechia"); every list holds the entries exactly as that snapshot listed them.
 *
 * @param chairpersonship nullable: the chairing State, when the menu marks one
 * @param participatingStates the participating States as listed, the chairing State by its plain name
 * @param partners the partners for co-operation as listed ("Asian Partners for Co-operation")
 * @param fieldsOfWork the fields of work as listed
 * @param fieldOperations the field operations as listed ("Presence in Albania"), each with its
 *     registry id
 */
public record Site(
        Chairpersonship chairpersonship,
        List<String> participatingStates,
        List<String> partners,
        List<String> fieldsOfWork,
        List<StructureRef> fieldOperations) {
    /** Checks the invariants of the package rule. */
    public Site {
        participatingStates = Checks.texts(participatingStates, "participatingStates");
        partners = Checks.texts(partners, "partners");
        fieldsOfWork = Checks.texts(fieldsOfWork, "fieldsOfWork");
        fieldOperations = Checks.list(fieldOperations, "fieldOperations");
    }
}
