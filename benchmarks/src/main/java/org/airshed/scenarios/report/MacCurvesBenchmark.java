package org.airshed.scenarios.report;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.Workers;
import org.airshed.scenarios.generate.GeneratorSpec;
import org.airshed.scenarios.generate.SyntheticScenarios;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The report's cost curves on issue 17's generated inventory (200 regions, 10 receptor limits,
 * 5 blocks a source): {@code MacCurves.bySort} (the previous path, its own sort of every block:
 * the reference) against {@code MacCurves.of} (the solver's per-region sorted blocks merged, on
 * 1 or 2 threads). As in a run, the problem's region curves are built before (by the solve);
 * setup checks the two give the same curves. In the report's package (its classes are package-private).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseSerialGC"})
public class MacCurvesBenchmark {
    @Param({"100000", "1000000"})
    public int sources;

    private AllocationProblem problem;

    @Setup(Level.Trial)
    public void setUp() {
        problem = SyntheticScenarios.problem(GeneratorSpec.of(sources, 200, 10, 20261122L).withExactBlocks(5));
        problem.regionBlocks(2);
        List<MacCurve> reference = bySort();
        List<MacCurve> merged = mergedTwoThreads();
        for (int c = 0; c < reference.size(); c++) {
            if (!java.util.Arrays.equals(reference.get(c).abatement(), merged.get(c).abatement())
                    || !java.util.Arrays.equals(reference.get(c).cost(), merged.get(c).cost())
                    || !java.util.Arrays.equals(reference.get(c).price(), merged.get(c).price())) {
                throw new IllegalStateException("curve " + c + " differs from the reference");
            }
        }
    }

    @Benchmark
    public List<MacCurve> bySort() {
        return MacCurves.bySort(problem, MacCurves.TOTAL_ROWS, regionRows());
    }

    @Benchmark
    public List<MacCurve> mergedOneThread() {
        return MacCurves.of(problem, MacCurves.TOTAL_ROWS, regionRows(), Workers.of(1));
    }

    @Benchmark
    public List<MacCurve> mergedTwoThreads() {
        return MacCurves.of(problem, MacCurves.TOTAL_ROWS, regionRows(), Workers.of(2));
    }

    private int regionRows() {
        return Math.max(MacCurves.MIN_REGION_ROWS, MacCurves.REGION_ROWS / problem.regionCount());
    }
}
