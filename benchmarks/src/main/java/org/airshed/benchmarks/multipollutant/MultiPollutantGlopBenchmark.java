package org.airshed.benchmarks.multipollutant;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.airshed.core.allocation.multi.MultiPollutantCertificate;
import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.airshed.core.allocation.multi.MultiPollutantSolution;
import org.airshed.core.allocation.multi.MultiPollutantSolvers;
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
 * The exact multi-pollutant solver (Dantzig–Wolfe over regions, one thread) against OR-Tools GLOP
 * (dual simplex, {@link MultiPollutantGlopModel}) on the identical LP instance
 * ({@link MultiPollutantInstances}: N sources × 3 pollutants, 200 regions, 3 caps, K receptor
 * rows with signed coefficients), in one fork. Before timing, the solver's answer must be optimal
 * with a certified gap ≤ 1e-9 and pass the KKT check per source at 1e-9; every GLOP solve's
 * objective must match it to 1e-6 (GLOP's tolerances), or the run fails. {@code glopSolve} times
 * the solve of a model built before each call (untimed), as for one pollutant.
 *
 * <p>{@code instance} is {@code N x K}. GLOP is run by the caller only where it finishes in
 * reasonable time (see benchmarks/README.md, "Several pollutants").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms5g", "-Xmx5g"})
public class MultiPollutantGlopBenchmark {
    static final double GLOP_TOL = 1e-6;

    @Param({"100000x10", "1000000x10"})
    public String instance;

    MultiPollutantProblem problem;
    double objective;
    private double lastGlop = Double.NaN;

    @Setup(Level.Trial)
    public void setUp() {
        String[] parts = instance.split("x");
        problem = MultiPollutantInstances.problem(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        MultiPollutantSolution s = MultiPollutantSolvers.exact().solve(problem);
        if (!s.isOptimal() || !(s.relativeGap() <= 1e-9)) {
            throw new IllegalStateException(instance + ": solver says " + s.status() + " gap " + s.relativeGap()
                    + " " + s.reasons());
        }
        String violation = MultiPollutantCertificate.violation(problem, s, 1e-9);
        if (violation != null) {
            throw new IllegalStateException(instance + ": KKT check at 1e-9 fails: " + violation);
        }
        objective = s.cost(); // no welfare weights in these instances: the objective is the cost
    }

    /** A model built before each {@code glopSolve} call: a second solve of one model would warm-start. */
    @State(Scope.Thread)
    public static class BuiltModel {
        MultiPollutantGlopModel model;

        @Setup(Level.Invocation)
        public void build(MultiPollutantGlopBenchmark outer) {
            model = MultiPollutantGlopModel.build(outer.problem);
        }

        @TearDown(Level.Invocation)
        public void free() {
            model.close();
            model = null;
        }
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 2)
    public double glopSolve(BuiltModel built) {
        double glop = built.model.solve();
        double difference = Math.abs(glop - objective) / Math.max(1, Math.abs(objective));
        if (!(difference <= GLOP_TOL)) {
            throw new IllegalStateException("GLOP on " + instance + ": objective " + glop + " differs from "
                    + objective + " by " + difference + " relative");
        }
        lastGlop = glop;
        return glop;
    }

    @TearDown(Level.Trial)
    public void report() {
        if (!Double.isNaN(lastGlop)) {
            System.out.printf(Locale.ROOT, "%nGLOP on %s: objective %.6f, exact %.6f, relative difference %.2e%n",
                    instance, lastGlop, objective, Math.abs(lastGlop - objective) / Math.max(1, Math.abs(objective)));
        }
    }

    /** The exact solver, on the caller's thread (it has no parallel pass yet), like GLOP. */
    @Benchmark
    public MultiPollutantSolution exactSolve() {
        return MultiPollutantSolvers.exact().solve(problem);
    }
}
