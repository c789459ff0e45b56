package io.github.osceparser.examples.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Archives as another tool (warcio) wrote them: ARC files, a truncated record, misaligned gzip members. */
class WarcioArchivesTest {
    private static final OsceParser PARSER = OsceParser.create();

    private static List<ArchiveEntry> read(String name) throws IOException {
        return read(name, 1 << 20);
    }

    private static List<ArchiveEntry> read(String name, long maxRecordBytes) throws IOException {
        List<ArchiveEntry> entries = new ArrayList<>();
        try (InputStream in = WarcioArchivesTest.class.getResourceAsStream("/warcio/" + name);
                WarcPageReader reader = WarcPageReader.of(in, PageScope.ANY_HOST, maxRecordBytes)) {
            for (Optional<ArchiveEntry> entry = reader.next(); entry.isPresent(); entry = reader.next()) {
                entries.add(entry.get());
            }
        }
        return entries;
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.arc", "example.arc.gz", "example-wrong-chunks.warc.gz"})
    void readsThePageOfAnArchive(String name) throws IOException {
        List<ArchiveEntry> entries = read(name);

        assertThat(entries).hasSize(1).first().isInstanceOf(ArchivedPage.class);
        OscePage page = ((ArchivedPage) entries.get(0)).parse(PARSER);
        assertThat(page.title()).isEqualTo("Example Domain");
        assertThat(entries.get(0).url()).isEqualTo("http://example.com/");
    }

    @Test
    void recoversThePageOfATruncatedRecordAndSaysWhatWasDamaged() throws IOException {
        List<ArchiveEntry> entries = read("example-trunc.warc");
        List<String> damage = new ArrayList<>();

        OscePage page = ((ArchivedPage) entries.get(0)).parse(PARSER, damage::add);

        assertThat(page.title()).isEqualTo("Example Domain");
        assertThat(damage)
                .containsExactly("the record's compressed content ends early (a truncated record?): the page is"
                        + " read from the first 1270 bytes it decodes to");
        UnreadableRecord end = (UnreadableRecord) entries.get(entries.size() - 1);
        assertThat(end.endsArchive()).isTrue();
        assertThat(end.message())
                .startsWith("the archive cannot be read past byte offset 2560")
                .contains("\\x10\\xcfE\\x97hA")
                .doesNotContain("\\xffffff")
                .doesNotContain("EOFException");
    }

    @Test
    void printsTheBytesOfAParseErrorUnsigned() {
        assertThat(WarcPageReader.unsignedBytes("...\\x10\\xffffffcfE\\xffffff97h <-- HERE -->"))
                .isEqualTo("...\\x10\\xcfE\\x97h <-- HERE -->");
    }

    @Test
    void recoversARecordCutByTheEndOfTheFile() throws IOException {
        byte[] whole;
        try (InputStream in = WarcioArchivesTest.class.getResourceAsStream("/warcio/example.arc")) {
            whole = in.readAllBytes();
        }
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 200);
        List<ArchiveEntry> entries = new ArrayList<>();
        try (WarcPageReader reader =
                WarcPageReader.of(new java.io.ByteArrayInputStream(cut), PageScope.ANY_HOST, 1 << 20)) {
            for (Optional<ArchiveEntry> entry = reader.next(); entry.isPresent(); entry = reader.next()) {
                entries.add(entry.get());
            }
        }
        List<String> damage = new ArrayList<>();

        assertThat(entries).hasSize(1).first().asString().contains("ArchivedPage");
        OscePage page = ((ArchivedPage) entries.get(0)).parse(PARSER, damage::add);

        assertThat(page.title()).isEqualTo("Example Domain");
        assertThat(damage)
                .singleElement()
                .asString()
                .startsWith("the archive ends inside this record, 199 of its 1591 bytes missing");
    }

