package io.github.osceparser.parser.internal.json;

import io.github.osceparser.model.Chairpersonship;
import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Dateline;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.Image;
import io.github.osceparser.model.Link;
import io.github.osceparser.model.Listing;
import io.github.osceparser.model.ListingEntry;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.MissionKind;
import io.github.osceparser.model.MissionPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PageType;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.Quote;
import io.github.osceparser.model.Resource;
import io.github.osceparser.model.Section;
import io.github.osceparser.model.Site;
import io.github.osceparser.model.StructureRef;
import io.github.osceparser.parser.OsceParseException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * Reads pages back from the library's JSON format. Every problem is reported as {@link
 * OsceParseException} naming the JSON path ({@code $.quotes[2].text}); properties the format does
 * not define (such as the command-line tool's {@code "file"}) are ignored.
 */
public final class PageJsonReader {
    /** Sections nest; this bounds the depth so that hostile input cannot exhaust the stack. */
    private static final int MAX_SECTION_DEPTH = 32;

    private PageJsonReader() {}

    /** The page the JSON object describes. */
    public static OscePage read(JsonNode node) {
        Path root = new Path("$");
        requireObject(node, root);
        PageType type = enumValue(node, root, "type", PageType::fromJsonName);
        String language = requiredString(node, root, "language");
        String title = requiredString(node, root, "title");
        Site site = node.has("site") ? site(node.get("site"), root.field("site")) : null;
        List<StructureRef> structures = list(node, root, "structures", PageJsonReader::structure);
        List<String> countries = stringList(node, root, "countries");
        List<Diagnostic> diagnostics = list(node, root, "diagnostics", PageJsonReader::diagnostic);
        try {
            return switch (type) {
                case PRESS_RELEASE, NEWS_ITEM ->
                    new PressRelease(
                            type,
                            language,
                            title,
                            optionalString(node, root, "teaser"),
                            optionalDate(node, root, "date"),
                            node.has("dateSource")
                                    ? enumValue(node, root, "dateSource", DateSource::fromJsonName)
                                    : null,
                            optionalDateTime(node, root, "publishedAt"),
                            node.has("dateline") ? dateline(node.get("dateline"), root.field("dateline")) : null,
                            optionalString(node, root, "place"),
                            list(node, root, "sources", PageJsonReader::structure),
                            list(node, root, "fieldsOfWork", PageJsonReader::fieldOfWork),
                            stringList(node, root, "otherFieldsOfWork"),
                            stringList(node, root, "paragraphs"),
                            list(node, root, "quotes", PageJsonReader::quote),
                            list(node, root, "images", PageJsonReader::image),
                            list(node, root, "readMore", PageJsonReader::link),
                            structures,
                            countries,
                            site,
                            diagnostics);
                case FIELD_OF_WORK ->
                    new FieldOfWorkPage(
                            language,
                            title,
                            enumValue(node, root, "fieldOfWork", PageJsonReader::fieldOfWorkBySlug),
                            optionalString(node, root, "summary"),
                            sections(node, root, 0),
                            list(node, root, "missions", PageJsonReader::mission),
                            list(node, root, "resources", PageJsonReader::resource),
                            structures,
                            countries,
                            site,
                            diagnostics);
                case MISSION ->
                    new MissionPage(
                            language,
                            title,
                            mission(node.get("mission"), root.field("mission")),
                            sections(node, root, 0),
                            structures,
                            countries,
                            site,
                            diagnostics);
                case LISTING ->
                    new Listing(
                            language,
                            title,
                            list(node, root, "entries", PageJsonReader::entry),
                            structures,
                            countries,
                            site,
                            diagnostics);
                case PAGE ->
                    new GenericPage(
                            language,
                            title,
                            optionalDate(node, root, "date"),
                            sections(node, root, 0),
                            structures,
                            countries,
                            site,
                            diagnostics);
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new OsceParseException("invalid page at " + root + ": " + e.getMessage());
        }
    }

    private static Site site(JsonNode node, Path path) {
        requireObject(node, path);
        Chairpersonship chair = null;
        if (node.has("chairpersonship")) {
            JsonNode c = node.get("chairpersonship");
            Path cp = path.field("chairpersonship");
            requireObject(c, cp);
            chair = build(cp, () -> new Chairpersonship(requiredString(c, cp, "country"), requiredInt(c, cp, "year")));
        }
        Chairpersonship chairpersonship = chair;
        return build(
                path,
                () -> new Site(
                        chairpersonship,
                        stringList(node, path, "participatingStates"),
                        stringList(node, path, "partners"),
                        stringList(node, path, "fieldsOfWork"),
                        list(node, path, "fieldOperations", PageJsonReader::structure)));
    }

    private static Dateline dateline(JsonNode node, Path path) {
        requireObject(node, path);
        return build(
                path,
                () -> new Dateline(
                        requiredString(node, path, "place"),
                        optionalString(node, path, "country"),
                        requiredDate(node, path, "date"),
                        requiredString(node, path, "text")));
    }

    /**
     * A structure: an object with its name, id and closed mark; or, as the format before 2.0 wrote
     * sources and the menu's field operations, a bare name, read without an id.
     */
    private static StructureRef structure(JsonNode node, Path path) {
        if (node != null && node.isString()) {
            return build(path, () -> new StructureRef(node.stringValue(), null, false));
        }
        requireObject(node, path);
        JsonNode closed = node.get("closed");
        if (closed != null && !closed.isBoolean()) {
            throw new OsceParseException("expected true or false at " + path.field("closed"));
        }
        return build(
                path,
                () -> new StructureRef(
                        requiredString(node, path, "name"),
                        optionalString(node, path, "id"),
                        closed != null && closed.booleanValue()));
    }

    private static Quote quote(JsonNode node, Path path) {
        requireObject(node, path);
        return build(
                path,
                () -> new Quote(
                        requiredString(node, path, "text"),
                        optionalString(node, path, "speaker"),
                        optionalString(node, path, "role")));
    }

    private static Diagnostic diagnostic(JsonNode node, Path path) {
        requireObject(node, path);
        return build(
                path,
                () -> new Diagnostic(
                        requiredInt(node, path, "line"),
                        enumValue(node, path, "kind", Diagnostic.Kind::fromJsonName),
                        requiredString(node, path, "message")));
    }

    private static FieldOfWork fieldOfWork(JsonNode node, Path path) {
        if (!node.isString()) {
            throw new OsceParseException("expected a field-of-work slug at " + path);
        }
        return fieldOfWorkBySlug(node.stringValue());
    }

    private static FieldOfWork fieldOfWorkBySlug(String slug) {
        return FieldOfWork.fromSlug(slug)
                .orElseThrow(() -> new IllegalArgumentException("unknown field-of-work slug '" + slug + "'"));
    }

    private static Mission mission(JsonNode node, Path path) {
        requireObject(node, path);
        return build(
                path,
                () -> new Mission(
                        requiredString(node, path, "name"),
                        optionalString(node, path, "id"),
                        enumValue(node, path, "kind", MissionKind::fromJsonName),
                        requiredString(node, path, "location"),
                        optionalDate(node, path, "established"),
                        optionalString(node, path, "headquarters"),
                        optionalString(node, path, "summary"),
                        optionalString(node, path, "url")));
    }

    private static ListingEntry entry(JsonNode node, Path path) {
        requireObject(node, path);
        return build(
                path,
                () -> new ListingEntry(
                        requiredString(node, path, "title"),
                        optionalDate(node, path, "date"),
                        optionalString(node, path, "contentType"),
                        list(node, path, "structures", PageJsonReader::structure),
                        list(node, path, "fieldsOfWork", PageJsonReader::fieldOfWork),
                        stringList(node, path, "otherFieldsOfWork"),
                        optionalString(node, path, "location"),
                        optionalString(node, path, "publisher"),
                        node.has("dateline") ? dateline(node.get("dateline"), path.field("dateline")) : null,
                        optionalString(node, path, "teaser"),
                        optionalString(node, path, "url")));
    }

    private static Image image(JsonNode node, Path path) {
        requireObject(node, path);
        return build(path, () -> new Image(optionalString(node, path, "url"), optionalString(node, path, "caption")));
    }

    private static Link link(JsonNode node, Path path) {
        requireObject(node, path);
        return build(path, () -> new Link(requiredString(node, path, "text"), requiredString(node, path, "url")));
    }

    private static Resource resource(JsonNode node, Path path) {
        requireObject(node, path);
        return build(
                path,
                () -> new Resource(
                        requiredString(node, path, "title"),
                        optionalString(node, path, "description"),
                        optionalString(node, path, "url")));
    }

    private static List<Section> sections(JsonNode node, Path path, int depth) {
        if (depth > MAX_SECTION_DEPTH) {
            throw new OsceParseException("sections nested more than " + MAX_SECTION_DEPTH + " deep at " + path);
        }
        return list(node, path, "sections", (child, childPath) -> {
            requireObject(child, childPath);
            return build(
                    childPath,
                    () -> new Section(
                            optionalString(child, childPath, "heading"),
                            stringList(child, childPath, "paragraphs"),
                            stringList(child, childPath, "items"),
                            sections(child, childPath, depth + 1)));
        });
    }

    /** Runs a record constructor, turning its invariant failures into a parse error at the path. */
    private static <T> T build(Path path, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new OsceParseException("invalid value at " + path + ": " + e.getMessage());
        }
    }

    private static <T> List<T> list(JsonNode node, Path path, String name, BiFunction<JsonNode, Path, T> element) {
        JsonNode array = node.get(name);
        Path arrayPath = path.field(name);
        if (array == null) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new OsceParseException("expected an array at " + arrayPath);
        }
        List<T> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(element.apply(array.get(i), arrayPath.index(i)));
        }
        return values;
    }

    private static List<String> stringList(JsonNode node, Path path, String name) {
        return list(node, path, name, (value, p) -> {
            if (!value.isString()) {
                throw new OsceParseException("expected a string at " + p);
            }
            return value.stringValue();
        });
    }

    private static void requireObject(JsonNode node, Path path) {
        if (node == null || !node.isObject()) {
            throw new OsceParseException("expected an object at " + path);
        }
    }

    private static String requiredString(JsonNode node, Path path, String name) {
        String value = optionalString(node, path, name);
        if (value == null) {
            throw new OsceParseException("missing '" + name + "' at " + path);
        }
        return value;
    }

    private static String optionalString(JsonNode node, Path path, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new OsceParseException("expected a string at " + path.field(name));
        }
        return value.stringValue();
    }

    private static int requiredInt(JsonNode node, Path path, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new OsceParseException("expected an integer at " + path.field(name));
        }
        return value.intValue();
    }

    private static LocalDate requiredDate(JsonNode node, Path path, String name) {
        LocalDate date = optionalDate(node, path, name);
        if (date == null) {
            throw new OsceParseException("missing '" + name + "' at " + path);
        }
        return date;
    }

    private static LocalDate optionalDate(JsonNode node, Path path, String name) {
        String text = optionalString(node, path, name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new OsceParseException(
                    "expected a date (yyyy-MM-dd) at " + path.field(name) + ", was '" + text + "'");
        }
    }

    private static OffsetDateTime optionalDateTime(JsonNode node, Path path, String name) {
        String text = optionalString(node, path, name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new OsceParseException(
                    "expected a date and time with offset (ISO-8601) at " + path.field(name) + ", was '" + text + "'");
        }
    }

    private static <T> T enumValue(
            JsonNode node, Path path, String name, java.util.function.Function<String, T> lookup) {
        String text = requiredString(node, path, name);
        try {
            return lookup.apply(text);
        } catch (IllegalArgumentException e) {
            throw new OsceParseException(e.getMessage() + " at " + path.field(name));
        }
    }

    /** A JSON path for messages: {@code $.sections[0].items[3]}. */
    private record Path(String text) {
        Path field(String name) {
            return new Path(text + "." + name);
        }

        Path index(int i) {
            return new Path(text + "[" + i + "]");
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
