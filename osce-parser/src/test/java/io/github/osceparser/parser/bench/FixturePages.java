package io.github.osceparser.parser.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fixture pages the benchmarks run on: every {@code pages/**}{@code /*.txt} (or {@code .html})
 * on the test class path, found when the benchmark starts, so pages added to the fixtures are
 * measured without touching the benchmarks.
 *
 * @param files the page files, sorted by path
 * @param texts the pages' text, in the same order
 * @param bytes the pages' total size in bytes (UTF-8, as stored)
 */
record FixturePages(List<Path> files, List<String> texts, long bytes) {

    FixturePages {
        files = List.copyOf(files);
        texts = List.copyOf(texts);
    }

    /** The pages whose file name ends with the suffix (".txt", ".html"). */
    static FixturePages load(String suffix) {
        List<Path> files = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(root())) {
            for (Path file : walk.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList()) {
                byte[] content = Files.readAllBytes(file);
                files.add(file);
                texts.add(new String(content, StandardCharsets.UTF_8));
                bytes += content.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FixturePages(files, texts, bytes);
    }

    /** The page whose path ends with the name ("en/press-release-2010-police-experts-meeting.txt"). */
    static String page(String name) {
        FixturePages all = load(name.substring(name.lastIndexOf('.')));
        for (int i = 0; i < all.files.size(); i++) {
            if (all.files.get(i).endsWith(name)) {
                return all.texts.get(i);
            }
        }
        throw new IllegalStateException("no fixture page " + name + " under " + root());
    }

    int count() {
        return texts.size();
    }

    private static Path root() {
        URL url = FixturePages.class.getResource("/pages");
        if (url == null) {
            throw new IllegalStateException("no pages/ folder on the class path: run from the test class path");
        }
        try {
            // The benchmarks run from target/.../test-classes, a folder, never from a jar.
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
