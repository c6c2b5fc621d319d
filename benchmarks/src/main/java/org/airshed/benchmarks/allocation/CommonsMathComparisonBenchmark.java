package org.airshed.benchmarks.allocation;

import java.util.concurrent.TimeUnit;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.allocation.ReferenceLpSolver;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Commons Math's dense {@code SimplexSolver} ({@link ReferenceLpSolver}, which also solves the
 * dual LP for the prices) at the largest size it takes, 400 sources × 5 = 2,000 blocks, against
 * the exact solver on the identical instance (20 regions). Objectives must agree to 1e-7.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class CommonsMathComparisonBenchmark {
    static final int SOURCES = ReferenceLpSolver.MAX_BLOCKS / AllocationInstances.BLOCKS;
    static final int REGIONS = 20;

    @Param({"0", "10"})
    public int receptors;

    private AllocationProblem problem;
    private double exactObjective;
    private double lastObjective = Double.NaN;
    private double lastDifference = Double.NaN;
    private final ExactAllocationSolver solver = AllocationInstances.solver(1);
    private final ReferenceLpSolver reference = new ReferenceLpSolver();

    @Setup(Level.Trial)
    public void setUp() {
        problem = AllocationInstances.problem(SOURCES, REGIONS, receptors);
        AllocationSolution s = solver.solve(problem);
        Verification.optimal(problem, s, "N = " + SOURCES + ", K = " + receptors);
        exactObjective = s.cost();
    }

    @Benchmark
    public AllocationSolution commonsMathSimplex() {
        AllocationSolution s = reference.solve(problem);
        lastDifference = Verification.sameObjective(exactObjective, s.cost(), Verification.REFERENCE_TOL,
                "Commons Math, K = " + receptors);
        lastObjective = s.cost();
        return s;
    }

    @TearDown(Level.Trial)
    public void reportObjectives() {
        if (!Double.isNaN(lastObjective)) {
            Verification.report("Commons Math SimplexSolver, K = " + receptors, exactObjective, lastObjective,
                    lastDifference);
        }
    }

    @Benchmark
    @Warmup(iterations = 20)
    @Measurement(iterations = 20)
    public AllocationSolution exactSolve() {
        return solver.solve(problem);
    }
}
