package io.github.osceparser.parser.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceJson;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.OsceParser;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets for the three ways into the library: page text, page HTML and JSON.
 *
 * <p>In an ordinary test run each target replays its seeds: every fixture page (or golden JSON) and
 * every saved finding under {@code src/test/resources/fuzz/<target>/}, which the build copies to
 * where Jazzer looks for them. With {@code JAZZER_FUZZ=1} one target fuzzes for real (README,
 * "Reliability"). The property is the same for all: the input gives a page or {@link
 * OsceParseException}, nothing else, and the page is valid and survives a JSON round trip.
 */
class ParserFuzzTest {
    private static final OsceParser PARSER = OsceParser.create();
    private static final OsceJson JSON = OsceJson.create();
    private static final String BASE_URI = "https://www.osce.org/fuzz/page";

    @FuzzTest(maxDuration = "5m")
    void parseText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        OscePage page;
        try {
            page = PARSER.parse(text);
        } catch (OsceParseException expected) {
            return;
        }
        PageProperties.assertValidPage(page, PageProperties.lineCount(text));
    }

    @FuzzTest(maxDuration = "5m")
    void parseHtml(byte[] input) {
        String html = new String(input, StandardCharsets.UTF_8);
        OscePage page;
        try {
            page = PARSER.parseHtml(html, BASE_URI);
        } catch (OsceParseException expected) {
            return;
        }
        PageProperties.assertValidPage(page, PageProperties.lineCount(html));
    }

    @FuzzTest(maxDuration = "5m")
    void fromJson(byte[] input) {
        OscePage page;
        try {
            page = JSON.fromJson(new String(input, StandardCharsets.UTF_8));
        } catch (OsceParseException expected) {
            return;
        }
        PageProperties.assertRoundTrips(page);
    }
}
