package io.github.osceparser.examples.warc;

import io.github.osceparser.parser.fixtures.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes large inputs for measurements, not for tests: many page files, or a big web archive, made
 * of the fixture pages. Run from the repository's root:
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl osce-examples exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.osceparser.examples.warc.SampleCrawl -Dexec.args="pages /tmp/pages 20000"
 * ./mvnw ... -Dexec.args="warc /tmp/crawl.warc.gz 1024"
 * </pre>
 *
 * <p>{@code pages FOLDER N} writes N page files, the fixture pages (text and HTML) in turn, 1,000
 * to a folder. {@code warc FILE MEGABYTES} writes an archive of about that size, compressed when the
 * name ends in {@code .gz}, as a crawl of osce.org looks: each HTML page followed by three images
 * of 100 kB (random bytes, which no compression shrinks).
 */
public final class SampleCrawl {
    private SampleCrawl() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !(args[0].equals("pages") || args[0].equals("warc"))) {
            System.err.println("usage: SampleCrawl pages FOLDER N | warc FILE MEGABYTES");
            System.exit(2);
        }
        if (args[0].equals("pages")) {
            writePages(Path.of(args[1]), Integer.parseInt(args[2]));
        } else {
            writeArchive(Path.of(args[1]), Long.parseLong(args[2]) * 1024 * 1024);
        }
    }

    private static List<String[]> fixturePages() {
        List<String[]> pages = new ArrayList<>();
        for (String name : Fixtures.names()) {
            pages.add(new String[] {name + ".txt", Fixtures.load(name)});
        }
        for (String name : htmlNames()) {
            pages.add(new String[] {name, Fixtures.load(name)});
        }
        return pages;
    }

    private static List<String> htmlNames() {
        return List.of(
                "en/field-of-work-policing.html",
                "en/news-item-2013-policing-experts.html",
                "en/press-release-2010-police-experts-meeting.html",
                "en/press-release-2016-un-chiefs-of-police.html",
                "it/field-of-work-ordine-pubblico.html");
    }

    private static void writePages(Path folder, int count) throws IOException {
        List<String[]> pages = fixturePages();
        for (int i = 0; i < count; i++) {
            String[] page = pages.get(i % pages.size());
            String name = page[0].replace('/', '-');
            Path file = folder.resolve(String.format("%03d/%06d-%s", i / 1000, i, name));
            Files.createDirectories(file.getParent());
            Files.writeString(file, page[1], StandardCharsets.UTF_8);
        }
        System.err.println("wrote " + count + " pages under " + folder);
    }

    private static void writeArchive(Path file, long bytes) throws IOException {
        List<String> html = htmlNames().stream().map(Fixtures::load).toList();
        Random random = new Random(42);
        byte[] image = new byte[100 * 1024];
        Instant date = Instant.parse("2024-03-01T00:00:00Z");
        int pages = 0;
        try (OutputStream out = Files.newOutputStream(file);
                WarcWriter writer = new WarcWriter(
                        Channels.newChannel(out),
                        file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE)) {
            while (writer.position() < bytes) {
                String url = "https://www.osce.org/sample/" + pages;
                byte[] body = html.get(pages % html.size()).getBytes(StandardCharsets.UTF_8);
                writer.write(response(url, date, "text/html; charset=utf-8", body));
                for (int i = 0; i < 3; i++) {
                    random.nextBytes(image);
                    writer.write(response(url + "/photo-" + i + ".jpg", date, "image/jpeg", image));
                }
                date = date.plusSeconds(1);
                pages++;
            }
        }
        System.err.println(
                "wrote " + pages + " pages and " + 3 * pages + " images, " + Files.size(file) + " bytes, to " + file);
    }

    private static WarcResponse response(String url, Instant date, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse(type), body)
                .build();
        return new WarcResponse.Builder(URI.create(url)).date(date).body(http).build();
    }
}
