package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.airshed.core.model.AbatementCurve;
import org.airshed.core.model.Policy;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.ledger.Conservation;
import org.airshed.market.permits.AllocationRule;
import org.airshed.market.permits.InitialAllocation;
import org.airshed.market.permits.ScenarioBasis;
import org.junit.jupiter.api.Test;

/**
 * Review revH item 2: {@link LedgerRange} is sound. Seeded markets with costs and masses scaled across
 * the ledger's range (1 to 10^6 money a unit, 10 to 10^7 times the masses), in five markets: every
 * market the bound lets through runs to a conserved ledger (no long overflows), and the scales straddle
 * the bound (some refused, some run).
 */
class LedgerRangeTest {
    @Test
    void everyMarketTheBoundLetsThroughRunsWithoutOverflow() {
        SplittableRandom random = new SplittableRandom(20261207);
        int ran = 0;
        int refused = 0;
        for (int instance = 0; instance < 48; instance++) {
            Scenario base = MarketScenarios.random(random, 2 + random.nextInt(3), false);
            Scenario s = scaled(base, Math.pow(10, random.nextInt(7)), Math.pow(10, 1 + random.nextInt(7)));
            double cap = s.policy().cap().getAsDouble();
            ScenarioProblem own = ScenarioProblem.of(s);
            if (!InitialAllocation.attainable(new ScenarioBasis(MarketStudy.capOnly(s, cap)), cap)) {
                continue;
            }
            for (MarketSpec spec : specs(cap)) {
                List<Double> caps = spec.periods() == null ? List.of(cap) : spec.periods().caps();
                boolean fits = LedgerRange.problem(MarketStudy.capOnly(s, cap), spec, caps) == null;
                if (!MarketStudy.problems(own, spec).isEmpty()) {
                    assertTrue(!fits || spec.periods() != null, "refused for another reason: "
                            + MarketStudy.problems(own, spec));
                    refused += fits ? 0 : 1;
                    continue;
                }
                String at = "instance " + instance + " " + spec.mechanism() + " periods " + (spec.periods() != null);
                MarketReport r = assertDoesNotThrow(() -> MarketStudy.run(own, spec, 7), at);
                assertTrue(r.conservation().isConserved(), at);
                Conservation.assertConserved(r.ledger().ledger());
                ran++;
            }
        }
        assertTrue(ran >= 20 && refused >= 20, "the scales straddle the bound: ran " + ran + ", refused " + refused);
    }

    private static List<MarketSpec> specs(double cap) {
        List<MarketSpec> specs = new ArrayList<>();
        specs.add(MarketSpec.of(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0));
        specs.add(new MarketSpec(AllocationRule.AUCTION, Mechanism.UNIFORM_PRICE_AUCTION, 0, null,
                MarketSpec.DEFAULT_VINTAGE, null, false, new AuctionSpec(1, 0, 0, 0, 0, 0, true, List.of(),
                AuctionSpec.DEFAULT_QUADRATIC_STEPS), null, null, null, null));
        specs.add(new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.UNIFORM_PRICE_AUCTION, 0, null,
                MarketSpec.DEFAULT_VINTAGE, null, false, new AuctionSpec(0.5, 0, 0, 0, 0, 0, false, List.of(),
                AuctionSpec.DEFAULT_QUADRATIC_STEPS), null, null, null, null));
        specs.add(new MarketSpec(AllocationRule.PER_CAPITA, Mechanism.DOUBLE_AUCTION, 0, null,
                MarketSpec.DEFAULT_VINTAGE, null, false, null, new DoubleAuctionSpec(200, 50, 0), null, null, null));
        specs.add(new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0, null,
                MarketSpec.DEFAULT_VINTAGE, null, false, null, null, new PeriodsSpec(List.of(cap, cap), 0.05, true, 0),
                null, null));
        return specs;
    }

    /** {@code s} with unit costs times {@code money} and masses (baselines, curves, cap) times {@code mass}. */
    private static Scenario scaled(Scenario s, double money, double mass) {
        List<Source> sources = new ArrayList<>();
        for (Source src : s.sources()) {
            AbatementCurve curve = src.curve();
            AbatementCurve out;
            if (curve instanceof QuadraticCurve q) {
                out = new QuadraticCurve(q.linear() * money, q.slope() * money / mass, q.max() * mass);
            } else {
                List<Step> steps = new ArrayList<>();
                for (Step step : ((StepCurve) curve).steps()) {
                    steps.add(new Step(step.amount() * mass, step.unitCost() * money));
                }
                out = new StepCurve(steps);
            }
            sources.add(new Source(src.id(), src.region(), null, null, src.baseline() * mass, out));
        }
        return new Scenario(s.name(), s.description(), s.seed(), s.units(), s.objective(), s.regions(), s.transfer(),
                sources, new Policy(OptionalDouble.of(s.policy().cap().getAsDouble() * mass), Map.of(), Map.of()));
    }
}
