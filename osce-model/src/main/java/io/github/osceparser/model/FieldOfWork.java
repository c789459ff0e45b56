package io.github.osceparser.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The OSCE's 23 fields of work, as osce.org lists them under "Our work".
 *
 * <p>Each has a stable {@link #slug()} (its JSON name) and its {@link #englishName()}; {@link
 * #fromName(String)} finds a field by any name the library knows for it, in any language ("Ordine
 * pubblico" is {@link #POLICING}).
 */
public enum FieldOfWork {
    ARMS_CONTROL("Arms control"),
    BORDER_MANAGEMENT("Border management"),
    COMBATING_TRAFFICKING_IN_HUMAN_BEINGS("Combating trafficking in human beings"),
    CONFLICT_PREVENTION_AND_RESOLUTION("Conflict prevention and resolution"),
    COUNTERING_TERRORISM("Countering terrorism"),
    CYBER_ICT_SECURITY("Cyber/ICT Security"),
    DEMOCRATIZATION("Democratization"),
    ECONOMIC_ACTIVITIES("Economic activities"),
    EDUCATION("Education"),
    ELECTIONS("Elections"),
    ENVIRONMENTAL_ACTIVITIES("Environmental activities"),
    GENDER_EQUALITY("Gender equality"),
    GOOD_GOVERNANCE("Good governance"),
    HUMAN_RIGHTS("Human rights"),
    MEDIA_FREEDOM_AND_DEVELOPMENT("Media freedom and development"),
    MIGRATION("Migration"),
    NATIONAL_MINORITY_ISSUES("National minority issues"),
    POLICING("Policing", "Ordine pubblico"),
    REFORM_AND_CO_OPERATION_IN_THE_SECURITY_SECTOR(
            "Reform and co-operation in the security sector", "Reform and cooperation in the security sector"),
    ROMA_AND_SINTI("Roma and Sinti"),
    RULE_OF_LAW("Rule of law"),
    TOLERANCE_AND_NON_DISCRIMINATION("Tolerance and non-discrimination"),
    YOUTH("Youth");

    private static final Map<String, FieldOfWork> BY_NAME = new HashMap<>();
    private static final Map<String, FieldOfWork> BY_SLUG = new HashMap<>();

    static {
        for (FieldOfWork field : values()) {
            BY_SLUG.put(field.slug, field);
            BY_NAME.put(normalize(field.englishName), field);
            for (String name : field.otherNames) {
                BY_NAME.put(normalize(name), field);
            }
        }
    }

    private final String englishName;
    private final String slug;
    private final List<String> otherNames;

    FieldOfWork(String englishName, String... otherNames) {
        this.englishName = englishName;
        this.slug = slugOf(englishName);
        this.otherNames = List.of(otherNames);
    }

    /** The name osce.org gives this field in English, such as "Cyber/ICT Security". */
    public String englishName() {
        return englishName;
    }

    /**
     * The stable identifier of this field, used in the JSON format: the English name in lower case,
     * every run of characters other than letters and digits replaced by one "-" ({@code
     * cyber-ict-security}).
     */
    public String slug() {
        return slug;
    }

    /**
     * The field with the given name in any language the library knows, ignoring case, punctuation
     * and spacing ("policing", "Ordine pubblico", "Cyber / ICT security").
     *
     * @param name a name as written on a page; not null
     * @return the field, or empty when the library knows no field by that name
     */
    public static Optional<FieldOfWork> fromName(String name) {
        return Optional.ofNullable(BY_NAME.get(normalize(name)));
    }

    /**
     * The field with the given slug.
     *
     * @param slug a slug such as {@code "rule-of-law"}; not null
     * @return the field, or empty when no field has that slug
     */
    public static Optional<FieldOfWork> fromSlug(String slug) {
        return Optional.ofNullable(BY_SLUG.get(slug));
    }

    private static String slugOf(String name) {
        return normalize(name).replace(' ', '-');
    }

    /** Lower case, every run of characters other than letters and digits turned into one space, trimmed. */
    private static String normalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
