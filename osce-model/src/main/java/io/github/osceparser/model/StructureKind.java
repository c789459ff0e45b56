package io.github.osceparser.model;

/** The kinds of OSCE structure in the knowledge registry, as the Organization's own pages group them. */
public enum StructureKind {
    /** The Organization itself (until 1995 the Conference, CSCE). */
    ORGANIZATION,
    /** The Chairpersonship, held by one participating State a year (formerly the Chairmanship). */
    CHAIRPERSONSHIP,
    /** The decision-making bodies: the Summit, the Ministerial Council, the Permanent Council, the Forum for Security Co-operation. */
    DECISION_MAKING_BODY,
    /** The Secretariat in Vienna. */
    SECRETARIAT,
    /** A department, office, section or unit of the Secretariat, such as the Conflict Prevention Centre. */
    SECRETARIAT_UNIT,
    /** The institutions: ODIHR, the High Commissioner on National Minorities, the Representative on Freedom of the Media. */
    INSTITUTION,
    /** A field operation, open or closed: missions, presences, centres, offices, project co-ordinators. */
    FIELD_OPERATION,
    /** A body related to the OSCE: the Parliamentary Assembly, the Court of Conciliation and Arbitration. */
    RELATED_BODY;

    /** The name of this kind in the registry file and in JSON: {@code "field-operation"}. */
    public String jsonName() {
        return Checks.jsonName(this);
    }

    /**
     * The kind with the given JSON name.
     *
     * @param jsonName a name such as {@code "institution"}
     * @return the kind
     * @throws IllegalArgumentException if no kind has that name
     */
    public static StructureKind fromJsonName(String jsonName) {
        return Checks.fromJsonName(values(), jsonName, "structure kind");
    }
}
