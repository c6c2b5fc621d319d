package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.model.AbatementCurve;
import org.airshed.core.model.Policy;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.StepCurve;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.ledger.Conservation;
import org.airshed.market.permits.AllocationRule;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a source that cannot abate ({@code "steps": []} or {@code quadratic.max: 0}) is valid
 * input, yet the curve-bid auction priced its bids at "NaN ticks" and crashed (43 of 500 random
 * valid scenarios). Hundreds of seeded valid scenarios with such sources, through every mechanism:
 * each market must clear (or stop with a located input error), with its ledger conserved.
 */
class UnabatableSourcesTest {
    private static final int SCENARIOS = 300;

    @Test
    void everyMechanismRunsOnScenariosWithSourcesThatCannotAbate() {
        int runs = 0;
        for (long seed = 0; seed < SCENARIOS; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            Scenario s = withUnabatableSources(MarketScenarios.random(random, 2 + random.nextInt(4), seed % 3 == 0),
                    random);
            for (MarketSpec spec : mechanisms(s, random)) {
                String at = "seed " + seed + ", " + spec.allocation().key() + " / " + spec.mechanism().key()
                        + (spec.ambient() ? " ambient" : "") + (spec.periods() != null ? " periods" : "");
                MarketReport report;
                try {
                    report = MarketStudy.run(s, spec, seed);
                } catch (SectionInputException e) {
                    fail(at + ": a feasible market was refused: " + e.getMessage());
                    return;
                } catch (RuntimeException e) {
                    throw new AssertionError(at + ": " + e, e);
                }
                assertTrue(report.conservation().isConserved(), at + " " + report.conservation().violations());
                Conservation.assertConserved(report.ledger().ledger());
                assertEquals(List.of(), report.audit(), at);
                assertEquals(s.sources().size(), report.sources().size(), at);
                runs++;
            }
        }
        assertTrue(runs > SCENARIOS * 6, "runs " + runs);
    }

    /** One or two sources lose their curve; the cap then leaves room for what they must emit. */
    private static Scenario withUnabatableSources(Scenario s, SplittableRandom random) {
        List<Source> sources = new ArrayList<>(s.sources());
        int count = 1 + random.nextInt(2);
        for (int k = 0; k < count; k++) {
            int i = random.nextInt(sources.size());
            Source o = sources.get(i);
            AbatementCurve none = random.nextBoolean() ? new StepCurve(List.of())
                    : new QuadraticCurve(random.nextDouble() * 10, 1 + random.nextDouble(), 0);
            sources.set(i, new Source(o.id(), o.region(), o.sector(), o.department(), o.baseline(), none));
        }
        double baseline = 0;
        double floor = 0;
        for (Source source : sources) {
            baseline += source.baseline();
            floor += source.baseline() - source.curve().maxAbatement();
        }
        double cap = Math.max(s.policy().cap().getAsDouble(), floor + 0.2 * (baseline - floor));
        Scenario out = new Scenario(s.name(), s.description(), s.seed(), s.units(), s.objective(), s.regions(),
                s.transfer(), sources, new Policy(OptionalDouble.of(cap), s.policy().receptorLimits(), Map.of()));
        // Receptor limits stay only where every control applied can meet them, as a run requires.
        boolean limitsFeasible = new ExactAllocationSolver().solve(ScenarioProblem.of(out).problem()).isOptimal();
        return limitsFeasible ? out : MarketScenarios.withPolicy(out, new Policy(OptionalDouble.of(cap), Map.of(),
                Map.of()));
    }

    private static List<MarketSpec> mechanisms(Scenario s, SplittableRandom random) {
        List<MarketSpec> specs = new ArrayList<>();
        specs.add(MarketSpec.of(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0));
        specs.add(MarketSpec.of(AllocationRule.EQUAL_PROPORTIONAL, Mechanism.EQUILIBRIUM, random.nextDouble() * 5));
        specs.add(MarketSpec.of(AllocationRule.AUCTION, Mechanism.EQUILIBRIUM, 0));
        specs.add(new MarketSpec(AllocationRule.AUCTION, Mechanism.UNIFORM_PRICE_AUCTION, 0, null, 1, null, false,
                new AuctionSpec(1, 0, 0, 0, 0, 0, true, List.of(), 5), null, null, null, null));
        specs.add(new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.UNIFORM_PRICE_AUCTION, 0, null, 1, null,
                false, new AuctionSpec(0.5, 1, 0, 0, 0, 0, false, List.of(), 5), null, null, null, null));
        specs.add(new MarketSpec(AllocationRule.PER_CAPITA, Mechanism.DOUBLE_AUCTION, 1, null, 1, null, false, null,
                new DoubleAuctionSpec(300, 50, 0), null, null, null));
        double cap = s.policy().cap().getAsDouble();
        specs.add(new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0, null, 1, null, false, null,
                null, new PeriodsSpec(List.of(cap * 1.05, cap, cap * 0.98), 0.05, true, 0), null, null));
        if (!s.policy().receptorLimits().isEmpty()) {
            specs.add(new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0, null, 1, null, true,
                    null, null, null, null, null));
        }
        return specs;
    }
}
