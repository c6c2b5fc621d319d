package org.airshed.benchmarks.games;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.airshed.core.allocation.RegionSupply;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.compensation.Baseline;
import org.airshed.market.compensation.ScenarioGame;
import org.airshed.scenarios.generate.GeneratorSpec;
import org.airshed.scenarios.generate.SyntheticScenarios;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a scenario's duties game: every one of the 2ⁿ coalition values. {@code limits} is the
 * synthetic scenario (200 sources per region, 1–6 blocks each, K = n / 4 receptor limits) with
 * duties that share the cap's cut by each region's largest possible abatement: every region then
 * abates 60 % of its potential alone, which is what the generator's limits ask, so the stand-alone
 * profile meets each limit to within the file's rounding and a limit binds as soon as a coalition
 * shifts abatement away from its receptor. {@code withoutLimits} is the same scenario without
 * limits (every coalition program is the total alone). The reference, {@code equiMarginal}, is how
 * every value was computed before limits were respected: one {@link RegionSupply#meet} per
 * coalition (bisection on the equi-marginal price over the members' region curves), summed into
 * the same savings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ScenarioGameBenchmark {
    @Param({"12", "16", "20"})
    public int players;

    private Scenario limits;
    private Scenario capOnly;
    private RegionSupply supply;
    private double[] duty;
    private double[] aloneCost;

    @Setup
    public void setUp() {
        Scenario drawn = SyntheticScenarios.scenario(GeneratorSpec.of(200 * players, players, players / 4, 20261122L));
        Map<String, Double> potential = new LinkedHashMap<>();
        double total = 0;
        double baseline = 0;
        for (Source s : drawn.sources()) {
            potential.merge(s.region(), s.curve().maxAbatement(), Double::sum);
            total += s.curve().maxAbatement();
            baseline += s.baseline();
        }
        double cut = baseline - drawn.policy().cap().getAsDouble();
        Map<String, Double> duties = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : potential.entrySet()) {
            duties.put(e.getKey(), cut * e.getValue() / total);
        }
        limits = with(drawn, new Policy(drawn.policy().cap(), drawn.policy().receptorLimits(), duties));
        capOnly = with(drawn, new Policy(drawn.policy().cap(), Map.of(), duties));
        supply = RegionSupply.of(ScenarioProblem.capOnly(capOnly, null, null).problem());
        duty = new double[players];
        aloneCost = new double[players];
        for (int r = 0; r < players; r++) {
            duty[r] = duties.getOrDefault(drawn.regions().get(r).id(), 0.0);
            aloneCost[r] = supply.meet(new int[] {r}, duty[r]).totalCost();
        }
    }

    private static Scenario with(Scenario s, Policy policy) {
        return new Scenario(s.name(), s.description(), s.seed(), s.units(), s.objective(), s.regions(), s.transfer(),
                s.sources(), policy);
    }

    /** Every coalition's saving by one equi-marginal search each, as the game was built before issue 15. */
    @Benchmark
    public double[] equiMarginal() {
        double[] values = new double[1 << players];
        IntStream.range(1, 1 << players).parallel().forEach(mask -> {
            int[] members = IntStream.range(0, players).filter(p -> (mask & (1 << p)) != 0).toArray();
            double requirement = 0;
            double standalone = 0;
            for (int r : members) {
                requirement += duty[r];
                standalone += aloneCost[r];
            }
            values[mask] = standalone - supply.meet(members, requirement).totalCost();
        });
        return values;
    }

    @Benchmark
    public double withoutLimits() {
        return ScenarioGame.of(capOnly, Baseline.DUTIES).grandValue();
    }

    @Benchmark
    public double withLimits() {
        return ScenarioGame.of(limits, Baseline.DUTIES).grandValue();
    }
}
