package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;
import org.airshed.market.ledger.Conservation;
import org.airshed.market.permits.AllocationRule;
import org.junit.jupiter.api.Test;

/**
 * revG defects 1 and 2: a cap written exactly on a block boundary (the whole baseline, a boundary
 * between costs, a boundary between tied blocks) is met by every price from λ to the next block.
 * The market must clear at λ, the least of them, which is the allocation's cap dual (its
 * lexicographically smallest), whatever the rule gives away or sells, in one zone without flows too.
 * Amounts and caps are written decimals of 3 places, summed exactly.
 */
class CapOnABoundaryPriceTest {
    private static final List<AllocationRule> RULES = List.of(AllocationRule.GRANDFATHERING,
            AllocationRule.EQUAL_PROPORTIONAL, AllocationRule.PER_CAPITA, AllocationRule.GDP, AllocationRule.AUCTION);
    private static final double[] TIED_COSTS = {1500, 5000, 8000};

    @Test
    void theMarketClearsAtTheAllocationsCapDualOnEveryBoundary() {
        int boundaries = 0;
        int above = 0;
        for (long seed = 0; seed < 60; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            boolean ties = seed % 3 == 0;
            List<Written> sources = draw(random, ties);
            for (BigDecimal cap : caps(random, sources)) {
                Scenario s = scenario(sources, cap.doubleValue(), seed);
                AllocationSolution allocation = new ExactAllocationSolver().solve(
                        MarketStudy.capOnly(s, cap.doubleValue()).problem());
                assertTrue(allocation.isOptimal(), "seed " + seed);
                for (AllocationRule rule : RULES) {
                    MarketReport r = MarketStudy.run(s, MarketSpec.of(rule, Mechanism.EQUILIBRIUM, 0), 1);
                    String at = "seed " + seed + " cap " + cap + " " + rule.key();
                    assertEquals(allocation.capPrice(), r.clearingPrice(), 0, at + ": price = λ");
                    Conservation.assertConserved(r.ledger().ledger());
                    if (rule == AllocationRule.AUCTION) {
                        for (SourcePosition p : r.sources()) {
                            assertEquals(0, p.shortfall(), at + " " + p.id());
                        }
                    }
                }
                MarketReport zoned = MarketStudy.run(s, oneZone(s), 1);
                assertEquals(allocation.capPrice(), zoned.clearingPrice(), 0, "seed " + seed + " cap " + cap
                        + " one zone, no flows: price = λ");
                boundaries++;
                above += allocation.capPrice() > 0 ? 1 : 0;
            }
        }
        assertTrue(above > 60, "most caps should bind: " + above + " of " + boundaries);
    }

    @Test
    void atTheWholeBaselineTheAuctionSellsAtZeroAndNobodyPays() {
        for (long seed = 0; seed < 40; seed++) {
            List<Written> sources = draw(new SplittableRandom(seed), seed % 2 == 0);
            BigDecimal total = BigDecimal.ZERO;
            for (Written w : sources) {
                total = total.add(w.baseline);
            }
            Scenario s = scenario(sources, total.doubleValue(), seed);
            MarketReport r = MarketStudy.run(s, MarketSpec.of(AllocationRule.AUCTION, Mechanism.EQUILIBRIUM, 0), 1);
            assertEquals(0, r.clearingPrice(), 0, "seed " + seed);
            for (SourcePosition p : r.sources()) {
                assertEquals(0, p.payment(), "seed " + seed + " " + p.id() + " pays nothing for permits at 0");
                assertEquals(0, p.shortfall(), "seed " + seed + " " + p.id());
            }
        }
    }

    /** revG: leastCost printed 6.8e-09 (auction) and 4.2e-15 (equilibrium) at a cap of the whole baseline. */
    @Test
    void atTheWholeBaselineTheLeastCostIsZero() {
        for (long seed = 0; seed < 40; seed++) {
            List<Written> sources = draw(new SplittableRandom(seed), seed % 2 == 0);
            BigDecimal total = BigDecimal.ZERO;
            for (Written w : sources) {
                total = total.add(w.baseline);
            }
            Scenario s = scenario(sources, total.doubleValue(), seed);
            for (Mechanism m : List.of(Mechanism.EQUILIBRIUM, Mechanism.UNIFORM_PRICE_AUCTION)) {
                for (AllocationRule rule : RULES) {
                    if (m == Mechanism.UNIFORM_PRICE_AUCTION && rule != AllocationRule.AUCTION) {
                        continue;
                    }
                    MarketSpec spec = m == Mechanism.EQUILIBRIUM ? MarketSpec.of(rule, m, 0)
                            : new MarketSpec(rule, m, 0, null, 1, null, false,
                                    new AuctionSpec(1, 0, 0, 0, 0, 0, true, List.of(), 200), null, null, null, null);
                    MarketReport r = MarketStudy.run(s, spec, 1);
                    assertEquals(0, r.leastCost(), 0, "seed " + seed + " " + m + " " + rule.key());
                }
            }
        }
    }

