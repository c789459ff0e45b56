package io.github.osceparser.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.parser.OsceJson;
import io.github.osceparser.parser.OsceParser;
import io.github.osceparser.parser.fixtures.Fixtures;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every fixture page, changed the ways saved pages differ from each other: menu entries shuffled,
 * renamed or dropped, a metadata value missing, mixed line ends, the page cut short. The changes
 * come from a {@link Random} seeded per page and variation, so a failure names its seed and can be
 * replayed. The parser must never throw, and every fact still in the text must still be in the
 * record: the oracle is the parsed unchanged page, adjusted by exactly what the variation changed.
 */
class FixtureVariationsTest {
    private static final int SEEDS = 4;
    private static final OsceParser PARSER = OsceParser.create();
    private static final OsceJson JSON = OsceJson.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    // --- menus --------------------------------------------------------------------------------

    static Stream<Arguments> pagesWithMenus() {
        return seeded(Fixtures.names().stream()
                .filter(name -> PageLines.of(Fixtures.load(name)).menuEntries().size() > 0));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("pagesWithMenus")
    void shuffledMenuLeavesContentAndStatesUnchanged(String name, long seed) {
        PageLines lines = PageLines.of(Fixtures.load(name));
        Random random = new Random(seed);
        List<String> changed = lines.withShuffledMenu(random);

        OscePage original = PARSER.parse(lines.text());
        OscePage shuffled = PARSER.parse(String.join("\n", changed));

        assertThat(content(shuffled)).isEqualTo(content(original));
        assertThat(shuffled.site().chairpersonship()).isEqualTo(original.site().chairpersonship());
        assertThat(statesAndPartners(shuffled)).containsExactlyInAnyOrderElementsOf(statesAndPartners(original));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("pagesWithMenus")
    void renamedMenuEntriesLeaveContentUnchangedAndAreListedAsRenamed(String name, long seed) {
        PageLines lines = PageLines.of(Fixtures.load(name));
        Random random = new Random(seed);
        List<String> changed = new ArrayList<>(lines.lines());
        List<String> renamed = new ArrayList<>();
        for (int i : lines.menuEntries()) {
            String entry = changed.get(i);
            if (random.nextInt(4) == 0 && !entry.contains("Chairpersonship") && !entry.contains("Partners")) {
                changed.set(i, entry + " (renamed)");
                renamed.add(entry.substring(2).strip());
            }
        }

        OscePage original = PARSER.parse(lines.text());
        OscePage variant = PARSER.parse(String.join("\n", changed));

        assertThat(content(variant)).isEqualTo(content(original));
        if (original.site().participatingStates().size() > 0) {
            List<String> expectedStates = original.site().participatingStates().stream()
                    .map(state -> renamed.contains(state) ? state + " (renamed)" : state)
                    .toList();
            assertThat(variant.site().participatingStates()).isEqualTo(expectedStates);
        }
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("pagesWithMenus")
    void droppedMenuEntriesOnlyMoveTheDiagnosticsUp(String name, long seed) {
        PageLines lines = PageLines.of(Fixtures.load(name));
        Random random = new Random(seed);
        List<String> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        Set<Integer> entries = Set.copyOf(lines.menuEntries());
        for (int i = 0; i < lines.lines().size(); i++) {
            String line = lines.lines().get(i);
            if (entries.contains(i) && random.nextInt(5) == 0) {
                dropped.add(line.substring(2).strip());
            } else {
                kept.add(line);
            }
        }

        OscePage original = PARSER.parse(lines.text());
        OscePage variant = PARSER.parse(String.join("\n", kept));

        assertThat(content(variant)).isEqualTo(shiftDiagnostics(content(original), 0, -dropped.size()));
        List<String> droppedStates = dropped.stream()
                .filter(entry -> !entry.contains("Chairpersonship"))
                .toList();
        // a short menu (an institution site's ten entries) may lose none of them for a seed
        assertThat(variant.site().participatingStates())
                .isSubsetOf(original.site().participatingStates())
                .noneMatch(droppedStates::contains);
    }

    // --- metadata -----------------------------------------------------------------------------

    /** A metadata value line whose removal empties exactly one list field of a press release. */
    private record MetadataValue(int labelLine, int valueLine, List<String> emptied) {}

    static Stream<Arguments> metadataValues() {
        List<Arguments> arguments = new ArrayList<>();
        for (String name : Fixtures.names()) {
            String text = Fixtures.load(name);
            if (PARSER.parse(text) instanceof PressRelease release) {
                for (MetadataValue value : metadataValues(PageLines.of(text), release)) {
                    arguments.add(Arguments.of(name, value.valueLine() + 1, value));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} without line {1}")
    @MethodSource("metadataValues")
    void removedMetadataValueEmptiesExactlyItsField(String name, int valueLineNumber, MetadataValue value) {
        PageLines lines = PageLines.of(Fixtures.load(name));
        List<String> changed = new ArrayList<>(lines.lines());
        changed.remove(value.valueLine());

        OscePage variant = PARSER.parse(String.join("\n", changed));

        ObjectNode expected = tree(PARSER.parse(lines.text()));
        for (String field : value.emptied()) {
            expected.putArray(field);
        }
        ArrayNode diagnostics = expected.putArray("diagnostics");
        for (JsonNode diagnostic : tree(PARSER.parse(lines.text())).get("diagnostics")) {
            int line = diagnostic.get("line").intValue();
            if (line != valueLineNumber) {
                ObjectNode copy = (ObjectNode) diagnostic.deepCopy();
                copy.put("line", line > valueLineNumber ? line - 1 : line);
                diagnostics.add(copy);
            }
        }
        ObjectNode actual = tree(variant);
        ArrayNode actualDiagnostics = actual.putArray("diagnostics");
        int emptyFieldReports = 0;
        for (Diagnostic diagnostic : variant.diagnostics()) {
            if (diagnostic.kind() == Diagnostic.Kind.EMPTY_FIELD && diagnostic.line() == value.labelLine() + 1) {
                emptyFieldReports++;
            } else {
                actualDiagnostics.add(MAPPER.valueToTree(new DiagnosticJson(diagnostic)));
            }
        }
        assertThat(emptyFieldReports)
                .as("empty-field reports on line %d of %s: %s", value.labelLine() + 1, name, variant.diagnostics())
                .isEqualTo(1);
        assertThat(actual).isEqualTo(expected);
    }

    /** The JSON form of a diagnostic, to compare it with those of the JSON tree. */
    private record DiagnosticJson(int line, String kind, String message) {
        DiagnosticJson(Diagnostic diagnostic) {
            this(diagnostic.line(), diagnostic.kind().jsonName(), diagnostic.message());
        }
    }

    private static List<MetadataValue> metadataValues(PageLines lines, PressRelease release) {
        List<MetadataValue> values = new ArrayList<>();
        List<String> all = lines.lines();
        for (int label = 0; label < all.size(); label++) {
            String labelText = all.get(label).strip();
            boolean bulleted = labelText.startsWith("- ");
            String bare = bulleted ? labelText.substring(2).strip() : labelText;
            if (!bare.endsWith(":") || bare.length() > 40) {
                continue;
            }
            int value = nextNonBlank(all, label + 1);
            if (value < 0) {
                continue;
            }
            String valueText = all.get(value).strip();
            if ((bulleted != valueText.startsWith("- ")) || valueText.endsWith(":")) {
                continue;
            }
            int after = nextNonBlank(all, value + 1);
            if (bulleted
                    && after >= 0
                    && all.get(after).strip().startsWith("- ")
                    && !all.get(after).strip().endsWith(":")) {
                continue; // a second value: removing one would not empty the field
            }
            List<String> parts = parts(bulleted ? valueText.substring(2) : valueText);
            if (!release.sources().isEmpty() && parts.equals(release.sources())) {
                values.add(new MetadataValue(label, value, List.of("sources")));
            } else if (isFieldsOfWork(parts, release)) {
                values.add(new MetadataValue(label, value, List.of("fieldsOfWork", "otherFieldsOfWork")));
            }
        }
        return values;
    }

    private static boolean isFieldsOfWork(List<String> parts, PressRelease release) {
        List<FieldOfWork> known = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String part : parts) {
            Lexicon.of(release.language()).fieldOfWork(part).ifPresentOrElse(known::add, () -> other.add(part));
        }
        return !known.isEmpty() && known.equals(release.fieldsOfWork()) && other.equals(release.otherFieldsOfWork());
    }

    private static List<String> parts(String value) {
        return Stream.of(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    // --- line ends and cuts -------------------------------------------------------------------

    static Stream<Arguments> allPages() {
        return seeded(Fixtures.names().stream());
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("allPages")
    void mixedLineEndsGiveTheSameRecord(String name, long seed) {
        PageLines lines = PageLines.of(Fixtures.load(name));
        Random random = new Random(seed);
        StringBuilder mixed = new StringBuilder();
        String end = "\n";
        for (String line : lines.lines()) {
            // A CR, an empty line and an LF would be one CRLF: after a CR, an empty line ends otherwise.
            List<String> ends =
                    end.equals("\r") && line.isEmpty() ? List.of("\r", "\r\n") : List.of("\n", "\r\n", "\r");
            end = ends.get(random.nextInt(ends.size()));
            mixed.append(line).append(end);
        }

        assertThat(PARSER.parse(mixed.toString())).isEqualTo(PARSER.parse(lines.text()));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("allPages")
    void pageCutShortKeepsEveryParagraphThatSurvivedWhole(String name, long seed) {
        PageLines lines = PageLines.of(Fixtures.load(name));
        OscePage original = PARSER.parse(lines.text());
        // Cut anywhere after the title: a page cut before its title may hold nothing but furniture.
        int titleLine = lines.lines().indexOf(original.title());
        int first = Math.max(titleLine, lines.firstContentLine());
        int cut = first + 1 + new Random(seed).nextInt(lines.lines().size() - first);
        String cutText = String.join("\n", lines.lines().subList(0, cut));
        String cutContent = String.join("\n", lines.lines().subList(lines.firstContentLine(), cut));

        OscePage variant = PARSER.parse(cutText);

        PageProperties.assertValidPage(variant, cut);
        List<String> kept = texts(tree(variant));
        for (String fact : texts(tree(original))) {
            if (fact.length() >= 20 && cutContent.contains(fact)) {
                assertThat(kept)
                        .as("'%s' is whole in the first %d lines", fact, cut)
                        .anyMatch(text -> text.contains(fact));
            }
        }
    }

    // --- helpers ------------------------------------------------------------------------------

    private static Stream<Arguments> seeded(Stream<String> names) {
        return names.flatMap(name ->
                IntStream.range(0, SEEDS).mapToObj(k -> Arguments.of(name, (long) (name.hashCode() * 31 + k))));
    }

    private static ObjectNode tree(OscePage page) {
        return (ObjectNode) MAPPER.readTree(JSON.toJson(page));
    }

    /** The record as JSON without the menu's snapshot: what the page's content gave. */
    private static ObjectNode content(OscePage page) {
        ObjectNode tree = tree(page);
        tree.remove("site");
        return tree;
    }

    private static ObjectNode shiftDiagnostics(ObjectNode tree, int after, int by) {
        for (JsonNode diagnostic : tree.get("diagnostics")) {
            int line = diagnostic.get("line").intValue();
            if (line > after) {
                ((ObjectNode) diagnostic).put("line", line + by);
            }
        }
        return tree;
    }

    private static List<String> statesAndPartners(OscePage page) {
        List<String> all = new ArrayList<>(page.site().participatingStates());
        all.addAll(page.site().partners());
        return all;
    }

    /** Fields whose strings are not text of the page, or not of its content. */
    private static final Set<String> NOT_TEXT = Set.of(
            "type",
            "language",
            "date",
            "dateSource",
            "publishedAt",
            "established",
            "kind",
            "fieldOfWork",
            "fieldsOfWork",
            "url",
            "site",
            "diagnostics");

    /** Every text value of a record's JSON, in its content fields. */
    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        collect(node, texts);
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isString()) {
            texts.add(node.stringValue());
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, texts));
        } else if (node.isObject()) {
            for (var property : node.properties()) {
                if (!NOT_TEXT.contains(property.getKey())) {
                    collect(property.getValue(), texts);
                }
            }
        }
    }
}
