package io.github.osceparser.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The OSCE's 23 fields of work, as osce.org lists them under "Our work".
 *
 * <p>Each has a stable {@link #slug()} (its JSON name) and its {@link #englishName()}; {@link
 * #fromName(String)} finds a field by its English name. The parser knows the names osce.org prints
 * in its other languages ("Ordine pubblico" is {@link #POLICING}) and gives the field itself.
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
    POLICING("Policing"),
    REFORM_AND_CO_OPERATION_IN_THE_SECURITY_SECTOR("Reform and co-operation in the security sector"),
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
        }
    }

    private final String englishName;
    private final String slug;

    FieldOfWork(String englishName) {
        this.englishName = englishName;
        this.slug = slugOf(englishName);
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
     * The field with the given English name, ignoring case, punctuation and spacing ("policing",
     * "Cyber / ICT security").
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
