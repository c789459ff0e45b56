package io.github.osceparser.examples.warc;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceJson;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.OsceParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz target of the web archive reader: any bytes, read as a WARC or ARC file (compressed or
 * not), give page and unreadable-record entries, never an exception, and end; each page then gives
 * a record or the exceptions {@link ArchivedPage#parse(OsceParser)} declares ({@link IOException}
 * for a broken HTTP message, content coding or charset, {@link OsceParseException} for a page the
 * parser refuses), nothing else.
 *
 * <p>An ordinary test run replays the seeds: the archives of warcio's tests ({@code
 * src/test/resources/warcio/}) and every saved finding under {@code src/test/resources/fuzz/readArchive/},
 * which the build copies to where Jazzer looks for them; {@link #theTestArchiveWholeAndCutKeepsTheProperty}
 * adds the module's own {@link TestArchive}. With {@code JAZZER_FUZZ=1} the target fuzzes for real
 * (README, "Fuzzing").
 */
class WarcPageReaderFuzzTest {
    private static final OsceParser PARSER = OsceParser.create();
    private static final OsceJson JSON = OsceJson.create();
    /** Small, so that a record's length field can claim more than the limit without the fuzzer writing it. */
    private static final int MAX_RECORD_BYTES = 1 << 20;

    @FuzzTest(maxDuration = "5m")
    void readArchive(byte[] input) throws IOException {
        assertReadsEntriesThatParseOrFailAsDeclared(input);
        // The gzip paths (members, the reader's detection of compression) for any content, not only
        // for the few inputs that happen to be a well-formed gzip stream.
        if (!(input.length >= 2 && input[0] == (byte) 0x1f && input[1] == (byte) 0x8b)) {
            assertReadsEntriesThatParseOrFailAsDeclared(gzip(input));
        }
    }

    /** The module's archive of osce.org pages, whole and cut at 12 places, as the target sees it. */
    @Test
    void theTestArchiveWholeAndCutKeepsTheProperty(@TempDir Path folder) throws IOException {
        for (String name : List.of("test.warc", "test.warc.gz")) {
            TestArchive archive = TestArchive.standard();
            byte[] whole = Files.readAllBytes(archive.write(folder.resolve(name)));
            // every page record gives its page but the one of only a menu and a footer, which the parser refuses
            assertThat(assertReadsEntriesThatParseOrFailAsDeclared(whole))
                    .as("pages of %s", name)
                    .isEqualTo(archive.pages().size() - 1);
            for (int cut = 1; cut <= 12; cut++) {
                assertReadsEntriesThatParseOrFailAsDeclared(
                        Arrays.copyOf(whole, (int) ((long) whole.length * cut / 13)));
            }
        }
    }

    /**
     * Reads every entry of the archive and parses every page.
     *
     * @return how many pages gave a record
     */
    private static int assertReadsEntriesThatParseOrFailAsDeclared(byte[] archive) throws IOException {
        List<ArchiveEntry> entries = new ArrayList<>();
        try (WarcPageReader reader =
                WarcPageReader.of(new ByteArrayInputStream(archive), PageScope.ANY_HOST, MAX_RECORD_BYTES)) {
            for (Optional<ArchiveEntry> entry = reader.next(); entry.isPresent(); entry = reader.next()) {
                entries.add(entry.get());
                // Every entry but the one that ends the archive consumes at least one byte of it.
                assertThat(entries)
                        .as("entries of %d bytes", archive.length)
                        .hasSizeLessThanOrEqualTo(archive.length + 1);
            }
            assertThat(reader.next()).as("after the end").isEmpty();
        }
        int parsed = 0;
        long previousOffset = 0;
        for (int i = 0; i < entries.size(); i++) {
            ArchiveEntry entry = entries.get(i);
            assertThat(entry.offset()).as("offset of entry %d", i).isBetween(previousOffset, (long) archive.length);
            previousOffset = entry.offset();
            if (entry instanceof UnreadableRecord unreadable) {
                assertThat(unreadable.message()).as("message of entry %d", i).isNotBlank();
                if (unreadable.endsArchive()) {
                    assertThat(i)
                            .as("an entry that ends the archive is the last")
                            .isEqualTo(entries.size() - 1);
                }
            } else if (parses((ArchivedPage) entry)) {
                parsed++;
            }
        }
        return parsed;
    }

    /** Whether the page gave a record; false for the exceptions {@link ArchivedPage#parse} declares. */
    private static boolean parses(ArchivedPage page) {
        assertThat(page.size()).isLessThanOrEqualTo(MAX_RECORD_BYTES);
        List<String> damage = new ArrayList<>();
        OscePage parsed;
        try {
            parsed = page.parse(PARSER, damage::add);
        } catch (IOException | OsceParseException expected) {
            return false;
        }
        assertThat(damage).allSatisfy(message -> assertThat(message).isNotBlank());
        assertThat(JSON.fromJson(JSON.toJson(parsed)))
                .as("the page's JSON round trip")
                .isEqualTo(parsed);
        return true;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }
}
