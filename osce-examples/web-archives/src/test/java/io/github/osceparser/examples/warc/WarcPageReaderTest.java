package io.github.osceparser.examples.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.osceparser.examples.warc.SkippedRecords.Reason;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceParseException;
import io.github.osceparser.parser.OsceParser;
import io.github.osceparser.parser.fixtures.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link WarcPageReader} on archives the tests write with jwarc, compressed and not. */
class WarcPageReaderTest {
    private static final OsceParser PARSER = OsceParser.create();
    private static final long LIMIT = PARSER.maxInputLength();

    @TempDir
    Path temp;

    private static List<ArchiveEntry> readAll(Path file, PageScope scope, SkippedRecords skipped) throws IOException {
        List<ArchiveEntry> entries = new ArrayList<>();
        try (WarcPageReader reader = WarcPageReader.of(Files.newInputStream(file), scope, LIMIT)) {
            for (Optional<ArchiveEntry> entry; (entry = reader.next()).isPresent(); ) {
                entries.add(entry.get());
            }
            if (skipped != null) {
                skipped.addAll(reader.skipped());
            }
        }
        return entries;
    }

    /** The page, or the parser's message when it rejects the page. */
    private static Object outcome(ThrowingParse parse) {
        try {
            return parse.run();
        } catch (OsceParseException e) {
            return "rejected: " + e.getMessage();
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    private interface ThrowingParse {
        OscePage run() throws IOException;
    }

    @ParameterizedTest
    @ValueSource(strings = {"crawl.warc", "crawl.warc.gz"})
    void givesEveryOsceOrgPageInFileOrderWithItsOffsetAddressAndCaptureTime(String name) throws IOException {
        TestArchive archive = TestArchive.standard();
        Path file = archive.write(temp.resolve(name));
        List<TestArchive.Page> expected =
                archive.pages().stream().filter(TestArchive.Page::osce).toList();

        List<ArchiveEntry> entries = readAll(file, PageScope.OSCE_ORG, null);

        assertThat(entries).hasSameSizeAs(expected).allMatch(entry -> entry instanceof ArchivedPage);
        for (int i = 0; i < entries.size(); i++) {
            ArchivedPage page = (ArchivedPage) entries.get(i);
            TestArchive.Page written = expected.get(i);
            assertThat(page.offset()).as("offset of %s", written.url()).isEqualTo(written.offset());
            assertThat(page.url()).isEqualTo(written.url());
            assertThat(page.warcDate()).isEqualTo(written.warcDate());
            assertThat(outcome(() -> page.parse(PARSER)))
                    .as("the page at %s", written.url())
                    .isEqualTo(outcome(() -> written.parse(PARSER)));
        }
    }

    @Test
    void decodesGzipDeflateAndChunkedPayloadsIntoTheSamePagesAsTheirHtml() throws IOException {
        TestArchive archive = new TestArchive();
        String html = Fixtures.load("en/field-of-work-policing.html");
        for (TestArchive.Encoding encoding : TestArchive.Encoding.values()) {
            archive.htmlResponse("https://www.osce.org/policing/" + encoding, html, encoding);
        }
        Path file = archive.write(temp.resolve("encodings.warc"));

        List<ArchiveEntry> entries = readAll(file, PageScope.OSCE_ORG, null);

        assertThat(entries).hasSize(4);
        for (ArchiveEntry entry : entries) {
            assertThat(((ArchivedPage) entry).parse(PARSER))
                    .as(entry.url())
                    .isEqualTo(PARSER.parseHtml(html, entry.url()));
        }
        assertThat(((ArchivedPage) entries.get(0)).parse(PARSER).title()).isEqualTo("Policing");
    }

    @Test
    void readsAWindows1252PageInTheCharsetOfTheHttpHeaderElseOfItsMetaTag() throws IOException {
        String html = Fixtures.load("en/press-release-2010-police-experts-meeting.html");
        TestArchive archive = new TestArchive()
                .windows1252Page("https://www.osce.org/header", html, true)
                .windows1252Page("https://www.osce.org/meta", html, false);
        Path file = archive.write(temp.resolve("cp1252.warc.gz"));

        List<ArchiveEntry> entries = readAll(file, PageScope.OSCE_ORG, null);

        assertThat(entries).hasSize(2);
        for (ArchiveEntry entry : entries) {
            assertThat(((ArchivedPage) entry).parse(PARSER).title())
                    .as(entry.url())
                    .startsWith(
                            "OSCE Annual Police Experts Meeting discusses \u201cCaf\u00e9\u201d \u2013 \u20ac5 and");
        }
    }

    @Test
    void skipsRecordsThatAreNoPagesAndPagesOfOtherHostsAndCountsThem() throws IOException {
        TestArchive archive = TestArchive.standard();
        Path file = archive.write(temp.resolve("crawl.warc"));
        SkippedRecords skipped = new SkippedRecords();

        readAll(file, PageScope.OSCE_ORG, skipped);

        assertThat(archive.notPages()).isEqualTo(10);
        assertThat(skipped.count(Reason.NOT_A_PAGE)).isEqualTo(archive.notPages());
        assertThat(skipped.count(Reason.OTHER_HOST))
                .isEqualTo(archive.otherHosts())
                .isEqualTo(1);
        assertThat(skipped.summary()).isEqualTo("11 archive records skipped (10 not pages, 1 other host)");
    }

    @Test
    void givesThePagesOfEveryHostWhenAskedTo() throws IOException {
        TestArchive archive = TestArchive.standard();
        Path file = archive.write(temp.resolve("crawl.warc"));
        SkippedRecords skipped = new SkippedRecords();

        List<ArchiveEntry> entries = readAll(file, PageScope.ANY_HOST, skipped);

        assertThat(entries)
                .extracting(ArchiveEntry::url)
                .isEqualTo(archive.pages().stream().map(TestArchive.Page::url).toList())
                .contains("https://www.example.org/news/osce-policing");
        assertThat(skipped.count(Reason.OTHER_HOST)).isZero();
    }

    @Test
    void givesTheParsersRejectionOfAPageAndGoesOn() throws IOException {
        TestArchive archive = TestArchive.standard();
        Path file = archive.write(temp.resolve("crawl.warc.gz"));

        List<ArchiveEntry> entries = readAll(file, PageScope.OSCE_ORG, null);

        ArchivedPage empty = (ArchivedPage) entries.get(entries.size() - 1);
        assertThat(empty.url()).isEqualTo("https://www.osce.org/empty");
        assertThatThrownBy(() -> empty.parse(PARSER)).isInstanceOf(OsceParseException.class);
        assertThat(entries.subList(0, entries.size() - 1))
                .allSatisfy(entry ->
                        assertThat(((ArchivedPage) entry).parse(PARSER)).isNotNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cut.warc", "cut.warc.gz"})
    void givesEveryRecordBeforeTheCutOfATruncatedArchiveThenThePartItHolds(String name) throws IOException {
        TestArchive archive = TestArchive.standard();
        int cutRecord = archive.recordOfPage(2); // the chunked news item
        Path file = archive.writeCutInside(temp.resolve(name), cutRecord);

        List<ArchiveEntry> entries = readAll(file, PageScope.OSCE_ORG, null);

        assertThat(entries).hasSize(3);
        assertThat(entries.subList(0, 2))
                .extracting(ArchiveEntry::url)
                .containsExactly("https://www.osce.org/secretariat/69402", "https://www.osce.org/policing");
        // The cut record comes out with the bytes it has, as warcio reads it, and says it was cut.
        ArchiveEntry cut = entries.get(2);
        assertThat(cut.offset()).isEqualTo(archive.offsetOf(cutRecord));
        if (cut instanceof ArchivedPage page) {
            List<String> damage = new ArrayList<>();
            catchThrowable(() -> page.parse(PARSER, damage::add));
            assertThat(damage).first().asString().startsWith("the archive ends inside this record");
        } else {
            UnreadableRecord unreadable = (UnreadableRecord) cut;
            assertThat(unreadable.endsArchive()).isTrue();
            assertThat(unreadable.message())
                    .startsWith("the archive cannot be read past byte offset " + archive.offsetOf(cutRecord));
        }
        if (name.endsWith(".warc")) {
            // Uncompressed, the record's header is whole: the cut is inside its body.
            assertThat(cut.url()).isEqualTo("https://www.osce.org/secretariat/news/policing-experts");
            assertThat(cut).isInstanceOf(ArchivedPage.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cut.warc", "cut.warc.gz"})
    void findsACutInsideARecordThatIsNoPage(String name) throws IOException {
        TestArchive archive = TestArchive.standard();
        Path file = archive.writeCutInside(temp.resolve(name), 4); // the image

        List<ArchiveEntry> entries = readAll(file, PageScope.OSCE_ORG, null);

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).url()).isEqualTo("https://www.osce.org/secretariat/69402");
        assertThat(((UnreadableRecord) entries.get(1)).endsArchive()).isTrue();
        assertThat(entries.get(1).offset()).isEqualTo(archive.offsetOf(4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"short.warc", "short.warc.gz"})
    void endsQuietlyWhenTheFileEndsBetweenTwoRecords(String name) throws IOException {
        TestArchive archive = TestArchive.standard();
        Path file = archive.write(temp.resolve(name));
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, (int) archive.offsetOf(5)));

        List<ArchiveEntry> entries = readAll(file, PageScope.OSCE_ORG, null);

        assertThat(entries).hasSize(1).allMatch(entry -> entry instanceof ArchivedPage);
    }

    @Test
    void givesOneErrorForAFileThatIsNoWarc() throws IOException {
        Path file = temp.resolve("page.warc");
        Files.writeString(file, Fixtures.load("en/field-of-work-policing.html"));

        List<ArchiveEntry> entries = readAll(file, PageScope.OSCE_ORG, null);

        assertThat(entries).hasSize(1);
        UnreadableRecord error = (UnreadableRecord) entries.get(0);
        assertThat(error.endsArchive()).isTrue();
        assertThat(error.offset()).isZero();
        assertThat(error.url()).isNull();
    }

    @Test
    void givesAnEmptyArchiveNoEntries() throws IOException {
        Path file = Files.write(temp.resolve("empty.warc.gz"), new byte[0]);

        assertThat(readAll(file, PageScope.OSCE_ORG, null)).isEmpty();
    }

    /**
     * Found by WarcPageReaderFuzzTest ({@code src/test/resources/fuzz/readArchive/crash-4a0a1921...}):
     * jwarc reads a file's first bytes to tell its compression, and threw {@code EOFException} for a
     * file of one byte, which the command line then reported as "java.io.EOFException".
     */
    @Test
    void givesAnArchiveOfOneByteOneUnreadableRecord() throws IOException {
        Path file = Files.write(temp.resolve("one-byte.warc"), new byte[] {'f'});

        assertThat(readAll(file, PageScope.OSCE_ORG, null))
                .containsExactly(new UnreadableRecord(
                        0,
                        null,
                        null,
                        "the archive cannot be read past byte offset 0 (a truncated or damaged file?): it ends in"
                                + " the middle of a record (the file holds 1 byte, too few for a record)",
                        true));
    }

    /**
     * A text resource without a charset is read as the parser reads bytes (strict UTF-8); one that
     * names ISO-8859-1 is decoded in it, so "Café" in one byte 0xE9 is the same page as the string.
     */
    @Test
    void readsPageTextInTheCharsetItsResourceNamesElseAsUtf8() throws IOException {
        String utf8 = Fixtures.load("en/press-release-2016-un-chiefs-of-police");
        String latin1 = "Caf\u00e9 of the OSCE\n\nThe OSCE met in the Caf\u00e9 Landtmann in Vienna today.\n";
        Path file = new TestArchive()
                .otherResource("https://www.osce.org/a.txt", "text/plain", utf8.getBytes(StandardCharsets.UTF_8))
                .otherResource(
                        "https://www.osce.org/b.txt",
                        "text/plain; charset=ISO-8859-1",
                        latin1.getBytes(StandardCharsets.ISO_8859_1))
                .write(temp.resolve("text.warc"));

        List<ArchiveEntry> entries = readAll(file, PageScope.OSCE_ORG, null);

        assertThat(entries).hasSize(2);
        assertThat(((ArchivedPage) entries.get(0)).parse(PARSER)).isEqualTo(PARSER.parse(utf8));
        assertThat(((ArchivedPage) entries.get(1)).parse(PARSER)).isEqualTo(PARSER.parse(latin1));
    }

    @Test
    void refusesARecordOverTheLimitAndReadsOn() throws IOException {
        String html = Fixtures.load("en/field-of-work-policing.html");
        TestArchive archive = new TestArchive()
                .htmlResponse(
                        "https://www.osce.org/big",
                        html + "<!--" + "x".repeat(5000) + "-->",
                        TestArchive.Encoding.PLAIN)
                .htmlResponse("https://www.osce.org/small", html, TestArchive.Encoding.PLAIN);
        Path file = archive.write(temp.resolve("limit.warc.gz"));
        List<ArchiveEntry> entries = new ArrayList<>();
        long limit = html.getBytes(StandardCharsets.UTF_8).length + 1000;

        try (WarcPageReader reader = WarcPageReader.of(Files.newInputStream(file), PageScope.OSCE_ORG, limit)) {
            for (Optional<ArchiveEntry> entry; (entry = reader.next()).isPresent(); ) {
                entries.add(entry.get());
            }
        }

        assertThat(entries).hasSize(2);
        UnreadableRecord big = (UnreadableRecord) entries.get(0);
        assertThat(big.endsArchive()).isFalse();
        assertThat(big.url()).isEqualTo("https://www.osce.org/big");
        assertThat(big.message()).contains("more than the limit of " + limit);
        assertThat(((ArchivedPage) entries.get(1)).parse(PARSER).title()).isEqualTo("Policing");
    }

    @Test
    void saysWhichContentEncodingItCannotDecode() throws IOException {
        Path file = temp.resolve("brotli.warc");
        byte[] body = "not really brotli".getBytes(StandardCharsets.US_ASCII);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\n";
        try (var writer = new org.netpreserve.jwarc.WarcWriter(Files.newOutputStream(file))) {
            byte[] message = (http + new String(body, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);
            writer.write(new org.netpreserve.jwarc.WarcResponse.Builder("https://www.osce.org/br")
                    .body(org.netpreserve.jwarc.MediaType.HTTP_RESPONSE, message)
                    .build());
        }

        ArchivedPage page =
                (ArchivedPage) readAll(file, PageScope.OSCE_ORG, null).get(0);

        Throwable thrown = catchThrowable(() -> page.parse(PARSER));
        assertThat(thrown).isInstanceOf(IOException.class).hasMessageContaining("Content-Encoding 'br'");
    }
}
