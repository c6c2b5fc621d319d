package org.airshed.benchmarks.market;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.RequirementOrigin;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.ledger.LargestRemainder;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.permits.AllocationRule;
import org.airshed.market.permits.InitialAllocation;
import org.airshed.market.study.MarketReport;
import org.airshed.market.study.MarketSpec;
import org.airshed.market.study.MarketStudy;
import org.airshed.market.study.Mechanism;
import org.airshed.market.study.ZoneSpec;
import org.airshed.market.trading.ZonalEquilibrium;
import org.airshed.market.trading.ZonalTrading;
import org.airshed.market.trading.ZoneRules;
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
 * A zoned market as {@code airshed run} runs it — the check stage ({@link MarketStudy#problems}),
 * then {@link MarketStudy#run}, on the scenario's problem converted once — on {@link MarketStudyBenchmark}'s
 * synthetic national inventory (n sources × 5 blocks, 200 regions) in 12 zones (region r in zone
 * r mod 12; permits may flow from zone z to z + 1 and from the last to the first), grandfathered, t = 0:
 * <ul>
 *   <li>{@code checkThenRun}: the zonal equilibrium solved once, by the check, and settled by run;</li>
 *   <li>{@code checkThenRunSolvingAgain}: the route before: the same, plus the two solves of the same
 *       zonal equilibrium it did on top (run's own check, then run), as {@link ZonalTrading#solve} on
 *       the same problem, permits and rules (the reference);</li>
 *   <li>{@code zonalSolve}: one such solve alone.</li>
 * </ul>
 * Setup checks that the market cleared with nobody short, its ledger conserved and its journal complete.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ZoneMarketCheckBenchmark {
    static final int ZONES = ZoneRules.MAX_ZONES;

    @Param({"100000"})
    public int sources;

    private Scenario scenario;
    private MarketSpec spec;
    private ScenarioProblem capOnly;
    private double[] permits;
    private ZoneRules rules;

    @Setup(Level.Trial)
    public void setUp() {
        scenario = SyntheticScenarios.scenario(GeneratorSpec.of(sources, MarketStudyBenchmark.REGIONS, 0,
                MarketStudyBenchmark.SEED).withExactBlocks(MarketStudyBenchmark.BLOCKS));
        Map<String, String> zoneOf = new LinkedHashMap<>();
        for (int r = 0; r < scenario.regions().size(); r++) {
            zoneOf.put(scenario.regions().get(r).id(), "z" + (r % ZONES));
        }
        List<ZoneSpec.Flow> flows = new ArrayList<>();
        for (int z = 0; z < ZONES; z++) {
            flows.add(new ZoneSpec.Flow("z" + z, "z" + ((z + 1) % ZONES)));
        }
        ZoneSpec zones = new ZoneSpec(zoneOf, flows);
        spec = new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0, null, 1, zones, false, null,
                null, null, null, null);
        double cap = scenario.policy().cap().getAsDouble();
        double baseline = scenario.totalBaseline();
        capOnly = ScenarioProblem.capOnly(scenario, null, new RequirementOrigin("$.policy.cap", cap, baseline - cap,
                "the cap"));
        long[] free = LargestRemainder.apportion(Quantum.PERMIT.floor(cap),
                InitialAllocation.of(AllocationRule.GRANDFATHERING, capOnly, cap));
        permits = new double[free.length];
        int[] zoneOfSource = new int[free.length];
        for (int i = 0; i < free.length; i++) {
            permits[i] = Quantum.PERMIT.toDouble(free[i]);
            String region = capOnly.problem().regionId(capOnly.problem().sourceRegion(i));
            zoneOfSource[i] = zones.zones().indexOf(zoneOf.get(region));
        }
        boolean[][] allowed = new boolean[ZONES][ZONES];
        for (ZoneSpec.Flow f : flows) {
            allowed[zones.zones().indexOf(f.from())][zones.zones().indexOf(f.to())] = true;
        }
        rules = new ZoneRules(zoneOfSource, allowed);
        MarketReport report = checkThenRun();
        long short_ = report.sources().stream().mapToLong(p -> p.shortfall()).sum();
        if (!report.status().equals("cleared") || short_ != 0 || !report.conservation().isConserved()
                || !report.audit().equals(List.of()) || zonalSolve().zonePrice().length != ZONES) {
            throw new IllegalStateException("zone market of " + sources + " sources: " + report.status() + ", short "
                    + short_ + ", conserved " + report.conservation().isConserved() + ", audit " + report.audit());
        }
    }

    @Benchmark
    public MarketReport checkThenRun() {
        ScenarioProblem own = ScenarioProblem.of(scenario);
        if (!MarketStudy.problems(own, spec).isEmpty()) {
            throw new IllegalStateException("the check refused the market");
        }
        return MarketStudy.run(own, spec, MarketStudyBenchmark.SEED);
    }

    @Benchmark
    public MarketReport checkThenRunSolvingAgain() {
        zonalSolve();
        zonalSolve();
        return checkThenRun();
    }

    @Benchmark
    public ZonalEquilibrium zonalSolve() {
        return ZonalTrading.solve(capOnly.problem(), permits, rules);
    }
}
