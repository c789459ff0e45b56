package io.github.osceparser.parser.reliability;

import io.github.osceparser.parser.OsceJson;
import io.github.osceparser.parser.OsceParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints the JSON record of every fixture page under the given folders, one line per page in path
 * order: what {@link DeterminismTest} compares across JVMs. Run with {@code java -cp ... DeterminismProbe
 * folder...}.
 */
public final class DeterminismProbe {
    private DeterminismProbe() {}

    public static void main(String[] folders) throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.print(records(folders));
        out.flush();
    }

    /**
     * Pages whose record once depended on the JVM run: the role before a name followed the first
     * verb of speech met while iterating a hash set (issue 14).
     */
    static final List<String> PAGES_ONCE_UNSTABLE = List.of("OSCE experts meet in Vienna\n"
            + "VIENNA, 3 June 2016 – Participants said the talks stressed the Head of the Unit, Guy Vinet."
            + " “We will meet again next year,” he said.\n");

    /** Every page's record, each line "path TAB json", in path order, after the pages once unstable. */
    static String records(String... folders) throws IOException {
        OsceParser parser = OsceParser.create();
        OsceJson json = OsceJson.create();
        StringBuilder records = new StringBuilder();
        for (String page : PAGES_ONCE_UNSTABLE) {
            records.append("inline\t").append(json.toJson(parser.parse(page))).append('\n');
        }
        for (String folder : folders) {
            Path root = Path.of(folder);
            List<Path> pages;
            try (Stream<Path> files = Files.walk(root)) {
                pages = files.filter(p ->
                                p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
                        .sorted()
                        .toList();
            }
            for (Path page : pages) {
                String record;
                try {
                    if (page.toString().endsWith(".html")) {
                        try (InputStream in = Files.newInputStream(page)) {
                            record = json.toJson(parser.parseHtml(in, null, "https://www.osce.org/fixtures/page"));
                        }
                    } else {
                        record = json.toJson(parser.parse(page));
                    }
                } catch (RuntimeException e) {
                    record = "error: " + e.getMessage();
                }
                records.append(root.relativize(page))
                        .append('\t')
                        .append(record)
                        .append('\n');
            }
        }
        return records.toString();
    }
}
