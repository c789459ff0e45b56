package io.github.osceparser.model;

/** How a country takes part in the OSCE. */
public enum CountryStatus {
    /** One of the 57 participating States. */
    PARTICIPATING_STATE,
    /** One of the Asian Partners for Co-operation. */
    ASIAN_PARTNER,
    /** One of the Mediterranean Partners for Co-operation. */
    MEDITERRANEAN_PARTNER;

    /** Whether this is one of the two kinds of Partner for Co-operation. */
    public boolean isPartner() {
        return this != PARTICIPATING_STATE;
    }

    /** The name of this status in the registry file and in JSON: {@code "asian-partner"}. */
    public String jsonName() {
        return Checks.jsonName(this);
    }

    /**
     * The status with the given JSON name.
     *
     * @param jsonName a name such as {@code "participating-state"}
     * @return the status
     * @throws IllegalArgumentException if no status has that name
     */
    public static CountryStatus fromJsonName(String jsonName) {
        return Checks.fromJsonName(values(), jsonName, "country status");
    }
}
