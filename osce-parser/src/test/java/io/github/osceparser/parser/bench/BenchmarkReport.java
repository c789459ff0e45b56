package io.github.osceparser.parser.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.ProfilerConfig;

/**
 * Runs the benchmarks of this package with JMH and prints what the issue asks of them: pages and
 * MB per second, bytes allocated per page, and the ratios against their targets, as Markdown tables
 * that go into README.md unchanged.
 *
 * <p>Arguments are JMH's own ({@code -h} lists them); without any, every benchmark here runs in one
 * fork with a 1 GB heap of 4 MB regions, with the warm-up and measurement its class declares, with
 * JMH's GC profiler (allocation per operation) and {@link CpuTimeProfiler} (CPU time per
 * operation). Run it with the {@code bench} Maven profile (README, "Performance").
 *
 * <p>Two times are reported. Wall-clock time is the median measured iteration. CPU time is what the
 * benchmark's JVM spent on all its threads, which other processes on a shared machine do not
 * inflate; the verdicts use it, and fall back on wall-clock time when it is missing.
 */
public final class BenchmarkReport {
    /** A pathological shape is linear when 2N costs at most this much more than N (20% slack, as for 100x). */
    static final double LINEAR_GROWTH = 2.4;

    private BenchmarkReport() {}

    public static void main(String[] args) throws Exception {
        CommandLineOptions command = new CommandLineOptions(args);
        if (command.shouldHelp()) {
            command.showHelp();
            return;
        }
        ChainedOptionsBuilder options = new OptionsBuilder().parent(command);
        if (command.getIncludes().isEmpty()) {
            options.include(BenchmarkReport.class.getPackageName().replace(".", "\\.") + "\\.");
        }
        if (!command.getForkCount().hasValue()) {
            options.forks(1);
        }
        if (!command.getJvmArgs().hasValue() && !command.getJvmArgsAppend().hasValue()) {
            // A fixed heap, so that N and 2N of a pathological shape run with the same collector sizing,
            // with regions large enough that a list of 200,000 lines is not a "humongous" object (G1
            // makes one of every reference array over half a region; see README, "Performance").
            options.jvmArgsAppend("-Xms1g", "-Xmx1g", "-XX:G1HeapRegionSize=4m");
        }
        if (command.getProfilers().stream().map(ProfilerConfig::getKlass).noneMatch(BenchmarkReport::isGcProfiler)) {
            options.addProfiler(GCProfiler.class);
        }
        options.addProfiler(CpuTimeProfiler.class);
        Runner runner = new Runner(options.build());
        if (command.shouldList() || command.shouldListWithParams()) {
            if (command.shouldListWithParams()) {
                runner.listWithParams(command);
            } else {
                runner.list();
            }
            return;
        }
        Collection<RunResult> results = runner.run();
        System.out.println();
        System.out.println(report(results, FixturePages.load(".txt"), FixturePages.load(".html")));
    }

    private static boolean isGcProfiler(String name) {
        return name.equalsIgnoreCase("gc") || name.equals(GCProfiler.class.getName());
    }

    /** The report's Markdown, from JMH's results and the pages they ran on. */
    static String report(Collection<RunResult> results, FixturePages texts, FixturePages htmls) {
        Map<String, Measured> byName = new HashMap<>();
        for (RunResult result : results) {
            Measured measured = Measured.of(result);
            byName.put(measured.key(), measured);
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Fixture pages: %d text pages, %,d bytes; %d HTML pages, %,d bytes. MB = 10^6 bytes of page."
                        + " Wall: median measured iteration; CPU: the JVM's CPU time on all threads.%n%n",
                texts.count(),
                texts.bytes(),
                htmls.count(),
                htmls.bytes()));

