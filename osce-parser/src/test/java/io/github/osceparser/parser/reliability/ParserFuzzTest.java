package io.github.osceparser.parser.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceJson;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.OsceParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets for the ways into the library: page text (as a string and as bytes), page HTML (as
 * a string and as bytes, through each charset path) and JSON.
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
    void parseBytes(byte[] input) {
        OscePage page;
        try {
            page = PARSER.parse(input);
        } catch (OsceParseException expected) {
            return; // not UTF-8, binary, empty, ...
        }
        PageProperties.assertValidPage(page, PageProperties.lineCount(new String(input, StandardCharsets.UTF_8)));
    }

    /**
     * The charset paths of HTML bytes, chosen by the input's first byte so that every seed (a page
     * starting with "<", which chooses none) stays a page: none given (byte-order mark, the page's
     * declaration, UTF-8, else Windows-1252), UTF-8, ISO-8859-1 (read as Windows-1252) and UTF-16.
     */
    private static final Charset[] CHARSETS = {
        null, StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16
    };

    @FuzzTest(maxDuration = "5m")
    void parseHtmlBytes(byte[] input) throws IOException {
        Charset charset = input.length == 0 ? null : CHARSETS[input[0] & 3];
        OscePage page;
        try {
            page = PARSER.parseHtml(new ByteArrayInputStream(input), charset, BASE_URI);
        } catch (OsceParseException expected) {
            return;
        }
        // every line end of the charsets above holds a 0x0A or 0x0D byte: counting them in Latin-1 never counts too few
        PageProperties.assertValidPage(page, PageProperties.lineCount(new String(input, StandardCharsets.ISO_8859_1)));
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
