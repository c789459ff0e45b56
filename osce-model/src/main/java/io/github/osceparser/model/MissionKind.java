package io.github.osceparser.model;

import java.util.Locale;

/** The kinds of OSCE field operation, named by the first words of an operation's name. */
public enum MissionKind {
    /** "Mission to Skopje", "Mission in Kosovo". */
    MISSION("Mission"),
    /** "Presence in Albania". */
    PRESENCE("Presence"),
    /** "Centre in Ashgabat". */
    CENTRE("Centre"),
    /** "Programme Office in Astana". */
    PROGRAMME_OFFICE("Programme Office"),
    /** "Project Co-ordinator in Uzbekistan". */
    PROJECT_CO_ORDINATOR("Project Co-ordinator"),
    /** "Office in Yerevan". */
    OFFICE("Office"),
    /** "Special Monitoring Mission to Ukraine". */
    SPECIAL_MONITORING_MISSION("Special Monitoring Mission"),
    /** "Spillover Monitor Mission to Skopje". */
    MONITOR_MISSION("Spillover Monitor Mission"),
    /** "Assistance Group to Chechnya". */
    ASSISTANCE_GROUP("Assistance Group");

    private final String title;

    MissionKind(String title) {
        this.title = title;
    }

    /** The words that open an operation's name for this kind, such as "Programme Office". */
    public String title() {
        return title;
    }

    /** The name of this kind in the JSON format: {@code "programme-office"}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The kind with the given JSON name.
     *
     * @param jsonName a name such as {@code "presence"}
     * @return the kind
     * @throws IllegalArgumentException if no kind has that name
     */
    public static MissionKind fromJsonName(String jsonName) {
        for (MissionKind kind : values()) {
            if (kind.jsonName().equals(jsonName)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown mission kind '" + jsonName + "'");
    }
}
