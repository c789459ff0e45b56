package io.github.osceparser.parser.bench;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The CPU time the benchmark's JVM spent per operation, on all its threads (the benchmark's, the
 * JIT compilers', the garbage collector's). On a shared machine, other processes slow an
 * iteration's wall-clock time down but do not add to this, so ratios of it stay comparable.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    /** The secondary result's name: nanoseconds of process CPU time per operation. */
    static final String RESULT = "cpu.time.norm";

    private final Object os;
    private final Method processCpuTime;
    private long before;

    /**
     * Finds the JDK's process CPU clock. By reflection: the tests compile inside the parser's module,
     * which does not read java.management; the benchmarks run on the class path, where it is there.
     */
    public CpuTimeProfiler() throws ReflectiveOperationException {
        os = Class.forName("java.lang.management.ManagementFactory")
                .getMethod("getOperatingSystemMXBean")
                .invoke(null);
        processCpuTime =
                Class.forName("com.sun.management.OperatingSystemMXBean").getMethod("getProcessCpuTime");
    }

    private long processCpuTime() {
        try {
            return (Long) processCpuTime.invoke(os);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the process CPU time", e);
        }
    }

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = processCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long spent = processCpuTime() - before;
        long operations = result.getMetadata().getAllOps();
        double perOperation = operations == 0 ? Double.NaN : (double) spent / operations;
        return List.of(new ScalarResult(RESULT, perOperation, "ns/op", AggregationPolicy.AVG));
    }
}
