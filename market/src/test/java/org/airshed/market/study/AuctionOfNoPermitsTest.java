package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.airshed.market.ledger.Quantum;
import org.airshed.market.permits.AllocationRule;
import org.junit.jupiter.api.Test;

/**
 * Reviewer B, defect 3: a uniform-price auction of no permits (a cap of 0, or under the ledger's
 * 0.001, which issues nothing) was refused ("baseSupply = 0: must be > 0"). It is a degenerate but
 * valid market: every source must abate fully, nothing is sold, and the curve bids clear at the
 * dearest unit cost — λ of the exact allocation at that cap (the lower end of its dual interval, as
 * for any cap at the maximum abatement), and the price of an equilibrium market at the same cap.
 * Three references on 300 seeded markets of fully abatable step curves: the exact solver's λ, the
 * plain maximum of the blocks' unit costs, and the equilibrium market.
 */
class AuctionOfNoPermitsTest {
    private static final AuctionSpec CURVES = new AuctionSpec(1, 0, 0, 0, 0, 0, true, List.of(), 5);
    private static final AuctionSpec HALF_SOLD = new AuctionSpec(0.5, 0, 0, 0, 0, 0, true, List.of(), 5);
    /** An eighth of a tonne in permit quanta: sums in binary stay exact. */
    private static final long EIGHTH = 125;

    @Test
    void curveBidsClearAtTheDearestUnitCostAndEverySourceAbatesFully() {
        for (long seed = 0; seed < 300; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Source> sources = new ArrayList<>();
            long dearest = 0;
            int n = 1 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                List<Step> steps = new ArrayList<>();
                long left = EIGHTH * (1 + random.nextLong(800));
                long baseline = left;
                long cost = random.nextInt(3) == 0 ? 0 : random.nextLong(2_000);
                while (left > 0) {
                    long amount = random.nextInt(3) == 0 ? left : EIGHTH * (1 + random.nextLong(left / EIGHTH));
                    left -= amount;
                    cost += random.nextInt(4) == 0 ? 0 : 1 + random.nextLong(3_000);
                    steps.add(new Step(Quantum.PERMIT.toDouble(amount), Quantum.PRICE.toDouble(cost)));
                    dearest = Math.max(dearest, cost);
                }
                sources.add(new Source("s" + i, "R" + random.nextInt(2), null, null, Quantum.PERMIT.toDouble(baseline),
                        new StepCurve(steps)));
            }
            // Nothing issued either way: the ledger counts thousandths and rounds the cap down.
            double cap = random.nextBoolean() ? 0 : 0.0001 * (1 + random.nextInt(9));
            boolean shared = random.nextBoolean();
            Scenario s = scenario(sources, cap);
            AllocationSolution exact = new ExactAllocationSolver().solve(MarketStudy.capOnly(s, cap).problem());
            String at = "seed " + seed + ", cap " + cap + (shared ? ", grandfathering with share 0.5" : ", auction");
            assertTrue(exact.isOptimal(), at);

            MarketReport r = MarketStudy.run(s, shared
                    ? market(AllocationRule.GRANDFATHERING, Mechanism.UNIFORM_PRICE_AUCTION, HALF_SOLD)
                    : market(AllocationRule.AUCTION, Mechanism.UNIFORM_PRICE_AUCTION, CURVES), seed);
            assertEquals("cleared", r.status(), at);
            assertEquals(dearest, Quantum.PRICE.of(r.clearingPrice()), at + ": the dearest unit cost");
            assertEquals(Quantum.PRICE.of(exact.capPrice()), Quantum.PRICE.of(r.clearingPrice()), at + ": λ "
                    + exact.capPrice());
            // The ledger issues nothing below 0.001: the cost is the least cost at a cap of 0.
            double fully = new ExactAllocationSolver().solve(MarketStudy.capOnly(s, 0).problem()).cost();
            assertEquals(fully, r.abatementCost(), 1e-6 * (1 + fully), at + ": abatement cost");
            for (SourcePosition p : r.sources()) {
                assertEquals(0, p.payment(), at + ": " + p.id() + " pays for nothing");
                assertEquals(0, p.shortfall(), at + ": " + p.id() + " complies by abating");
            }
            assertTrue(r.conservation().isConserved(), r.conservation().violations().toString());
            assertEquals(List.of(), r.audit(), at + ": the journal's cap, compliance and closing checks");
            Conservation.assertConserved(r.ledger().ledger());

            MarketReport equilibrium = MarketStudy.run(s, market(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM,
                    null), seed);
            assertEquals(Quantum.PRICE.of(equilibrium.clearingPrice()), Quantum.PRICE.of(r.clearingPrice()),
                    at + ": the equilibrium market's price");
        }
    }

    private static MarketSpec market(AllocationRule rule, Mechanism mechanism, AuctionSpec auction) {
        return new MarketSpec(rule, mechanism, 0, null, 1, null, false, auction, null, null, null, null);
    }

    private static Scenario scenario(List<Source> sources, double cap) {
        List<Region> regions = new ArrayList<>();
        Map<String, Map<String, Double>> transfer = new LinkedHashMap<>();
        for (String id : List.of("R0", "R1")) {
            regions.add(new Region(id, id, OptionalDouble.of(1e6), OptionalDouble.of(1e9), 0, 1, 0));
            transfer.put(id, Map.of("R0", id.equals("R0") ? 0.1 : 0.01, "R1", id.equals("R1") ? 0.1 : 0.01));
        }
        return new Scenario("auction-of-nothing", "", 1, Units.DEFAULT, Objective.COST, regions,
                new TransferMatrix(transfer), sources, new Policy(OptionalDouble.of(cap), Map.of(), Map.of()));
    }
}
