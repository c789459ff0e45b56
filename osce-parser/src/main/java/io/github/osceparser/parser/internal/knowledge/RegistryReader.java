package io.github.osceparser.parser.internal.knowledge;

import io.github.osceparser.model.ChairpersonshipTerm;
import io.github.osceparser.model.Country;
import io.github.osceparser.model.CountryStatus;
import io.github.osceparser.model.LocalName;
import io.github.osceparser.model.NamePeriod;
import io.github.osceparser.model.Place;
import io.github.osceparser.model.Structure;
import io.github.osceparser.model.StructureKind;
import io.github.osceparser.parser.internal.knowledge.RegistryData.Located;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the line-oriented registry format (described at the top of {@code osce-registry.txt}) into
 * records. Each record is one header line and its indented fields; every fault is reported with its
 * line, as {@link RegistryFormatException}. Checks that need several records (ids that exist, periods
 * that do not overlap) are {@link RegistryValidator}'s.
 */
public final class RegistryReader {
    /** The seven languages of the site; a name in any other is a typing error. */
    static final List<String> LANGUAGES = List.of("en", "fr", "de", "it", "ru", "es", "uk");

    private final String source;
    private final List<Located<Structure>> structures = new ArrayList<>();
    private final List<Located<Country>> countries = new ArrayList<>();
    private final List<Located<Place>> places = new ArrayList<>();
    private final List<Located<ChairpersonshipTerm>> chairs = new ArrayList<>();

    private RegistryReader(String source) {
        this.source = source;
    }

    /**
     * Reads registry text.
     *
     * @param source the file's name, for messages
     * @param text the registry text
     * @return its records, in file order
     * @throws RegistryFormatException naming the line of the first fault
     */
    public static RegistryData read(String source, String text) {
        RegistryReader reader = new RegistryReader(source);
        reader.readAll(text);
        return new RegistryData(source, reader.structures, reader.countries, reader.places, reader.chairs);
    }

