package org.airshed.benchmarks.allocation;

import java.util.concurrent.TimeUnit;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.ExactAllocationSolver;
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
 * Target (issue #6): 10⁶ sources solved in a 1 GB heap. The fork has {@code -Xmx1g}; the problem
 * is drawn and built in that heap (setup), then solved cap-only and with K = 10. The run fails
 * with an OutOfMemoryError if it does not fit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class OneGigabyteHeapBenchmark {
    @Param({"1000000"})
    public int sources;

    @Param({"0", "10"})
    public int receptors;

    private AllocationProblem problem;
    private final ExactAllocationSolver solver = AllocationInstances.solver(2);

    @Setup(Level.Trial)
    public void setUp() {
        problem = AllocationInstances.problem(sources, receptors);
        // Solved and checked once in the same heap, like every other benchmark here.
        Verification.optimal(problem, solver.solve(problem), "-Xmx1g, N = " + sources + ", K = " + receptors);
    }

    @Benchmark
    public AllocationSolution exactSolve() {
        return solver.solve(problem);
    }
}
