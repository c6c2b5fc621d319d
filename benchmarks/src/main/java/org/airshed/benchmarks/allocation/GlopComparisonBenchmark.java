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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * OR-Tools GLOP (dual simplex, {@link GlopModel}) against the exact solver on the identical
 * instance, in one fork: {@code glopBuild} times building the model, {@code glopSolve} the
 * solve of a freshly built model (built before each call, untimed), {@code exactSolve} the
 * exact solver on two threads and {@code exactSolveOneThread} on one. Every GLOP solve's objective is checked against the exact solver's (1e-6
 * relative) and a mismatch fails the run. GLOP takes a minute per solve at 10⁶ × 5, so this is
 * single-shot with few iterations. Target (issue #6): K = 10 at 10⁶ at least 30× faster than GLOP.
 *
 * <p>{@code instance} is {@code N x K}: N sources × 5 blocks, 200 regions, cap plus K receptors.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class GlopComparisonBenchmark {
    @Param({"100000x0", "1000000x0", "100000x10", "1000000x10", "100000x100"})
    public String instance;

    AllocationProblem problem;
    double exactObjective;
    private double lastObjective = Double.NaN;
    private double lastDifference = Double.NaN;
    private final ExactAllocationSolver solver = AllocationInstances.solver(2);
    private final ExactAllocationSolver oneThread = AllocationInstances.solver(1);

    @Setup(Level.Trial)
    public void setUp() {
        String[] parts = instance.split("x");
        problem = AllocationInstances.problem(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        AllocationSolution s = solver.solve(problem);
        Verification.optimal(problem, s, instance);
        exactObjective = s.cost();
    }

    /** A model built before each {@code glopSolve} call: a second solve of one model would warm-start. */
    @State(Scope.Thread)
    public static class BuiltModel {
        GlopModel model;

        @Setup(Level.Invocation)
        public void build(GlopComparisonBenchmark outer) {
            model = GlopModel.build(outer.problem);
        }

        @TearDown(Level.Invocation)
        public void free() {
            model.close();
            model = null;
        }
    }

    @Benchmark
    public int glopBuild() {
        try (GlopModel model = GlopModel.build(problem)) {
            return model.constraints();
        }
    }

    @Benchmark
    public double glopSolve(BuiltModel built) {
        double objective = built.model.solve();
        lastDifference = Verification.sameObjective(exactObjective, objective, Verification.GLOP_TOL,
                "GLOP on " + instance);
        lastObjective = objective;
        return objective;
    }

    @TearDown(Level.Trial)
    public void reportObjectives() {
        if (!Double.isNaN(lastObjective)) {
            Verification.report("GLOP on " + instance, exactObjective, lastObjective, lastDifference);
        }
    }

    /** Both cores, as the target's "2-core machine" allows. */
    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 5)
    public AllocationSolution exactSolve() {
        return solver.solve(problem);
    }

    /** One thread, like GLOP. */
    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 5)
    public AllocationSolution exactSolveOneThread() {
        return oneThread.solve(problem);
    }
}
