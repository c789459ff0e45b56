package io.github.osceparser.parser.bench;

import io.github.osceparser.parser.OsceParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One press release whose body is repeated until the page is 1, 10 and 100 times its size: a
 * parser that is linear in its input takes 10 and 100 times as long.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmark {
    static final String PAGE = "en/press-release-2010-police-experts-meeting.txt";

    @Param({"1", "10", "100"})
    public int times;

    private final OsceParser parser = OsceParser.create();
    private String page;

    @Setup
    public void build() {
        page = grow(FixturePages.page(PAGE), times);
    }

    @Benchmark
    public void parse(Blackhole blackhole) {
        blackhole.consume(parser.parse(page));
    }

    /**
     * The page with its body (the lines after its last "- " metadata line) repeated until the page
     * is about {@code times} times as long as it was; the menu, kind line, title and metadata stay
     * once, as on a real page.
     */
    static String grow(String page, int times) {
        int bodyStart = page.lastIndexOf("\n- ");
        bodyStart = page.indexOf('\n', bodyStart + 1) + 1;
        if (bodyStart <= 0 || bodyStart >= page.length()) {
            throw new IllegalArgumentException("the page has no body after its metadata");
        }
        String head = page.substring(0, bodyStart);
        String body = page.substring(bodyStart);
        if (!body.endsWith("\n")) {
            body = body + "\n";
        }
        long target = (long) page.length() * times;
        int copies = (int) Math.max(1, Math.round((double) (target - head.length()) / body.length()));
        return head + body.repeat(copies);
    }
}
