package io.github.osceparser.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceParser;
import io.github.osceparser.parser.fixtures.Fixtures;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link OsceParser} promises to be thread-safe: one parser shared by eight threads, parsing every
 * fixture page (text and HTML) a thousand times in all, must give exactly the records a sequential
 * run gives.
 */
class SharedParserConcurrencyTest {
    private static final int THREADS = 8;
    private static final int PARSES = 1_000;

    /** One input: a fixture's text or HTML, and how to parse it. */
    private record Input(String name, String content, boolean html) {
        OscePage parse(OsceParser parser) {
            return html ? parser.parseHtml(content, "https://www.osce.org/" + name) : parser.parse(content);
        }
    }

    @Test
    void eightThreadsSharingOneParserGiveTheSequentialRecords() throws Exception {
        List<Input> inputs = inputs();
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(5);
        OsceParser shared = OsceParser.create();
        List<OscePage> sequential = new ArrayList<>();
        for (Input input : inputs) {
            sequential.add(input.parse(OsceParser.create()));
        }

        List<List<OscePage>> perThread = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<OscePage>>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        start.await();
                        List<OscePage> pages = new ArrayList<>();
                        // Thread t takes parses t, t + 8, t + 16, ...; each starts at another page.
                        for (int n = thread; n < PARSES; n += THREADS) {
                            pages.add(inputs.get(n % inputs.size()).parse(shared));
                        }
                        return pages;
                    }));
                }
                start.countDown();
                List<List<OscePage>> results = new ArrayList<>();
                for (Future<List<OscePage>> future : futures) {
                    results.add(future.get());
                }
                return results;
            } finally {
                pool.shutdownNow();
            }
        });

        int parses = 0;
        for (int t = 0; t < THREADS; t++) {
            List<OscePage> pages = perThread.get(t);
            for (int k = 0; k < pages.size(); k++) {
                int n = t + k * THREADS;
                Input input = inputs.get(n % inputs.size());
                assertThat(pages.get(k))
                        .as("parse %d (%s) on thread %d", n, input.name(), t)
                        .isEqualTo(sequential.get(n % inputs.size()));
                parses++;
            }
        }
        assertThat(parses).isEqualTo(PARSES);
    }

    private static List<Input> inputs() throws IOException, URISyntaxException {
        List<Input> inputs = new ArrayList<>();
        for (String name : Fixtures.names()) {
            inputs.add(new Input(name, Fixtures.load(name), false));
        }
        Path root =
                Path.of(SharedParserConcurrencyTest.class.getResource("/pages").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                inputs.add(new Input(root.relativize(file).toString(), Files.readString(file), true));
            }
        }
        return inputs;
    }
}