    /** A source as written: baseline and blocks (amounts of 3 decimals), and its region. */
    private record Written(String region, BigDecimal baseline, List<BigDecimal> amounts, List<Double> costs) {
    }

    /** 3–12 sources in 2–4 regions; costs from three levels (ties) or of 2 decimals. */
    private static List<Written> draw(SplittableRandom random, boolean ties) {
        int regions = 2 + random.nextInt(3);
        int n = 3 + random.nextInt(10);
        List<Written> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int blocks = 1 + random.nextInt(4);
            List<BigDecimal> amounts = new ArrayList<>();
            List<Double> costs = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            double cost = 0;
            for (int b = 0; b < blocks; b++) {
                BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(900_000), 3);
                if (ties) {
                    cost = Math.max(cost, TIED_COSTS[random.nextInt(TIED_COSTS.length)]);
                } else {
                    cost = BigDecimal.valueOf((long) (cost * 100) + 1 + random.nextInt(500_000), 2).doubleValue();
                }
                amounts.add(amount);
                costs.add(cost);
                sum = sum.add(amount);
            }
            BigDecimal baseline = sum.add(BigDecimal.valueOf(random.nextInt(300_000), 3));
            out.add(new Written("R" + random.nextInt(regions), baseline, amounts, costs));
        }
        return out;
    }

    /** The whole baseline, and total − Σ blocks at or below each of up to three costs drawn (exact). */
    private static List<BigDecimal> caps(SplittableRandom random, List<Written> sources) {
        BigDecimal total = BigDecimal.ZERO;
        List<Double> costs = new ArrayList<>();
        for (Written w : sources) {
            total = total.add(w.baseline);
            costs.addAll(w.costs);
        }
        List<BigDecimal> caps = new ArrayList<>(List.of(total));
        for (int k = 0; k < 3; k++) {
            double level = costs.get(random.nextInt(costs.size()));
            BigDecimal cap = total;
            for (Written w : sources) {
                for (int b = 0; b < w.amounts.size(); b++) {
                    if (w.costs.get(b) <= level) {
                        cap = cap.subtract(w.amounts.get(b));
                    }
                }
            }
            caps.add(cap);
        }
        return caps;
    }

    private static Scenario scenario(List<Written> written, double cap, long seed) {
        List<Region> regions = new ArrayList<>();
        Map<String, Map<String, Double>> transfer = new LinkedHashMap<>();
        for (int r = 0; r < 4; r++) {
            regions.add(new Region("R" + r, "R" + r, OptionalDouble.of(1 + r), OptionalDouble.of(4 - r), 0, 0, 0));
        }
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Written w = written.get(i);
            List<Step> steps = new ArrayList<>();
            for (int b = 0; b < w.amounts.size(); b++) {
                steps.add(new Step(w.amounts.get(b).doubleValue(), w.costs.get(b)));
            }
            sources.add(new Source("s" + i, w.region, null, null, w.baseline.doubleValue(), new StepCurve(steps)));
        }
        return new Scenario("boundary", "", seed, Units.DEFAULT, Objective.COST, regions, new TransferMatrix(transfer),
                sources, new Policy(OptionalDouble.of(cap), Map.of(), Map.of()));
    }

    /** Grandfathering in one zone that holds every region, no flows. */
    private static MarketSpec oneZone(Scenario s) {
        Map<String, String> zoneOf = new LinkedHashMap<>();
        for (Region r : s.regions()) {
            zoneOf.put(r.id(), "all");
        }
        return new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0, null,
                MarketSpec.DEFAULT_VINTAGE, new ZoneSpec(zoneOf, List.of()), false, null, null, null, null, null);
    }
}
