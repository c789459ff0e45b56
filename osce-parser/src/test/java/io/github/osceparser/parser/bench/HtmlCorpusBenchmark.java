package io.github.osceparser.parser.bench;

import io.github.osceparser.parser.OsceParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The HTML path over every {@code .html} fixture page, against jsoup's parse alone: the markup has
 * to be parsed into a tree whatever is done with it afterwards. One operation is one pass over all
 * the HTML pages.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HtmlCorpusBenchmark {
    private final OsceParser parser = OsceParser.create();
    private List<String> htmls;

    @Setup
    public void load() {
        // No HTML fixtures means nothing to measure; the report then says "not run".
        htmls = FixturePages.load(".html").texts();
    }

    /** {@code Jsoup.parse} with its default settings, as a user of jsoup alone would call it. */
    @Benchmark
    public void jsoup(Blackhole blackhole) {
        for (String html : htmls) {
            blackhole.consume(Jsoup.parse(html));
        }
    }

    /** {@link OsceParser#parseHtml(String, String)} on every page, with no base address given. */
    @Benchmark
    public void parseHtml(Blackhole blackhole) {
        for (String html : htmls) {
            blackhole.consume(parser.parseHtml(html, null));
        }
    }
}