        out.append("| Benchmark | pages/s | MB/s | µs per page (wall) | µs per page (CPU) | allocated per page |"
                + " allocated / page size |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        Measured baseline = byName.get("CorpusBenchmark.baseline");
        Measured parse = byName.get("CorpusBenchmark.parse");
        Measured json = byName.get("CorpusBenchmark.json");
        Measured jsoup = byName.get("HtmlCorpusBenchmark.jsoup");
        Measured parseHtml = byName.get("HtmlCorpusBenchmark.parseHtml");
        row(out, "1. baseline: split into lines, read every character", baseline, texts);
        row(out, "2. `OsceParser.parse`", parse, texts);
        row(out, "3. `Jsoup.parse` alone", jsoup, htmls);
        row(out, "4. `OsceParser.parseHtml`", parseHtml, htmls);
        row(out, "5. `OsceJson.toJson` of the parsed pages", json, texts);

        out.append("\n| Ratio | wall | CPU | target | |\n|---|---:|---:|---:|---|\n");
        ratio(out, "`parse` time / baseline time", parse, baseline, 4);
        ratio(out, "`parseHtml` time / `Jsoup.parse` time", parseHtml, jsoup, 1.3);
        ratio(out, "JSON writing time / `parse` time", json, parse, 1);
        allocationRatio(out, "`parse`: bytes allocated per page / page size", parse, texts);
        allocationRatio(out, "`parseHtml`: bytes allocated per page / page size", parseHtml, htmls);
        Measured once = byName.get("ScalingBenchmark.parse:times=1");
        for (String times : List.of("10", "100")) {
            ratio(
                    out,
                    "`parse` of a page grown to " + times + "x / the page",
                    byName.get("ScalingBenchmark.parse:times=" + times),
                    once,
                    Integer.parseInt(times) * 1.2);
        }
        // The grown pages keep one menu and head and repeat the body, which costs more per byte than
        // the menu: from 10x to 100x both are nearly all body, so this ratio shows linearity alone.
        ratio(
                out,
                "`parse` of the page grown to 100x / grown to 10x",
                byName.get("ScalingBenchmark.parse:times=100"),
                byName.get("ScalingBenchmark.parse:times=10"),
                10 * 1.2);

        out.append("\n| Pathological shape (`parse`) | N | wall at N | wall at 2N | 2N / N wall | 2N / N CPU |"
                        + " 2N / N allocated | linear (<= ")
                .append(LINEAR_GROWTH)
                .append(") |\n|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (PathologicalShape shape : PathologicalShape.values()) {
            Measured n = byName.get("PathologicalBenchmark.parse:scale=1,shape=" + shape);
            Measured twice = byName.get("PathologicalBenchmark.parse:scale=2,shape=" + shape);
            if (n == null || twice == null) {
                continue;
            }
            double growth = judged(twice) / judged(n);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %s | %s | %.2f | %s | %s | %s |%n",
                    shape,
                    shape.baseSize,
                    duration(n.seconds()),
                    duration(twice.seconds()),
                    twice.seconds() / n.seconds(),
                    number(twice.cpuSeconds() / n.cpuSeconds()),
                    number(twice.bytes() / n.bytes()),
                    growth <= LINEAR_GROWTH ? "yes" : "**no**"));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Measured measured, FixturePages pages) {
        if (measured == null || pages.count() == 0) {
            out.append("| ").append(name).append(" | not run | | | | | |\n");
            return;
        }
        double seconds = measured.seconds();
        out.append(String.format(
                Locale.ROOT,
                "| %s | %,.0f | %.1f | %.2f | %s | %s | %s |%n",
                name,
                pages.count() / seconds,
                pages.bytes() / seconds / 1e6,
                seconds * 1e6 / pages.count(),
                number(measured.cpuSeconds() * 1e6 / pages.count()),
                Double.isNaN(measured.bytes())
                        ? "n/a"
                        : String.format(Locale.ROOT, "%,.0f B", measured.bytes() / pages.count()),
                number(measured.bytes() / pages.bytes())));
    }

    private static void ratio(StringBuilder out, String name, Measured measured, Measured against, double target) {
        if (measured == null || against == null) {
            out.append(String.format(Locale.ROOT, "| %s | - | - | <= %s | not run |%n", name, target(target)));
            return;
        }
        double value = judged(measured) / judged(against);
        out.append(String.format(
                Locale.ROOT,
                "| %s | %.2f | %s | <= %s | %s |%n",
                name,
                measured.seconds() / against.seconds(),
                number(measured.cpuSeconds() / against.cpuSeconds()),
                target(target),
                value <= target ? "met" : "**missed**"));
    }

    private static void allocationRatio(StringBuilder out, String name, Measured measured, FixturePages pages) {
        double value = measured == null || pages.count() == 0 ? Double.NaN : measured.bytes() / pages.bytes();
        out.append(String.format(
                Locale.ROOT,
                "| %s | %s | | <= 3 | %s |%n",
                name,
                number(value),
                Double.isNaN(value) ? "not run" : value <= 3 ? "met" : "**missed**"));
    }

    /** The time a verdict is based on: CPU time when the profiler gave it, else wall-clock time. */
    private static double judged(Measured measured) {
        return Double.isNaN(measured.cpuSeconds()) ? measured.seconds() : measured.cpuSeconds();
    }

    private static String target(double target) {
        return target == Math.rint(target) ? String.valueOf((long) target) : String.valueOf(target);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String duration(double seconds) {
        return seconds >= 1e-3
                ? String.format(Locale.ROOT, "%.1f ms", seconds * 1e3)
                : String.format(Locale.ROOT, "%.1f µs", seconds * 1e6);
    }

    /**
     * One benchmark's result per operation: wall-clock seconds (the median iteration), CPU seconds
     * and bytes allocated (NaN without their profilers).
     */
    record Measured(String key, double seconds, double cpuSeconds, double bytes) {
        static Measured of(RunResult result) {
            BenchmarkParams params = result.getParams();
            String name = params.getBenchmark();
            String key = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            List<String> values = new ArrayList<>();
            for (String param : params.getParamsKeys()) {
                values.add(param + "=" + params.getParam(param));
            }
            if (!values.isEmpty()) {
                key += ":" + String.join(",", values.stream().sorted().toList());
            }
            double unit = params.getTimeUnit().toNanos(1) / 1e9;
            double score = medianIteration(result);
            double seconds = params.getMode() == Mode.Throughput ? unit / score : score * unit;
            double cpuSeconds = Double.NaN;
            double bytes = Double.NaN;
            for (Map.Entry<String, Result> secondary :
                    result.getSecondaryResults().entrySet()) {
                if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
                    bytes = secondary.getValue().getScore();
                } else if (secondary.getKey().equals(CpuTimeProfiler.RESULT)) {
                    cpuSeconds = secondary.getValue().getScore() / 1e9;
                }
            }
            return new Measured(key, seconds, cpuSeconds, bytes);
        }

        /**
         * The median of the measured iterations' scores: on a shared machine an iteration that
         * another process slowed down moves the mean JMH prints, not the median.
         */
        private static double medianIteration(RunResult result) {
            List<Double> scores = new ArrayList<>();
            for (BenchmarkResult fork : result.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    scores.add(iteration.getPrimaryResult().getScore());
                }
            }
            if (scores.isEmpty()) {
                return result.getPrimaryResult().getScore();
            }
            Collections.sort(scores);
            int middle = scores.size() / 2;
            return scores.size() % 2 == 1 ? scores.get(middle) : (scores.get(middle - 1) + scores.get(middle)) / 2;
        }
    }
}
