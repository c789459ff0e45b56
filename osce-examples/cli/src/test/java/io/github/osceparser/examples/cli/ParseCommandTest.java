package io.github.osceparser.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.parser.OsceJson;
import io.github.osceparser.parser.OsceParser;
import io.github.osceparser.parser.fixtures.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code osce parse} end to end, on the fixture pages and on broken input, as a shell would run it. */
class ParseCommandTest {
    private static final OsceParser PARSER = OsceParser.create();
    private static final OsceJson JSON = OsceJson.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path temp;

    private Path pages;

    @BeforeEach
    void writeFixturePages() throws IOException {
        pages = FixtureFolder.write(Files.createDirectory(temp.resolve("pages")));
    }

    /** What the library itself gives for each fixture page, "file" first, in the order of the paths. */
    private static List<String> expectedJsonLines() {
        List<String> files = new ArrayList<>();
        for (String name : Fixtures.names()) {
            files.add(name + ".txt");
        }
        files.sort(null);
        List<String> lines = new ArrayList<>();
        for (String file : files) {
            String name = file.substring(0, file.length() - ".txt".length());
            lines.add(JSON.toJson(PARSER.parse(Fixtures.load(name)), Map.of("file", file)));
        }
        return lines;
    }

    @Test
    void writesOneJsonLinePerPageSortedByPathInTheFolder() {
        CommandRun run = CommandRun.of("parse", pages.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out().lines().toList()).isEqualTo(expectedJsonLines());
        assertThat(run.out()
                        .lines()
                        .map(line -> MAPPER.readTree(line).get("file").asString()))
                .isSorted()
                .allMatch(file -> !file.startsWith("/") && file.endsWith(".txt"));
        assertThat(run.out()).endsWith("}\n");
    }

    @Test
    void everyRecordBeginsWithTheFileThenThePageFields() {
        CommandRun run = CommandRun.of("parse", pages.toString());

        for (String line : run.out().lines().toList()) {
            assertThat(line).startsWith("{\"file\":");
            JsonNode record = MAPPER.readTree(line);
            assertThat(record.propertyNames().iterator().next()).isEqualTo("file");
            assertThat(JSON.fromJson(line)).as("the page fields of %s", line).isNotNull();
        }
    }

    @Test
    void writesTheSameBytesWithOneThreadAndWithMany() {
        CommandRun one = CommandRun.of("parse", "--threads", "1", pages.toString());
        CommandRun many = CommandRun.of("parse", "--threads", "7", pages.toString());

        assertThat(many.out()).isEqualTo(one.out()).isNotEmpty();
    }

    @Test
    void writesThePagesOfNestedFoldersInTheSortedOrderOfTheirPaths() throws IOException {
        Path tree = Files.createDirectory(temp.resolve("tree"));
        List<String> names =
                List.of("b/c/d.txt", "a.txt", "a/b.txt", "a-b.txt", "a0/c.txt", "B.txt", "a/b/c.txt", "a/b-c.txt");
        for (String name : names) {
            Path file = tree.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Fixtures.load("en/field-of-work-policing"));
        }

