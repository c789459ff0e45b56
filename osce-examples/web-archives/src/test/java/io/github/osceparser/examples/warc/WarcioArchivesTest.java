package io.github.osceparser.examples.warc;

import static org.assertj.core.api.Assertions.assertThat;

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
        List<ArchiveEntry> entries = new ArrayList<>();
        try (InputStream in = WarcioArchivesTest.class.getResourceAsStream("/warcio/" + name);
                WarcPageReader reader = WarcPageReader.of(in, PageScope.ANY_HOST, 1 << 20)) {
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
}
