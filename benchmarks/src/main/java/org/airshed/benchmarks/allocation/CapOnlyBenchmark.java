package org.airshed.benchmarks.allocation;

import java.util.concurrent.TimeUnit;
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
 * Cap only (K = 0), N × 5 blocks: {@code ExactAllocationSolver.solve} against the one-pass
 * floor over the same blocks. Target (issue #6): within 10 × the floor at N = 10⁶.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class CapOnlyBenchmark {
    @Param({"10000", "100000", "1000000"})
    public int sources;

    /** The solver's parallelism (threads one solve may use); the answer is the same for any. */
    @Param({"1", "2"})
    public int threads;

    private AllocationInstances.WithArrays instance;
    private ExactAllocationSolver solver;

    @Setup(Level.Trial)
    public void setUp() {
        solver = AllocationInstances.solver(threads);
        instance = AllocationInstances.withArrays(sources, 0);
        Verification.optimal(instance.problem(), solver.solve(instance.problem()), "cap only, N = " + sources);
    }

    @Benchmark
    public double[] onePassFloor() {
        return OnePassFloor.pass(instance.costs(), instance.amounts());
    }

    @Benchmark
    public AllocationSolution exactSolve() {
        return solver.solve(instance.problem());
    }
}