        CommandRun run = CommandRun.of("parse", tree.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()
                        .lines()
                        .map(line -> MAPPER.readTree(line).get("file").asString()))
                .containsExactly(
                        "B.txt", "a-b.txt", "a.txt", "a/b-c.txt", "a/b.txt", "a/b/c.txt", "a0/c.txt", "b/c/d.txt")
                .isSorted();
    }

    @Test
    void writesTheSameBytesWithOneThreadAndWithTwoOverNestedFolders() throws IOException {
        FixtureFolder.write(Files.createDirectories(pages.resolve("more/nested")));
        Files.writeString(pages.resolve("more/broken.txt"), "");

        for (String format : List.of("jsonl", "json", "csv")) {
            CommandRun one = CommandRun.of("parse", "--threads", "1", "--format", format, pages.toString());
            CommandRun two = CommandRun.of("parse", "--threads", "2", "--format", format, pages.toString());

            assertThat(two.out()).as(format).isEqualTo(one.out()).isNotEmpty();
            assertThat(two.exitCode()).isEqualTo(one.exitCode()).isEqualTo(1);
        }
    }

    @Test
    void summarisesPagesByTypeOnStandardErrorAndSkipsTheGoldensWithOneNote() {
        CommandRun run = CommandRun.of("parse", pages.toString());
        int pageCount = Fixtures.names().size();

        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .startsWith("osce: skipped " + pageCount
                        + " files with an extension osce does not read (it reads .arc, .arc.gz, .htm, .html, .txt, .warc,"
                        + " .warc.gz): " + pageCount + " .json (");
        assertThat(lines.get(1))
                .startsWith("osce: " + pageCount + " pages (")
                .contains("press-release", "field-of-work", "0 errors, " + pageCount + " skipped in ");
        assertThat(run.err()).doesNotContain("\r");
    }

    @Test
    void namesAFileGivenDirectlyAsItWasGiven() throws IOException {
        String file =
                pages.resolve("en/press-release-2016-un-chiefs-of-police.txt").toString();

        CommandRun run = CommandRun.of("parse", file);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .isEqualTo(JSON.toJson(PARSER.parse(Files.readString(Path.of(file))), Map.of("file", file)) + "\n");
    }

    @Test
    void parsesHtmlFilesAsHtml() throws IOException {
        String name = "en/press-release-2016-un-chiefs-of-police.html";
        Path folder = Files.createDirectory(temp.resolve("html"));
        Files.writeString(folder.resolve("saved.html"), Fixtures.load(name));
        Files.writeString(folder.resolve("saved-too.HTM"), Fixtures.load(name));
        String expected = JSON.toJson(
                PARSER.parseHtml(
                        new ByteArrayInputStream(Fixtures.load(name).getBytes(StandardCharsets.UTF_8)), null, null),
                Map.of("file", "saved.html"));

        CommandRun run = CommandRun.of("parse", folder.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo(expected);
        assertThat(lines.get(0)).isEqualTo(expected.replace("{\"file\":\"saved.html\"", "{\"file\":\"saved-too.HTM\""));
        assertThat(MAPPER.readTree(expected).get("type").asString()).isEqualTo("press-release");
    }

    @Test
    void readsStandardInputForDash() {
        String page = Fixtures.load("en/press-release-2010-police-experts-meeting");

        CommandRun run = CommandRun.withInput(page.getBytes(StandardCharsets.UTF_8), false, "parse", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(JSON.toJson(PARSER.parse(page), Map.of("file", "-")) + "\n");
    }

    @Test
    void turnsBrokenFilesIntoErrorRecordsAndGoesOn() throws IOException {
        Path broken = Files.createDirectory(temp.resolve("broken"));
        Files.write(broken.resolve("a-invalid-utf8.txt"), new byte[] {'O', 'S', 'C', 'E', ' ', (byte) 0xC3, '(', '\n'});
        Files.writeString(broken.resolve("b-empty.txt"), "");
        Files.writeString(broken.resolve("c-good.txt"), Fixtures.load("en/field-of-work-policing"));
        Files.writeString(
                broken.resolve("d-menu-only.txt"), "-\nOur work\n-\nFields of work\n- Arms control\n- Policing\n");

        CommandRun run = CommandRun.of("parse", broken.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        List<JsonNode> records = run.out().lines().map(MAPPER::readTree).toList();
        assertThat(records)
                .extracting(record -> record.get("file").asString())
                .containsExactly("a-invalid-utf8.txt", "b-empty.txt", "c-good.txt", "d-menu-only.txt");
        assertThat(records.get(0).get("error").asString())
                .isEqualTo("the page text is not valid UTF-8: malformed byte sequence \\xC3 at byte offset 5");
        assertThat(records.get(1).get("error").asString()).contains("empty");
        assertThat(records.get(2).get("type").asString()).isEqualTo("field-of-work");
        assertThat(records.get(2).has("error")).isFalse();
        assertThat(records.get(3).get("error").asString()).contains("menu", "no content");
        for (int i : new int[] {0, 1, 3}) {
            assertThat(records.get(i).propertyNames()).containsExactly("file", "error");
        }
        assertThat(run.err()).contains("osce: 1 page (1 field-of-work), 3 errors, 0 skipped in ");
    }

    @Test
    void refusesAPathThatDoesNotExistAsAUsageError() {
        String missing = temp.resolve("no-such-folder").toString();

        CommandRun run = CommandRun.of("parse", pages.toString(), missing);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("No such file or folder: " + missing).contains("Usage: osce parse");
    }

    @Test
    void refusesAnUnknownOptionAsAUsageError() {
        CommandRun run = CommandRun.of("parse", "--colour", pages.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Unknown option: '--colour'").contains("Usage: osce parse");
    }

    @Test
    void refusesAnUnknownFormatAndNoThreads() {
        assertThat(CommandRun.of("parse", "--format", "xml", pages.toString()).exitCode())
                .isEqualTo(2);
        CommandRun noThreads = CommandRun.of("parse", "--threads", "0", pages.toString());
        assertThat(noThreads.exitCode()).isEqualTo(2);
        assertThat(noThreads.err()).contains("--threads must be 1 or more, was 0");
    }

    @Test
    void refusesAMaxInputLengthBelowOneAndTakesOne() throws IOException {
        Path page = Files.writeString(temp.resolve("page.txt"), "Title\n\nA paragraph.\n");

        CommandRun none = CommandRun.of("parse", "--max-input-length", "0", page.toString());
        CommandRun one = CommandRun.of("parse", "--max-input-length", "1", page.toString());

        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--max-input-length must be 1 or more, was 0");
        assertThat(one.exitCode()).as(one.toString()).isEqualTo(1);
        assertThat(one.out()).contains("--max-input-length");
    }

    @Test
    void writesOneJsonArrayOfTheSameRecords() {
        CommandRun lines = CommandRun.of("parse", pages.toString());
        CommandRun array = CommandRun.of("parse", "--format", "json", pages.toString());

        assertThat(array.exitCode()).isZero();
        JsonNode parsed = MAPPER.readTree(array.out());
        assertThat(parsed.isArray()).isTrue();
        List<JsonNode> elements = new ArrayList<>();
        parsed.forEach(elements::add);
        assertThat(elements).isEqualTo(lines.out().lines().map(MAPPER::readTree).toList());
    }

    @Test
    void writesAnEmptyJsonArrayForAFolderWithoutPages() throws IOException {
        Path empty = Files.createDirectory(temp.resolve("empty"));

        CommandRun run = CommandRun.of("parse", "-f", "json", empty.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("[]\n");
        assertThat(run.err()).contains("osce: 0 pages, 0 errors, 0 skipped in ");
    }

    @Test
    void writesTheRecordsToTheOutputFile() throws IOException {
        Path output = temp.resolve("pages.jsonl");

        CommandRun run = CommandRun.of("parse", "--output", output.toString(), pages.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(output, StandardCharsets.UTF_8)).isEqualTo(expectedJsonLines());
    }

    @Test
    void refusesAnOutputFileInAFolderThatDoesNotExist() {
        CommandRun run =
                CommandRun.of("parse", "-o", temp.resolve("no/such/out.jsonl").toString(), pages.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("No such folder for --output");
    }
}
