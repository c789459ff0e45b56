package io.github.osceparser.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Structure;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every structure the fixture goldens name carries an id, and it is the id the registry gives the
 * name on the page's date (the entry's, for a listing): press releases' sources, listing entries'
 * structures, mission cards and mission pages, the site menu's field operations. The goldens hold
 * the ids as read against the registry; this test checks them against the registry independently
 * of the parser's own lookup.
 */
class FixtureStructuresResolveTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /**
     * Names the goldens print that are not one structure, each with the reason. Empty today: every
     * name resolves. A name added here must say why it cannot resolve.
     */
    private static final Map<String, String> NOT_A_STRUCTURE = Map.of();

    /** A structure named on a page, where, and the date to resolve it by. */
    record Named(String name, String id, LocalDate date, String where) {}

    private static Named named(JsonNode structure, LocalDate date, String where) {
        JsonNode id = structure.get("id");
        return new Named(structure.get("name").asString(), id == null ? null : id.asString(), date, where);
    }

    static List<Named> namedStructures() throws IOException, URISyntaxException {
        Path root =
                Path.of(FixtureStructuresResolveTest.class.getResource("/pages").toURI());
        List<Path> goldens;
        try (Stream<Path> files = Files.walk(root)) {
            goldens = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Named> named = new ArrayList<>();
        for (Path golden : goldens) {
            JsonNode page = MAPPER.readTree(Files.readString(golden));
            String file = root.relativize(golden).toString();
            LocalDate date = date(page.get("date"));
            for (JsonNode source : page.path("sources")) {
                named.add(named(source, date, file + " sources"));
            }
            for (JsonNode entry : page.path("entries")) {
                LocalDate day = date(entry.get("date"));
                for (JsonNode structure : entry.path("structures")) {
                    named.add(named(structure, day, file + " entries"));
                }
            }
            for (JsonNode mission : page.path("missions")) {
                named.add(named(mission, date, file + " missions"));
            }
            if (page.has("mission")) {
                named.add(named(page.get("mission"), date, file + " mission"));
            }
            for (JsonNode operation : page.path("site").path("fieldOperations")) {
                named.add(named(operation, null, file + " site.fieldOperations"));
            }
        }
        return named;
    }

    private static LocalDate date(JsonNode node) {
        return node == null ? null : LocalDate.parse(node.asString());
    }

    @Test
    void everyStructureTheGoldensNameResolvesOrIsListedWithAReason() throws Exception {
        List<Named> named = namedStructures();
        assertThat(named).as("structures named in the goldens").hasSizeGreaterThan(100);

        Map<String, String> unresolved = new TreeMap<>();
        Map<String, String> wrongIds = new TreeMap<>();
        for (Named n : named) {
            String expected = OsceRegistry.standard()
                    .findStructure(n.name(), n.date())
                    .map(Structure::id)
                    .orElse(null);
            if (expected == null && !NOT_A_STRUCTURE.containsKey(n.name())) {
                unresolved.put(n.name(), n.where());
            }
            if (!Objects.equals(expected, n.id())) {
                wrongIds.put(n.name() + " in " + n.where(), n.id() + " but the registry says " + expected);
            }
        }
        assertThat(unresolved).as("names that neither resolve nor are listed").isEmpty();
        assertThat(wrongIds)
                .as("ids in the goldens that the registry does not give the name")
                .isEmpty();
    }

    @Test
    void theMenusFieldOperationsAreAllOpenFieldOperations() throws Exception {
        for (Named n : namedStructures()) {
            if (n.where().endsWith("site.fieldOperations")) {
                Structure s = OsceRegistry.standard()
                        .findStructure(n.name(), n.date())
                        .orElseThrow();
                assertThat(s.isClosed()).as("%s in %s", n.name(), n.where()).isFalse();
                assertThat(n.id()).isEqualTo(s.id());
                assertThat(s.name()).as("the menu prints the current name").isEqualTo(n.name());
            }
        }
    }

    @Test
    void theListingOf2004NamesTheSpilloverMissionByItsLaterName() throws Exception {
        // The listing was saved from today's site, which prints today's names on old entries: the
        // name still resolves to the structure whatever the entry's date.
        List<Named> skopje = namedStructures().stream()
                .filter(n -> n.where().startsWith("en/listing-news-press-releases-skopje-2004"))
                .filter(n -> n.name().equals("OSCE Mission to Skopje"))
                .toList();
        assertThat(skopje).isNotEmpty();
        for (Named n : skopje) {
            assertThat(n.date()).isBefore(LocalDate.of(2010, 1, 1));
            assertThat(n.id()).isEqualTo("mission-to-skopje");
        }
    }
}
