package io.github.osceparser.parser.bench;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceJson;
import io.github.osceparser.parser.OsceParser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * The text path over every fixture page, against the cost of reading the text at all. One
 * operation is one pass over all the pages; {@link BenchmarkReport} turns that into pages per
 * second, MB per second and bytes allocated per page.
 *
 * <p>The warm-up is long because the JIT compiler is: on two cores its C2 thread keeps compiling
 * the parser for over ten seconds, and measured before that, {@code parse} looks three times slower.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CorpusBenchmark {
    private final OsceParser parser = OsceParser.create();
    private final OsceJson json = OsceJson.create();
    private List<String> texts;
    private List<OscePage> parsed;

    @Setup
    public void load() {
        FixturePages pages = FixturePages.load(".txt");
        if (pages.count() == 0) {
            throw new IllegalStateException("no .txt fixture pages found");
        }
        texts = pages.texts();
        parsed = new ArrayList<>();
        for (String text : texts) {
            parsed.add(parser.parse(text));
        }
    }

    /**
     * The floor for any line-oriented text parser: split each page into lines (a string per line,
     * as the parser's first step makes) and look at every character of every line once.
     */
    @Benchmark
    public void baseline(Blackhole blackhole) {
        for (String text : texts) {
            int length = text.length();
            int start = 0;
            while (start < length) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = length;
                }
                String line = text.substring(start, end);
                int visible = 0;
                for (int i = 0; i < line.length(); i++) {
                    if (!Character.isWhitespace(line.charAt(i))) {
                        visible++;
                    }
                }
                blackhole.consume(line);
                blackhole.consume(visible);
                start = end + 1;
            }
        }
    }

    /** {@link OsceParser#parse(String)} on every page. */
    @Benchmark
    public void parse(Blackhole blackhole) {
        for (String text : texts) {
            blackhole.consume(parser.parse(text));
        }
    }

    /** {@link OsceJson#toJson(OscePage)} on every parsed page. */
    @Benchmark
    public void json(Blackhole blackhole) {
        for (OscePage page : parsed) {
            blackhole.consume(json.toJson(page));
        }
    }
}