    private void readAll(String text) {
        String[] lines = text.split("\r?\n|\r", -1);
        RecordLines current = null;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (line.indexOf('\t') >= 0) {
                throw error(number, "a tab; indent fields with two spaces, separate words with spaces");
            }
            if (!line.equals(line.stripTrailing())) {
                throw error(number, "trailing spaces");
            }
            if (line.startsWith("  ")) {
                if (line.startsWith("   ")) {
                    throw error(number, "a field is indented by exactly two spaces");
                }
                if (current == null) {
                    throw error(number, "a field before any record; open a record with 'structure <id>' and the like");
                }
                current.add(number, line.substring(2));
            } else if (line.startsWith(" ")) {
                throw error(number, "a field is indented by exactly two spaces");
            } else {
                if (current != null) {
                    finish(current);
                }
                current = RecordLines.header(this, number, line);
            }
        }
        if (current != null) {
            finish(current);
        }
    }

    private void finish(RecordLines record) {
        switch (record.type) {
            case "structure" -> structures.add(new Located<>(structure(record), record.line));
            case "country" -> countries.add(new Located<>(country(record), record.line));
            case "place" -> places.add(new Located<>(place(record), record.line));
            case "chair" -> chairs.add(new Located<>(chair(record), record.line));
            default -> throw new IllegalStateException(record.type);
        }
    }

    private Structure structure(RecordLines r) {
        r.allow(
                "kind",
                "parent",
                "country",
                "name",
                "acronym",
                "short",
                "local",
                "headquarters",
                "opened",
                "closed",
                "predecessor",
                "source");
        Field kindField = r.one("kind");
        StructureKind kind = build(kindField.line, () -> StructureKind.fromJsonName(kindField.value));
        List<NamePeriod> names = new ArrayList<>();
        for (Field field : r.all("name")) {
            names.add(build(field.line, () -> namePeriod(field)));
        }
        if (names.isEmpty()) {
            throw error(r.line, "structure '" + r.id + "' has no 'name' field");
        }
        List<String> sources = r.all("source").stream().map(f -> f.value).toList();
        if (sources.isEmpty()) {
            throw error(r.line, "structure '" + r.id + "' cites no source; add a 'source <url>' field");
        }
        return build(
                r.line,
                () -> new Structure(
                        r.id,
                        kind,
                        r.optional("parent"),
                        r.optional("country"),
                        names,
                        localNames(r.all("acronym")),
                        localNames(r.all("short")),
                        localNames(r.all("local")),
                        r.optional("headquarters"),
                        date(r.optionalField("opened")),
                        date(r.optionalField("closed")),
                        r.optional("predecessor"),
                        sources));
    }

    private Country country(RecordLines r) {
        r.allow("status", "name", "short", "adjective");
        Field statusField = r.one("status");
        CountryStatus status = build(statusField.line, () -> CountryStatus.fromJsonName(statusField.value));
        return build(
                r.line,
                () -> new Country(
                        r.id,
                        status,
                        localNames(r.all("name")),
                        localNames(r.all("short")),
                        localNames(r.all("adjective"))));
    }

    private Place place(RecordLines r) {
        r.allow("country", "spelling");
        List<String> spellings = r.all("spelling").stream().map(f -> f.value).toList();
        return build(r.line, () -> new Place(r.id, r.optional("country"), spellings));
    }

    private ChairpersonshipTerm chair(RecordLines r) {
        r.allow("country", "cio");
        int year;
        try {
            year = Integer.parseInt(r.id);
        } catch (NumberFormatException e) {
            throw error(r.line, "a chair is opened by its year, 'chair 2010', was 'chair " + r.id + "'");
        }
        List<String> chairpersons = r.all("cio").stream().map(f -> f.value).toList();
        return build(r.line, () -> new ChairpersonshipTerm(year, r.one("country").value, chairpersons));
    }

    /** "1992..2010-06 Spillover Monitor Mission to Skopje": a period, open at either end, then the name. */
    private NamePeriod namePeriod(Field field) {
        int space = field.value.indexOf(' ');
        String period = space < 0 ? field.value : field.value.substring(0, space);
        int dots = period.indexOf("..");
        if (space < 0 || dots < 0) {
            throw error(
                    field.line,
                    "a name is written '<from>..<until> <name>', either date may be left out ('2010.. Mission to Skopje'), was '"
                            + field.value + "'");
        }
        LocalDate from = parseDate(field.line, period.substring(0, dots));
        LocalDate until = parseDate(field.line, period.substring(dots + 2));
        return new NamePeriod(field.value.substring(space + 1).strip(), from, until);
    }

    private List<LocalName> localNames(List<Field> fields) {
        List<LocalName> names = new ArrayList<>();
        for (Field field : fields) {
            int space = field.value.indexOf(' ');
            String language = space < 0 ? field.value : field.value.substring(0, space);
            if (space < 0 || !LANGUAGES.contains(language)) {
                throw error(
                        field.line,
                        "'" + field.key + "' is followed by a language of the site " + LANGUAGES
                                + " and the text, was '" + field.value + "'");
            }
            names.add(new LocalName(language, field.value.substring(space + 1).strip()));
        }
        return names;
    }

    private LocalDate date(Field field) {
        return field == null ? null : parseDate(field.line, field.value);
    }

    /** A day, a month or a year: "2007-06-21", "2007-06", "2007"; a month or year stands for its first day. */
    private LocalDate parseDate(int line, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (text.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(text), 1, 1);
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5)), 1);
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeException e) {
            throw error(line, "no such date '" + text + "'");
        }
        throw error(line, "a date is written 2007, 2007-06 or 2007-06-21, was '" + text + "'");
    }

    /** Builds a record, turning the model's own checks into a fault at the given line. */
    private <T> T build(int line, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (RegistryFormatException e) {
            throw e;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error(line, e.getMessage());
        }
    }

    RegistryFormatException error(int line, String message) {
        return new RegistryFormatException(source, line, message);
    }

    /** One "key value" line. */
    private record Field(int line, String key, String value) {}

    /** The lines of one record: its header, then its fields in order. */
    private static final class RecordLines {
        private static final List<String> TYPES = List.of("structure", "country", "place", "chair");

        private final RegistryReader reader;
        private final int line;
        private final String type;
        private final String id;
        private final List<Field> fields = new ArrayList<>();

        private RecordLines(RegistryReader reader, int line, String type, String id) {
            this.reader = reader;
            this.line = line;
            this.type = type;
            this.id = id;
        }

        static RecordLines header(RegistryReader reader, int line, String text) {
            String[] words = text.split(" ");
            if (words.length != 2 || !TYPES.contains(words[0])) {
                throw reader.error(
                        line,
                        "a record opens with one of " + TYPES + " and an id ('structure mission-to-skopje'), was '"
                                + text + "'");
            }
            return new RecordLines(reader, line, words[0], words[1]);
        }

        void add(int number, String text) {
            int space = text.indexOf(' ');
            if (space <= 0 || text.substring(space + 1).isBlank()) {
                throw reader.error(number, "a field is '<key> <value>', was '" + text + "'");
            }
            fields.add(new Field(number, text.substring(0, space), text.substring(space + 1)));
        }

        void allow(String... keys) {
            List<String> known = List.of(keys);
            for (Field field : fields) {
                if (!known.contains(field.key)) {
                    throw reader.error(
                            field.line,
                            "unknown field '" + field.key + "' in a " + type + " (known: " + String.join(", ", known)
                                    + ")");
                }
            }
        }

        List<Field> all(String key) {
            return fields.stream().filter(f -> f.key.equals(key)).toList();
        }

        Field optionalField(String key) {
            List<Field> found = all(key);
            if (found.size() > 1) {
                throw reader.error(found.get(1).line, "'" + key + "' given twice in " + type + " '" + id + "'");
            }
            return found.isEmpty() ? null : found.get(0);
        }

        String optional(String key) {
            Field field = optionalField(key);
            return field == null ? null : field.value;
        }

        Field one(String key) {
            Field field = optionalField(key);
            if (field == null) {
                throw reader.error(line, type + " '" + id + "' has no '" + key + "' field");
            }
            return field;
        }
    }
}
