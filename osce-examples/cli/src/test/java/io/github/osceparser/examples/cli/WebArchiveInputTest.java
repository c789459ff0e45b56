package io.github.osceparser.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.examples.warc.TestArchive;
import io.github.osceparser.parser.OsceJson;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.OsceParser;
import io.github.osceparser.parser.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code osce parse} on web archives: the WARC files the tests write with jwarc. */
class WebArchiveInputTest {
    private static final OsceParser PARSER = OsceParser.create();
    private static final OsceJson JSON = OsceJson.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path temp;

    /** What the library gives for each page of the archive, the record's origin first, as the command should write it. */
    private static List<String> expectedLines(String file, List<TestArchive.Page> pages) {
        List<String> lines = new ArrayList<>();
        for (TestArchive.Page page : pages) {
            Map<String, Object> origin = new LinkedHashMap<>();
            origin.put("file", file);
            origin.put("offset", page.offset());
            origin.put("url", page.url());
            origin.put("warcDate", page.warcDate().toString());
            try {
                lines.add(JSON.toJson(page.parse(PARSER), origin));
            } catch (OsceParseException e) {
                origin.put("error", e.getMessage());
                lines.add(MAPPER.writeValueAsString(origin));
            }
        }
        return lines;
    }

    @Test
    void writesEveryOsceOrgPageOfAnArchiveWithItsFileOffsetUrlAndCaptureTimeFirst() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("crawls"));
        TestArchive archive = TestArchive.standard();
        archive.write(folder.resolve("crawl.warc.gz"));
        List<TestArchive.Page> osce =
                archive.pages().stream().filter(TestArchive.Page::osce).toList();

        CommandRun run = CommandRun.of("parse", folder.toString());

        assertThat(run.out().lines().toList()).isEqualTo(expectedLines("crawl.warc.gz", osce));
        JsonNode first = MAPPER.readTree(run.out().lines().findFirst().orElseThrow());
        assertThat(first.propertyNames().stream().limit(5).toList())
                .containsExactly("file", "offset", "url", "warcDate", "type");
        assertThat(first.get("warcDate").asString()).isEqualTo("2024-03-01T09:00:14Z");
        // The last page is one the parser rejects: an error record, and the batch went on to the end.
        JsonNode last = MAPPER.readTree(run.out().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(last.get("url").asString()).isEqualTo("https://www.osce.org/empty");
        assertThat(last.has("error")).isTrue();
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err())
                .contains("osce: 8 pages (")
                .contains(", 1 error, 0 skipped, 11 archive records skipped (10 not pages, 1 other host) in ");
    }

    @Test
    void parsesThePagesOfEveryHostWithAnyHost() throws IOException {
        TestArchive archive = TestArchive.standard();
        Path file = archive.write(temp.resolve("crawl.warc"));

        CommandRun run = CommandRun.of("parse", "--any-host", file.toString());

        assertThat(run.out().lines().toList()).isEqualTo(expectedLines(file.toString(), archive.pages()));
        assertThat(run.out()).contains("\"url\":\"https://www.example.org/news/osce-policing\"");
        assertThat(run.err()).contains(", 10 archive records skipped (10 not pages) in ");
    }

    @Test
    void writesTheRecordsBeforeTheCutOfATruncatedArchiveThenOneErrorAndGoesOnWithTheNextFile() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("mixed"));
        TestArchive archive = TestArchive.standard();
        int cut = archive.recordOfPage(3);
        archive.writeCutInside(folder.resolve("a-cut.warc"), cut);
        Files.writeString(folder.resolve("b-page.txt"), Fixtures.load("en/field-of-work-policing"));

        CommandRun run = CommandRun.of("parse", folder.toString());

        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(0, 3))
                .isEqualTo(expectedLines("a-cut.warc", archive.pages().subList(0, 3)));
        JsonNode error = MAPPER.readTree(lines.get(3));
        assertThat(error.propertyNames()).containsExactly("file", "offset", "url", "warcDate", "error");
        assertThat(error.get("offset").asLong()).isEqualTo(archive.offsetOf(cut));
        assertThat(error.get("url").asString()).isEqualTo(archive.pages().get(3).url());
        assertThat(error.get("error").asString()).contains("the archive ends inside this record");
        assertThat(MAPPER.readTree(lines.get(4)).get("file").asString()).isEqualTo("b-page.txt");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("osce: 4 pages (").contains(", 1 error, 0 skipped, ");
    }

    @Test
    void writesTheSameBytesWithOneThreadAndWithMany() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("many"));
        TestArchive.standard().write(folder.resolve("one.warc.gz"));
        TestArchive.standard().write(folder.resolve("two.warc"));
        FixtureFolder.write(folder.resolve("pages"));

        CommandRun one = CommandRun.of("parse", "--threads", "1", folder.toString());
        CommandRun many = CommandRun.of("parse", "--threads", "5", folder.toString());

        assertThat(many.out()).isEqualTo(one.out());
        List<String> files = one.out()
                .lines()
                .map(line -> MAPPER.readTree(line).get("file").asString())
                .distinct()
                .toList();
        assertThat(files.get(0)).isEqualTo("one.warc.gz");
        assertThat(files.get(files.size() - 1)).isEqualTo("two.warc");
        assertThat(files).isSorted();
    }

    @Test
    void givesCsvTheOffsetUrlAndCaptureTimeColumnsWhenArchivesAreRead() throws IOException {
        TestArchive archive = TestArchive.standard();
        Path file = archive.write(temp.resolve("crawl.warc"));
        TestArchive.Page first = archive.pages().get(0);

        CommandRun run = CommandRun.of("parse", "--format", "csv", file.toString());

        List<String> rows = run.out().lines().toList();
        assertThat(rows.get(0))
                .isEqualTo(
                        "file,offset,url,warcDate,type,language,title,date,place,sources,sourceIds,fieldsOfWork,structures,countries,error");
        assertThat(rows.get(1))
                .startsWith(Csv.field(file.toString()) + "," + first.offset() + "," + first.url() + ","
                        + first.warcDate() + ",press-release,en,");
    }

    @Test
    void countsPagesWithoutAnEndOnATerminalAsAnArchivesPagesAreNotKnownBeforehand() throws IOException {
        Path file = TestArchive.standard().write(temp.resolve("crawl.warc.gz"));

        CommandRun run = CommandRun.withInput(new byte[0], true, "parse", file.toString());

        assertThat(run.err()).contains("Parsing", "\r");
        List<String> lines = run.err().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("osce: 8 pages (");
        assertThat(run.out().lines()).hasSize(9);
    }
}