    /**
     * Found by WarcPageReaderFuzzTest: warcio's example-digest.warc (four request records) with one
     * byte more in the last record's block than its Content-Length says. jwarc then parses the four
     * records again from its buffer, at offsets 3673 to 6431 of a file of 3673 bytes, and fails at
     * 7346; the reader ends the archive where the file ends instead.
     */
    @Test
    void endsTheArchiveAtTheFilesEndWhenJwarcWouldReadRecordsPastIt() throws IOException {
        List<ArchiveEntry> entries = new ArrayList<>();
        try (InputStream in = WarcioArchivesTest.class.getResourceAsStream(
                        "/fuzz/readArchive/crash-9141f576df1941b39efe48e0ed738ecd9c26b087");
                WarcPageReader reader = WarcPageReader.of(in, PageScope.ANY_HOST, 1 << 20)) {
            for (Optional<ArchiveEntry> entry = reader.next(); entry.isPresent(); entry = reader.next()) {
                entries.add(entry.get());
            }
            // the four request records of the file, each once
            assertThat(reader.skipped().total()).isEqualTo(4);
        }

        assertThat(entries)
                .containsExactly(new UnreadableRecord(
                        3673,
                        null,
                        null,
                        "the archive cannot be read past byte offset 3673 (a truncated or damaged file?): a record"
                                + " would start at byte 3673, past the end of the file at byte 3673: the last"
                                + " record's Content-Length does not match its bytes",
                        true));
    }

    /**
     * Found by WarcPageReaderFuzzTest: warcio's records with their Content-Length headers mutated away
     * or changed, so that jwarc counts the next record's start, 8501, past the end of the 8,496-byte
     * file; the reader says reading stopped at the file's end, and drops jwarc's "(offset 8501)".
     */
    @Test
    void saysReadingStoppedAtTheFilesEndWhenRecordLengthsCountPastIt() throws IOException {
        List<ArchiveEntry> entries = new ArrayList<>();
        try (InputStream in = WarcioArchivesTest.class.getResourceAsStream(
                        "/fuzz/readArchive/crash-fcda300cca047b1c2bc5a6b13249b66f718a94ce");
                WarcPageReader reader = WarcPageReader.of(in, PageScope.ANY_HOST, 1 << 20)) {
            for (Optional<ArchiveEntry> entry = reader.next(); entry.isPresent(); entry = reader.next()) {
                entries.add(entry.get());
            }
        }

        assertThat(entries).singleElement().isInstanceOfSatisfying(UnreadableRecord.class, end -> {
            assertThat(end.offset()).isEqualTo(8496);
            assertThat(end.endsArchive()).isTrue();
            assertThat(end.message())
                    .startsWith("the archive cannot be read past byte offset 8496 (a truncated or damaged file?):"
                            + " invalid WARC record at position 0: ")
                    .doesNotContain("8501");
        });
    }

    /**
     * example.warc, uncompressed: two warcinfo records (0, 488), the response of example.com at byte
     * 1197 whose block is 975 bytes (its Content-Length), a request, a revisit and a request. An
     * uncompressed record's offset is where its "WARC/1.0" line starts.
     */
    @Test
    void givesTheResponseOfAnUncompressedArchiveAtItsOffset() throws IOException {
        List<ArchiveEntry> entries = read("example.warc");

        assertThat(entries).singleElement().isInstanceOfSatisfying(ArchivedPage.class, page -> {
            assertThat(page.offset()).isEqualTo(1197);
            assertThat(page.size()).isEqualTo(975);
            assertThat(page.url()).isEqualTo("http://example.com/");
        });
    }

    /** The limit is the largest record read: one of exactly 975 bytes is read, with 974 it is refused. */
    @Test
    void readsARecordOfExactlyTheLimitAndRefusesOneByteMore() throws IOException {
        assertThat(read("example.warc", 975)).singleElement().isInstanceOf(ArchivedPage.class);

        assertThat(read("example.warc", 974))
                .containsExactly(new UnreadableRecord(
                        1197,
                        "http://example.com/",
                        java.time.Instant.parse("2017-03-06T04:02:06Z"),
                        "the record has 975 bytes, more than the limit of 974",
                        false));
    }

    /** A limit of one byte is a limit (every page refused); zero is a mistake of the caller. */
    @Test
    void acceptsALimitOfOneByteAndRejectsZero() throws IOException {
        assertThat(read("example.warc", 1))
                .singleElement()
                .isInstanceOfSatisfying(
                        UnreadableRecord.class,
                        refused -> assertThat(refused.message())
                                .isEqualTo("the record has 975 bytes, more than the limit of 1"));
        assertThatThrownBy(() -> read("example.warc", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxRecordBytes must be positive, was 0");
    }

    /** Nothing skipped says so without an empty list of reasons. */
    @Test
    void summarisesNoSkippedRecordWithoutReasons() {
        SkippedRecords none = new SkippedRecords();
        none.add(SkippedRecords.Reason.NOT_A_PAGE, 0);

        assertThat(none.summary()).isEqualTo("0 archive records skipped");
        assertThat(none.total()).isZero();
    }
}
