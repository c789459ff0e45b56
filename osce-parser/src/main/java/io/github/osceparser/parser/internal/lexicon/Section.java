package io.github.osceparser.parser.internal.lexicon;

/**
 * The sections of a language's lexicon file, each a list the parser reads: {@code [kind-press-release]}
 * holds the kind lines that open a press release, {@code [speech-verbs]} the verbs that attribute a
 * quotation, and so on. The parser module's README lists them with examples.
 */
public enum Section {
    KIND_PRESS_RELEASE(Shape.PHRASES),
    KIND_NEWS_ITEM(Shape.PHRASES),
    SECTION_LINES(Shape.PHRASES),
    ORGANISATION_NAMES(Shape.WORDS),
    LABEL_DATE(Shape.PHRASES),
    LABEL_PLACE(Shape.PHRASES),
    LABEL_SOURCE(Shape.PHRASES),
    LABEL_FIELDS_OF_WORK(Shape.PHRASES),
    READ_MORE(Shape.PHRASES),
    DISCLAIMER(Shape.PHRASES),
    LISTING_DATE(Shape.PHRASES),
    LISTING_CONTENT_TYPE(Shape.PHRASES),
    LISTING_STRUCTURE(Shape.PHRASES),
    LISTING_FIELDS_OF_WORK(Shape.PHRASES),
    LISTING_LOCATION(Shape.PHRASES),
    LISTING_PUBLISHER(Shape.PHRASES),
    CLOSED_MARKS(Shape.PHRASES),
    MENU_PARTICIPATING_STATES(Shape.PHRASES),
    MENU_PARTNERS(Shape.PHRASES),
    MENU_FIELDS_OF_WORK(Shape.PHRASES),
    MENU_FIELD_OPERATIONS(Shape.PHRASES),
    MENU_CHAIRPERSONSHIP(Shape.PHRASES),
    TEAM_TABS(Shape.PHRASES),
    ESTABLISHMENT_CUES(Shape.PHRASES),
    HEADQUARTERS_CUES(Shape.PHRASES),
    MANDATE_CUES(Shape.PHRASES),
    YEAR_WORDS(Shape.PHRASES),
    STOP_WORDS(Shape.WORDS),
    MONTHS(Shape.MONTHS),
    DATE_CONNECTORS(Shape.WORDS),
    ORDINAL_SUFFIXES(Shape.WORDS),
    RANGE_WORDS(Shape.WORDS),
    CLAUSE_STARTERS(Shape.WORDS),
    PRONOUNS(Shape.WORDS),
    AUXILIARIES(Shape.WORDS),
    NAME_PARTICLES(Shape.WORDS),
    ABBREVIATIONS(Shape.WORDS),
    PLACE_PREPOSITIONS(Shape.WORDS),
    PLACE_PARTICLES(Shape.WORDS),
    SPEECH_VERBS(Shape.WORDS),
    STATEMENT_CUES(Shape.PHRASES),
    REPORTED_SPEECH(Shape.WORDS),
    DETERMINERS(Shape.WORDS),
    AGENT_WORDS(Shape.WORDS),
    TITLE_CUES(Shape.WORDS),
    HISTORY_CUES(Shape.WORDS),
    ROLE_ABBREVIATIONS(Shape.PHRASES),
    ROLE_WORDS(Shape.WORDS),
    HONORIFICS(Shape.WORDS),
    NOT_NAME_WORDS(Shape.WORDS),
    WORD_ENDINGS(Shape.WORDS),
    FIELDS_OF_WORK(Shape.NAMES);

    /** How a section's lines are read. */
    enum Shape {
        /** One entry per line, spaces included. */
        PHRASES,
        /** Words separated by spaces, several to a line. */
        WORDS,
        /** Twelve lines, January first, each the names of its month separated by spaces. */
        MONTHS,
        /** "slug: name" lines: a field of work by the name a page prints. */
        NAMES
    }

    private final Shape shape;

    Section(Shape shape) {
        this.shape = shape;
    }

    Shape shape() {
        return shape;
    }

    /** The section's name in a lexicon file: {@code KIND_PRESS_RELEASE} is {@code kind-press-release}. */
    String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
