package org.airshed.benchmarks.discrete;

import java.util.concurrent.TimeUnit;

import org.airshed.core.discrete.DiscreteInstanceGenerator;
import org.airshed.core.discrete.DiscreteInstanceSpec;
import org.airshed.core.discrete.DiscreteProblem;
import org.airshed.core.discrete.DiscreteSettings;
import org.airshed.core.discrete.ScaledProblem;
import org.airshed.core.discrete.bound.HullBound;
import org.airshed.core.discrete.exact.BranchAndBound;
import org.airshed.core.discrete.exact.BranchAndBoundResult;
import org.airshed.core.discrete.heuristic.RoundedHull;
import org.airshed.core.study.DiscreteStudy;
import org.airshed.scenarios.library.ScenarioLibrary;
import org.airshed.scenarios.library.YrdDiscreteScenario;
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
 * The time branch and bound takes to prove an optimum, against the reference measured in the
 * same fork: one exact solve of the hull relaxation of the whole problem (what the bound cost
 * before). Instances: the bundled {@code yrd-so2-discrete} (298 sources, cap and Shanghai's
 * limit, fixed costs) and generated ones ({@link DiscreteInstanceGenerator}, 10 regions, 6
 * options, half with fixed costs): {@code nN-kK} has N sources and K receptor limits beside the
 * cap. Every instance here is proven within the default node limit; the set-up checks it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class BranchAndBoundBenchmark {
    @Param({"yrd-so2-discrete", "n1000-k0", "n10000-k0", "n300-k1", "n300-k3"})
    public String instance;

    private DiscreteProblem problem;
    private ScaledProblem scaled;
    private HullBound hull;
    private int[] construction;

    @Setup(Level.Trial)
    public void setUp() {
        problem = instance.startsWith("n") ? generated(instance)
                : DiscreteStudy.problem(ScenarioLibrary.bundled().read(YrdDiscreteScenario.NAME));
        scaled = ScaledProblem.of(problem);
        hull = HullBound.compute(problem);
        construction = RoundedHull.construct(scaled, hull);
        BranchAndBoundResult r = branchAndBound();
        if (!r.proven()) {
            throw new IllegalStateException(instance + ": not proven in " + r.nodes() + " nodes");
        }
    }

    private static DiscreteProblem generated(String name) {
        String[] parts = name.substring(1).split("-k");
        return DiscreteInstanceGenerator.generate(new DiscreteInstanceSpec(Integer.parseInt(parts[0]), 10,
                Integer.parseInt(parts[1]), 6, 0.5), 1);
    }

    /** The reference: the hull relaxation of the whole problem, solved once. */
    @Benchmark
    public HullBound hullRelaxation() {
        return HullBound.compute(problem);
    }

    /** From the rounded hull to a proof. */
    @Benchmark
    public BranchAndBoundResult branchAndBound() {
        return BranchAndBound.solve(scaled, hull, construction, DiscreteSettings.DEFAULT_NODE_LIMIT, null);
    }
}
