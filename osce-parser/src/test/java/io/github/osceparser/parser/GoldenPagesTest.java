package io.github.osceparser.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.OscePage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every fixture page under {@code src/test/resources/pages} against the golden JSON beside it. The
 * goldens were written by hand from the pages and checked field by field; never regenerate them
 * from the parser's output.
 */
class GoldenPagesTest {
    private static final OsceParser PARSER = OsceParser.create();
    private static final OsceJson JSON = OsceJson.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static List<Path> pages() throws IOException, URISyntaxException {
        Path root = Path.of(GoldenPagesTest.class.getResource("/pages").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void findsTheFixturePages() throws Exception {
        assertThat(pages()).hasSizeGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void parsesPageAsItsGoldenSays(Path page) throws IOException {
        Path golden = Path.of(page.toString().replaceAll("\\.txt$", ".json"));
        assertThat(golden).as("golden JSON beside %s", page).exists();

        JsonNode expected = MAPPER.readTree(Files.readString(golden));
        JsonNode actual = MAPPER.readTree(JSON.toJson(PARSER.parse(page)));

        assertThat(actual)
                .as("parsed %s compared with %s", page.getFileName(), golden.getFileName())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void roundTripsThroughJson(Path page) throws IOException {
        OscePage parsed = PARSER.parse(page);

        assertThat(JSON.fromJson(JSON.toJson(parsed))).isEqualTo(parsed);
        assertThat(JSON.fromJson(JSON.toPrettyJson(parsed))).isEqualTo(parsed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void readsGoldenIntoTheParsedRecord(Path page) throws IOException {
        Path golden = Path.of(page.toString().replaceAll("\\.txt$", ".json"));

        assertThat(JSON.fromJson(Files.readString(golden))).isEqualTo(PARSER.parse(page));
    }
}
