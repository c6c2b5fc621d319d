package org.airshed.benchmarks.games;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
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
 * synthetic scenario with its receptor limits, each held at the stand-alone concentration (the
 * duties leave every receptor above the limit the generator draws, so the effective limits are the
 * stand-alone concentrations and every one binds wherever a coalition shifts abatement); its
 * reference {@code capOnly} is the same scenario without limits, where each value is one
 * equi-marginal search (the cost of a game before issue 15). Duties: the cap's cut shared by each
 * region's largest possible abatement. 200 sources per region, 1–6 blocks each, K = n / 4 receptors.
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
    }

    private static Scenario with(Scenario s, Policy policy) {
        return new Scenario(s.name(), s.description(), s.seed(), s.units(), s.objective(), s.regions(), s.transfer(),
                s.sources(), policy);
    }

    @Benchmark
    public double capOnly() {
        return ScenarioGame.of(capOnly, Baseline.DUTIES).grandValue();
    }

    @Benchmark
    public double limits() {
        return ScenarioGame.of(limits, Baseline.DUTIES).grandValue();
    }
}
