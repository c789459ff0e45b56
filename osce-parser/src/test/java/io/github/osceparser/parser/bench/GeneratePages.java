package io.github.osceparser.parser.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a folder of page files for measuring the command line over many pages: the fixture pages,
 * copied in turn until there are as many as asked for, each under its own name. It needs only the
 * JDK, so it runs as a source file:
 *
 * <pre>
 * java osce-parser/src/test/java/io/github/osceparser/parser/bench/GeneratePages.java \
 *     osce-parser/src/test/resources/pages target/pages-20k 20000
 * </pre>
 */
public final class GeneratePages {
    private GeneratePages() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GeneratePages FIXTURE_DIR OUTPUT_DIR COUNT");
            System.exit(2);
        }
        Path fixtures = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(fixtures)) {
            pages = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no .txt pages under " + fixtures);
        }
        // A thousand files a folder, as crawls store them; one folder of 100,000 files is slow to list.
        for (int i = 0; i < count; i++) {
            Path page = pages.get(i % pages.size());
            Path target = output.resolve(String.format("%03d", i / 1000)).resolve(i + "-" + page.getFileName());
            Files.createDirectories(target.getParent());
            Files.copy(page, target);
        }
        System.out.println(count + " pages from " + pages.size() + " fixtures in " + output);
    }
}
