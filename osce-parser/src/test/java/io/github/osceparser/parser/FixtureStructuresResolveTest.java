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
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every structure the fixture goldens name resolves in the registry: press releases' sources,
 * listing entries' structures, mission cards and mission pages, the site menu's field operations.
 * Each is looked up with the page's date (the entry's, for a listing), as phase 2 of issue 18 will
 * look them up when it adds ids to the records.
 */
class FixtureStructuresResolveTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /**
     * Names the goldens print that are not one structure, each with the reason. Empty today: every
     * name resolves. A name added here must say why it cannot resolve.
     */
    private static final Map<String, String> NOT_A_STRUCTURE = Map.of();

    /** A structure named on a page, where, and the date to resolve it by. */
    record Named(String name, LocalDate date, String where) {}

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
                named.add(new Named(source.asString(), date, file + " sources"));
            }
            for (JsonNode entry : page.path("entries")) {
                LocalDate day = date(entry.get("date"));
                for (JsonNode structure : entry.path("structures")) {
                    named.add(new Named(structure.get("name").asString(), day, file + " entries"));
                }
            }
            for (JsonNode mission : page.path("missions")) {
                named.add(new Named(mission.get("name").asString(), date, file + " missions"));
            }
            if (page.has("mission")) {
                named.add(new Named(page.get("mission").get("name").asString(), date, file + " mission"));
            }
            for (JsonNode operation : page.path("site").path("fieldOperations")) {
                named.add(new Named(operation.asString(), date, file + " site.fieldOperations"));
            }
        }
        return named;
    }

    /**
     * A listing entry names every structure that issued it, joined by commas ("OSCE Chairmanship,
     * OSCE Mission to Skopje"); one name holds a comma of its own ("Missions of Long Duration in
     * Kosovo, Sandjak and Vojvodina"), so the whole is tried first.
     */
    static List<String> structuresOf(String printed, LocalDate day) {
        if (OsceRegistry.standard().findStructure(printed, day).isPresent()) {
            return List.of(printed);
        }
        return List.of(printed.split(", "));
    }

    private static LocalDate date(JsonNode node) {
        return node == null ? null : LocalDate.parse(node.asString());
    }

    @Test
    void everyStructureTheGoldensNameResolvesOrIsListedWithAReason() throws Exception {
        List<Named> named = namedStructures();
        assertThat(named).as("structures named in the goldens").hasSizeGreaterThan(100);

        Map<String, String> unresolved = new TreeMap<>();
        for (Named n : named) {
            if (OsceRegistry.standard().findStructure(n.name(), n.date()).isEmpty()
                    && !NOT_A_STRUCTURE.containsKey(n.name())) {
                unresolved.put(n.name(), n.where());
            }
        }
        assertThat(unresolved).as("names that neither resolve nor are listed").isEmpty();
    }

    @Test
    void aListingsStructuresAreSplitAtCommasUnlessTheWholeIsOneName() {
        LocalDate day = LocalDate.of(2004, 3, 1);
        assertThat(structuresOf("OSCE Chairmanship, OSCE Mission to Skopje", day))
                .containsExactly("OSCE Chairmanship", "OSCE Mission to Skopje");
        assertThat(structuresOf("OSCE Missions of Long Duration in Kosovo, Sandjak and Vojvodina", day))
                .containsExactly("OSCE Missions of Long Duration in Kosovo, Sandjak and Vojvodina");
    }

    @Test
    void theMenusFieldOperationsAreAllOpenFieldOperations() throws Exception {
        for (Named n : namedStructures()) {
            if (n.where().endsWith("site.fieldOperations")) {
                Structure s = OsceRegistry.standard()
                        .findStructure(n.name(), n.date())
                        .orElseThrow();
                assertThat(s.isClosed()).as("%s in %s", n.name(), n.where()).isFalse();
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
            assertThat(OsceRegistry.standard().findStructure(n.name(), n.date()))
                    .map(Structure::id)
                    .contains("mission-to-skopje");
        }
    }
}
