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

/** Each {@link PathologicalShape} at its base size N ({@code scale = 1}) and at 2N ({@code scale = 2}). */
@State(Scope.Benchmark)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PathologicalBenchmark {
    @Param({"LONG_LINE", "LONG_PARAGRAPH", "DASH_LINES", "DATELINES", "NESTED_QUOTES", "SPEAKERS", "MENU_ENTRIES"})
    public PathologicalShape shape;

    @Param({"1", "2"})
    public int scale;

    private final OsceParser parser = OsceParser.create();
    private String page;

    @Setup
    public void build() {
        page = shape.page(shape.baseSize * scale);
    }

    @Benchmark
    public void parse(Blackhole blackhole) {
        blackhole.consume(parser.parse(page));
    }
}
