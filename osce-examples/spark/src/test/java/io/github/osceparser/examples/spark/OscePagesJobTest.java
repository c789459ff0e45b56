package io.github.osceparser.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.examples.warc.PageScope;
import io.github.osceparser.examples.warc.SkippedRecords;
import io.github.osceparser.examples.warc.TestArchive;
import io.github.osceparser.parser.OsceJson;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.OsceParser;
import io.github.osceparser.parser.fixtures.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Spark job on a {@code local[2]} session: every row must be what {@link OsceParser} gives for
 * its page, field by field, and every page that fails an error row. One session serves the class.
 */
class OscePagesJobTest {
    private static final OsceParser PARSER = OsceParser.create();
    private static final OsceJson JSON = OsceJson.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String[] HTML_FIXTURES = {
        "en/field-of-work-policing.html",
        "en/news-item-2013-policing-experts.html",
        "en/press-release-2010-police-experts-meeting.html",
        "en/press-release-2016-un-chiefs-of-police.html",
        "it/field-of-work-ordine-pubblico.html"
    };

    private static SparkSession spark;

    @TempDir
    static Path temp;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("OscePagesJobTest")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.debug.maxToStringFields", "100")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** The page fields of the library's JSON for a page, or the parser's message when it rejects the page. */
    private static Object expected(ThrowingParse parse) {
        try {
            return RowJson.comparable(MAPPER.readTree(JSON.toJson(parse.run())));
        } catch (OsceParseException e) {
            return "error: " + e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface ThrowingParse {
        io.github.osceparser.model.OscePage run() throws IOException;
    }

    @Test
    void givesEveryPageFileARowEqualToTheParsersRecordAndEveryBrokenFileAnErrorRow() throws IOException {
        Path pages = Files.createDirectories(temp.resolve("pages"));
        Map<String, Object> expected = new HashMap<>();
        for (String name : Fixtures.names()) {
            Path file = pages.resolve(name + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, Fixtures.load(name));
            // The goldens are beside the pages, as in a user's folder: no pages, skipped.
            Files.writeString(pages.resolve(name + ".json"), Fixtures.golden(name));
            expected.put(file.toUri().getPath(), expected(() -> PARSER.parse(Fixtures.load(name))));
        }
        for (String name : HTML_FIXTURES) {
            Path file = pages.resolve("html").resolve(name);
            Files.createDirectories(file.getParent());
            byte[] html = Fixtures.load(name).getBytes(StandardCharsets.UTF_8);
            Files.write(file, html);
            expected.put(
                    file.toUri().getPath(),
                    expected(() -> PARSER.parseHtml(new ByteArrayInputStream(html), null, null)));
        }
        Path broken = Files.createDirectories(pages.resolve("broken"));
        Path empty = Files.writeString(broken.resolve("empty.txt"), "", StandardCharsets.UTF_8);
        Path notUtf8 = Files.write(
                broken.resolve("latin1.txt"), "Caf\u00e9 de l'OSCE\n".getBytes(StandardCharsets.ISO_8859_1));
        String output = temp.resolve("pages.parquet").toString();

        JobSummary summary = OscePagesJob.run(
                spark, new JobOptions(pages.toString(), output, JobOptions.Format.PARQUET, PageScope.OSCE_ORG));

        List<Row> rows = spark.read().parquet(output).collectAsList();
        int pageCount = Fixtures.names().size() + HTML_FIXTURES.length;
        assertThat(rows).hasSize(pageCount + 2);
        assertThat(rows.get(0).schema()).isEqualTo(PageSchema.SCHEMA.asNullable());
        Map<String, Row> byFile = new HashMap<>();
        rows.forEach(row -> byFile.put(pathOf(row.getAs("file")), row));
        expected.forEach((file, page) -> {
            Row row = byFile.get(file);
            assertThat(row).as("the row of %s", file).isNotNull();
            assertThat(row.<String>getAs("error")).as("the error of %s", file).isNull();
            assertThat(RowJson.pageFields(row)).as("the row of %s", file).isEqualTo(page);
        });
        Row emptyRow = byFile.get(empty.toUri().getPath());
        assertThat(emptyRow.<String>getAs("error")).contains("empty");
        assertThat(emptyRow.<String>getAs("type")).isNull();
        assertThat(byFile.get(notUtf8.toUri().getPath()).<String>getAs("error"))
                .startsWith("the page text is not valid UTF-8");
        assertThat(summary.pages()).isEqualTo(pageCount);
        assertThat(summary.errors()).isEqualTo(2);
        assertThat(summary.skippedFiles()).isEqualTo(Fixtures.names().size());
    }

    @Test
    void givesEveryArchivedPageARowWithItsOriginAndStopsATruncatedArchiveWithOneErrorRow() throws IOException {
        Path archives = Files.createDirectories(temp.resolve("archives"));
        TestArchive whole = TestArchive.standard();
        Path wholeFile = whole.write(archives.resolve("a-crawl.warc.gz"));
        TestArchive cut = TestArchive.standard();
        int cutRecord = cut.recordOfPage(4);
        Path cutFile = cut.writeCutInside(archives.resolve("b-cut.warc"), cutRecord);
        String output = temp.resolve("archives.json").toString();

        JobSummary summary = OscePagesJob.run(
                spark, new JobOptions(archives.toString(), output, JobOptions.Format.JSON, PageScope.OSCE_ORG));

        List<JsonNode> records = new ArrayList<>();
        try (Stream<Path> parts = Files.list(Path.of(output))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .sorted()
                    .toList()) {
                Files.readAllLines(part).forEach(line -> records.add(MAPPER.readTree(line)));
            }
        }
        List<TestArchive.Page> wholePages =
                whole.pages().stream().filter(TestArchive.Page::osce).toList();
        List<TestArchive.Page> cutPages = cut.pages().subList(0, 4);
        assertThat(records).hasSize(wholePages.size() + cutPages.size() + 1);
        Map<String, JsonNode> byOrigin = new HashMap<>();
        records.forEach(record -> byOrigin.put(
                pathOf(record.get("file").asString()) + "@"
                        + record.get("offset").asLong(),
                record));
        assertRecords(byOrigin, wholeFile, wholePages);
        assertRecords(byOrigin, cutFile, cutPages);
        JsonNode truncation = byOrigin.get(cutFile.toUri().getPath() + "@" + cut.offsetOf(cutRecord));
        assertThat(truncation.get("error").asString()).contains("the archive ends inside this record");
        assertThat(truncation.has("type")).isFalse();
        SkippedRecords skipped = summary.skippedRecords();
        assertThat(skipped.count(SkippedRecords.Reason.OTHER_HOST)).isEqualTo(1);
        assertThat(skipped.count(SkippedRecords.Reason.NOT_A_PAGE)).isGreaterThan(whole.notPages());
        assertThat(summary.errors()).isEqualTo(2); // the page the parser rejects, and the cut
    }

    private static void assertRecords(Map<String, JsonNode> byOrigin, Path file, List<TestArchive.Page> pages) {
        for (TestArchive.Page page : pages) {
            JsonNode record = byOrigin.get(file.toUri().getPath() + "@" + page.offset());
            assertThat(record).as("the record of %s at %d", file, page.offset()).isNotNull();
            assertThat(record.get("url").asString()).isEqualTo(page.url());
            assertThat(OffsetDateTime.parse(record.get("warcDate").asString()).toInstant())
                    .isEqualTo(page.warcDate());
            Object expected = expected(() -> page.parse(PARSER));
            if (expected instanceof String error) {
                assertThat("error: " + record.get("error").asString()).isEqualTo(error);
            } else {
                assertThat(RowJson.pageFields(record)).as(page.url()).isEqualTo(expected);
            }
        }
    }

    /** The path of a file as Spark names it ({@code file:/tmp/...} or {@code file:///tmp/...}). */
    private static String pathOf(String sparkFile) {
        return java.net.URI.create(sparkFile).getPath();
    }
}
