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
    // After the English name: French, German, Italian, Spanish, Russian, Ukrainian. A quarter of the
    // French, German, Italian and Spanish names were confirmed as the titles osce.org gives these
    // pages; the rest, and all Russian and Ukrainian names, are the usual OSCE terms, kept so that
    // such pages are still recognised (the issue 6 report lists which is which).
    ARMS_CONTROL(
            "Arms control",
            "Maîtrise des armements",
            "Rüstungskontrolle",
            "Controllo degli armamenti",
            "Control de armamentos",
            "Контроль над вооружениями",
            "Контроль над озброєннями"),
    BORDER_MANAGEMENT(
            "Border management",
            "Gestion des frontières",
            "Grenzmanagement",
            "Gestione delle frontiere",
            "Gestión de fronteras",
            "Управление границами",
            "Управління кордонами"),
    COMBATING_TRAFFICKING_IN_HUMAN_BEINGS(
            "Combating trafficking in human beings",
            "Lutte contre la traite des êtres humains",
            "Bekämpfung des Menschenhandels",
            "Lotta alla tratta di esseri umani",
            "Lucha contra la trata de personas",
            "Борьба с торговлей людьми",
            "Протидія торгівлі людьми"),
    CONFLICT_PREVENTION_AND_RESOLUTION(
            "Conflict prevention and resolution",
            "Prévention et règlement des conflits",
            "Konfliktverhütung und -lösung",
            "Prevenzione e risoluzione dei conflitti",
            "Prevención y resolución de conflictos",
            "Предотвращение и урегулирование конфликтов",
            "Запобігання та врегулювання конфліктів"),
    COUNTERING_TERRORISM(
            "Countering terrorism",
            "Lutte contre le terrorisme",
            "Terrorismusbekämpfung",
            "Lotta al terrorismo",
            "Lucha contra el terrorismo",
            "Борьба с терроризмом",
            "Боротьба з тероризмом"),
    CYBER_ICT_SECURITY(
            "Cyber/ICT Security",
            "Cybersécurité/sécurité des TIC",
            "Cyber-/IKT-Sicherheit",
            "Sicurezza informatica/TIC",
            "Ciberseguridad/seguridad de las TIC",
            "Кибербезопасность/безопасность ИКТ",
            "Кібербезпека/безпека ІКТ"),
    DEMOCRATIZATION(
            "Democratization",
            "Démocratisation",
            "Demokratisierung",
            "Democratizzazione",
            "Democratización",
            "Демократизация",
            "Демократизація"),
    ECONOMIC_ACTIVITIES(
            "Economic activities",
            "Activités économiques",
            "Wirtschaftliche Aktivitäten",
            "Attività economiche",
            "Actividades económicas",
            "Экономическая деятельность",
            "Економічна діяльність"),
    EDUCATION("Education", "Éducation", "Bildung", "Istruzione", "Educación", "Образование", "Освіта"),
    ELECTIONS("Elections", "Élections", "Wahlen", "Elezioni", "Elecciones", "Выборы", "Вибори"),
    ENVIRONMENTAL_ACTIVITIES(
            "Environmental activities",
            "Activités environnementales",
            "Umweltaktivitäten",
            "Attività ambientali",
            "Actividades medioambientales",
            "Природоохранная деятельность",
            "Екологічна діяльність"),
    GENDER_EQUALITY(
            "Gender equality",
            "Égalité entre les sexes",
            "Gleichstellung der Geschlechter",
            "Parità di genere",
            "Igualdad de género",
            "Гендерное равенство",
            "Гендерна рівність"),
    GOOD_GOVERNANCE(
            "Good governance",
            "Bonne gouvernance",
            "Gute Regierungsführung",
            "Buongoverno",
            "Buena gobernanza",
            "Благое управление",
            "Належне врядування"),
    HUMAN_RIGHTS(
            "Human rights",
            "Droits de l’homme",
            "Menschenrechte",
            "Diritti dell’uomo",
            "Diritti umani",
            "Derechos humanos",
            "Права человека",
            "Права людини"),
    MEDIA_FREEDOM_AND_DEVELOPMENT(
            "Media freedom and development",
            "Liberté et développement des médias",
            "Medienfreiheit und Medienentwicklung",
            "Libertà e sviluppo dei media",
            "Libertad y desarrollo de los medios de comunicación",
            "Свобода и развитие СМИ",
            "Свобода та розвиток ЗМІ"),
    MIGRATION("Migration", "Migrations", "Migrazione", "Migración", "Миграция", "Міграція"),
    NATIONAL_MINORITY_ISSUES(
            "National minority issues",
            "Questions relatives aux minorités nationales",
            "Fragen nationaler Minderheiten",
            "Questioni relative alle minoranze nazionali",
            "Cuestiones relativas a las minorías nacionales",
            "Вопросы национальных меньшинств",
            "Питання національних меншин"),
    POLICING(
            "Policing",
            "Activités de police",
            "Polizeiarbeit",
            "Ordine pubblico",
            "Actividades policiales",
            "Полицейская деятельность",
            "Поліцейська діяльність"),
    REFORM_AND_CO_OPERATION_IN_THE_SECURITY_SECTOR(
            "Reform and co-operation in the security sector",
            "Reform and cooperation in the security sector",
            "Réforme et coopération dans le secteur de la sécurité",
            "Reform und Zusammenarbeit im Sicherheitssektor",
            "Riforma e cooperazione nel settore della sicurezza",
            "Reforma y cooperación en el sector de la seguridad",
            "Реформа и сотрудничество в секторе безопасности",
            "Реформа та співпраця в секторі безпеки"),
    ROMA_AND_SINTI(
            "Roma and Sinti",
            "Roms et Sintis",
            "Roma und Sinti",
            "Rom e Sinti",
            "Romaníes y sinti",
            "Рома и синти",
            "Роми та сінті"),
    RULE_OF_LAW(
            "Rule of law",
            "État de droit",
            "Rechtsstaatlichkeit",
            "Stato di diritto",
            "Estado de derecho",
            "Верховенство права"),
    TOLERANCE_AND_NON_DISCRIMINATION(
            "Tolerance and non-discrimination",
            "Tolérance et non-discrimination",
            "Toleranz und Nichtdiskriminierung",
            "Tolleranza e non discriminazione",
            "Tolerancia y no discriminación",
            "Толерантность и недискриминация",
            "Толерантність та недискримінація"),
    YOUTH("Youth", "Jeunesse", "Jugend", "Gioventù", "Juventud", "Молодежь", "Молодёжь", "Молодь");

    private static final Map<String, FieldOfWork> BY_NAME = new HashMap<>();

    /** Each name exactly as written here: most names on pages are, and need no normalizing. */
    private static final Map<String, FieldOfWork> BY_WRITTEN_NAME = new HashMap<>();

    private static final Map<String, FieldOfWork> BY_SLUG = new HashMap<>();

    static {
        for (FieldOfWork field : values()) {
            BY_SLUG.put(field.slug, field);
            BY_NAME.put(normalize(field.englishName), field);
            BY_WRITTEN_NAME.put(field.englishName, field);
            for (String name : field.otherNames) {
                BY_NAME.put(normalize(name), field);
                BY_WRITTEN_NAME.put(name, field);
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
        FieldOfWork written = BY_WRITTEN_NAME.get(name);
        return Optional.ofNullable(written != null ? written : BY_NAME.get(normalize(name)));
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
