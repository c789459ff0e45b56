package io.github.osceparser.model;

/** The kinds of page, each with the stable name it has in the JSON format. */
public enum PageType {
    /** A press release ("Press release" on the page); a {@link PressRelease}. */
    PRESS_RELEASE("press-release"),
    /** A news item ("News Item" on the page); a {@link PressRelease}. */
    NEWS_ITEM("news-item"),
    /** The overview page of one of the OSCE's fields of work; a {@link FieldOfWorkPage}. */
    FIELD_OF_WORK("field-of-work"),
    /** The page of one field operation; a {@link MissionPage}. */
    MISSION("mission"),
    /** A listing of news, press statements or publications; a {@link Listing}. */
    LISTING("listing"),
    /** Any other page; a {@link GenericPage}. */
    PAGE("page");

    private final String jsonName;

    PageType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name of this kind in the JSON format, such as {@code "press-release"}. */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The kind with the given JSON name.
     *
     * @param jsonName a name such as {@code "news-item"}
     * @return the kind
     * @throws IllegalArgumentException if no kind has that name
     */
    public static PageType fromJsonName(String jsonName) {
        for (PageType type : values()) {
            if (type.jsonName.equals(jsonName)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown page type '" + jsonName + "'");
    }
}
