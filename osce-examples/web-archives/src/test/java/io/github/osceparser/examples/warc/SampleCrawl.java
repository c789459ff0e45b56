package io.github.osceparser.examples.warc;

import io.github.osceparser.parser.fixtures.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes large inputs for measurements and load runs, not for tests: many page files, or a big web
 * archive, made of the fixture pages, varied. Run from the repository's root:
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl osce-examples/web-archives exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.osceparser.examples.warc.SampleCrawl -Dexec.args="pages /tmp/pages 20000"
 * ./mvnw ... -Dexec.args="warc /tmp/crawl.warc.gz 1024"
 * </pre>
 *
 * <p>The pages are every fixture page, text and HTML, of {@code osce-parser/src/test/resources/pages*}
 * (the broken HTML too) when run from the repository's root, else those of the library's test jar;
 * page {@code i} is fixture {@code i} in turn, varied by a {@code Random} seeded with {@code i}, so a
 * run writes the same bytes every time: as saved, with CRLF line ends, with a byte-order mark, cut
 * at a random line, with a random line printed twice, or with a random line left out.
 *
 * <p>{@code pages FOLDER N} writes N page files, 1,000 to a folder. {@code warc FILE MEGABYTES
 * [IMAGES]} writes an archive of about that size, compressed when the name ends in {@code .gz}, as a
 * crawl of osce.org looks: each page (HTML as an HTTP response, text as a {@code text/plain}
 * resource) followed by IMAGES images of 100 kB (random bytes, which no compression shrinks; 3 when
 * not given).
 */
public final class SampleCrawl {
    private static final Path FIXTURE_FOLDERS = Path.of("osce-parser/src/test/resources");

    private SampleCrawl() {}

    public static void main(String[] args) throws IOException {
        boolean pages = args.length == 3 && args[0].equals("pages");
        boolean warc = (args.length == 3 || args.length == 4) && args[0].equals("warc");
        if (!pages && !warc) {
            System.err.println("usage: SampleCrawl pages FOLDER N | warc FILE MEGABYTES [IMAGES]");
            System.exit(2);
        }
        if (pages) {
            writePages(Path.of(args[1]), Integer.parseInt(args[2]));
        } else {
            writeArchive(
                    Path.of(args[1]),
                    Long.parseLong(args[2]) * 1024 * 1024,
                    args.length == 4 ? Integer.parseInt(args[3]) : 3);
        }
    }

    /**
     * A fixture page: its name (with its extension) and its bytes as ISO-8859-1 characters, one per
     * byte, so that the broken pages (Windows-1252, invalid UTF-8) are written as saved.
     */
    private record Fixture(String name, String content) {
        static Fixture ofUtf8(String name, String text) {
            return new Fixture(name, new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        }

        byte[] bytes() {
            return content.getBytes(StandardCharsets.ISO_8859_1);
        }

        boolean html() {
            return name.endsWith(".html");
        }
    }

    private static List<Fixture> fixturePages() {
        List<Fixture> pages = new ArrayList<>();
        if (Files.isDirectory(FIXTURE_FOLDERS)) {
            try (Stream<Path> files = Files.walk(FIXTURE_FOLDERS)) {
                for (Path file : files.sorted().toList()) {
                    String name = FIXTURE_FOLDERS.relativize(file).toString().replace('\\', '/');
                    if (name.startsWith("pages") && (name.endsWith(".txt") || name.endsWith(".html"))) {
                        pages.add(new Fixture(name, Files.readString(file, StandardCharsets.ISO_8859_1)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return pages;
        }
        for (String name : Fixtures.names()) {
            pages.add(Fixture.ofUtf8(name + ".txt", Fixtures.load(name)));
        }
        for (String name : List.of(
                "en/field-of-work-policing.html",
                "en/news-item-2013-policing-experts.html",
                "en/press-release-2010-police-experts-meeting.html",
                "en/press-release-2016-un-chiefs-of-police.html",
                "it/field-of-work-ordine-pubblico.html")) {
            pages.add(Fixture.ofUtf8(name, Fixtures.load(name)));
        }
        return pages;
    }

    /** Page {@code i}: fixture {@code i} in turn, varied as the class comment says. */
    private static Fixture page(List<Fixture> fixtures, int i) {
        Fixture fixture = fixtures.get(i % fixtures.size());
        Random random = new Random(i);
        String content = fixture.content();
        List<String> lines = new ArrayList<>(List.of(content.split("\n", -1)));
        int line = random.nextInt(lines.size());
        String varied = switch (random.nextInt(6)) {
            case 1 -> content.replace("\n", "\r\n");
            case 2 -> "\uFEFF" + content;
            case 3 -> String.join("\n", lines.subList(0, Math.max(1, line)));
            case 4 -> {
                lines.add(line, lines.get(line));
                yield String.join("\n", lines);
            }
            case 5 -> {
                lines.remove(line);
                yield String.join("\n", lines);
            }
            default -> content;
        };
        return new Fixture(fixture.name(), varied);
    }

    private static void writePages(Path folder, int count) throws IOException {
        List<Fixture> fixtures = fixturePages();
        for (int i = 0; i < count; i++) {
            Fixture page = page(fixtures, i);
            Path file = folder.resolve(
                    String.format("%03d/%06d-%s", i / 1000, i, page.name().replace('/', '-')));
            Files.createDirectories(file.getParent());
            Files.write(file, page.bytes());
        }
        System.err.println("wrote " + count + " pages of " + fixtures.size() + " fixtures under " + folder);
    }

    private static void writeArchive(Path file, long bytes, int imagesPerPage) throws IOException {
        List<Fixture> fixtures = fixturePages();
        Random random = new Random(42);
        byte[] image = new byte[100 * 1024];
        Instant date = Instant.parse("2024-03-01T00:00:00Z");
        int pages = 0;
        try (OutputStream out = Files.newOutputStream(file);
                WarcWriter writer = new WarcWriter(
                        Channels.newChannel(out),
                        file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE)) {
            while (writer.position() < bytes) {
                Fixture page = page(fixtures, pages);
                String url = "https://www.osce.org/sample/" + pages;
                byte[] body = page.bytes();
                if (page.html()) {
                    writer.write(response(url, date, "text/html; charset=utf-8", body));
                } else {
                    writer.write(new WarcResource.Builder(URI.create(url + ".txt"))
                            .date(date)
                            .body(MediaType.parse("text/plain; charset=utf-8"), body)
                            .build());
                }
                for (int i = 0; i < imagesPerPage; i++) {
                    random.nextBytes(image);
                    writer.write(response(url + "/photo-" + i + ".jpg", date, "image/jpeg", image));
                }
                date = date.plusSeconds(1);
                pages++;
            }
        }
        System.err.println("wrote " + pages + " pages and " + (long) imagesPerPage * pages + " images, "
                + Files.size(file) + " bytes, to " + file);
    }

    private static WarcResponse response(String url, Instant date, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse(type), body)
                .build();
        return new WarcResponse.Builder(URI.create(url)).date(date).body(http).build();
    }
}
