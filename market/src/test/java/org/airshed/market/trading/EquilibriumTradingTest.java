package org.airshed.market.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.junit.jupiter.api.Test;

/** Single-period trading: Montgomery (1972) without frictions, Stavins (1995) with a per-unit cost (docs/DOMAIN.md §3). */
class EquilibriumTradingTest {
    private static final double REL = 1e-9;

    /** Two quadratic sources, MC₁ = a, MC₂ = 3a, at most 10 each, baseline 10 each, 12 permits in all. */
    private static AllocationProblem twoSources() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int r = b.addRegion("r", 0);
        b.addQuadraticSource(r, 10, 0, 1, 10);
        b.addQuadraticSource(r, 10, 0, 3, 10);
        return b.build();
    }

    @Test
    void handWorkedTwoSourcesWithTransactionCost() {
        // a0 = (4, 4). Source 1 sells: a₁ = p; source 2 buys: 3a₂ = p + 1; a₁ + a₂ = 8 ⇒ p = 23/4.
        TradingEquilibrium e = EquilibriumTrading.solve(twoSources(), new double[] {6, 6}, 1);
        assertEquals(5.75, e.sellerPrice(), 1e-12);
        assertEquals(6.75, e.buyerPrice(), 1e-12);
        assertEquals(5.75, e.abatement()[0], 1e-12);
        assertEquals(2.25, e.abatement()[1], 1e-12);
        assertEquals(-1.75, e.netPurchase()[0], 1e-12);
        assertEquals(1.75, e.netPurchase()[1], 1e-12);
        assertEquals(1.75, e.volume(), 1e-12);
        assertEquals(5.75 * 5.75 / 2 + 3 * 2.25 * 2.25 / 2, e.abatementCost(), 1e-12);
        assertEquals(1.75, e.transactionCosts(), 1e-12);
        assertEquals(25.875, e.totalCost(), 1e-12);
        // Frictionless: a₁ = 3a₂, a₁ + a₂ = 8 ⇒ (6, 2) at λ = 6, cost 18 + 6 = 24.
        TransactionCostEffect effect = EquilibriumTrading.compare(twoSources(), new double[] {6, 6}, 1);
        assertEquals(6, effect.frictionless().sellerPrice(), 1e-12);
        assertEquals(24, effect.frictionless().totalCost(), 1e-12);
        assertEquals(1.875, effect.loss(), 1e-12);
        assertEquals(0.25, effect.volumeReduction(), 1e-12);
    }

    @Test
    void withTransactionCostTheInitialAllocationMatters() {
        // Permits (4, 8) give a0 = (6, 2), already the least-cost split: no trade, cost 24.
        TradingEquilibrium matched = EquilibriumTrading.solve(twoSources(), new double[] {4, 8}, 1);
        TradingEquilibrium even = EquilibriumTrading.solve(twoSources(), new double[] {6, 6}, 1);
        assertEquals(0, matched.volume(), 1e-12);
        assertEquals(24, matched.totalCost(), 1e-12);
        assertEquals(25.875, even.totalCost(), 1e-12);
        // Without the cost both reach the same allocation: only the money flows differ.
        TradingEquilibrium a = EquilibriumTrading.solve(twoSources(), new double[] {4, 8}, 0);
        TradingEquilibrium b = EquilibriumTrading.solve(twoSources(), new double[] {6, 6}, 0);
        assertEquals(a.abatement()[0], b.abatement()[0], 1e-12);
        assertEquals(a.totalCost(), b.totalCost(), 1e-12);
    }

    @Test
    void stepCurvesHandWorked() {
        // Source 0: 4 t at 2, 4 t at 6. Source 1: 4 t at 3, 4 t at 9. Baselines 10, permits (10, 0):
        // a0 = (0, 10), 10 t to abate. Frictionless: 4 at 2, 4 at 3, 2 at 6 ⇒ λ = 6, a = (6, 4).
        AllocationProblemBuilder b = AllocationProblem.builder();
        int r = b.addRegion("r", 0);
        b.addStepSource(r, 10, new double[] {4, 4}, new double[] {2, 6});
        b.addStepSource(r, 10, new double[] {4, 4}, new double[] {3, 9});
        AllocationProblem p = b.build();
        TradingEquilibrium free = EquilibriumTrading.solve(p, new double[] {10, 0}, 0);
        assertEquals(6, free.sellerPrice(), 0);
        assertEquals(6, free.abatement()[0], 1e-12);
        assertEquals(4, free.abatement()[1], 1e-12);
        assertEquals(6, free.volume(), 1e-12);
        assertEquals(8 + 12 + 12, free.totalCost(), 1e-12);
        // t = 4: source 1 must cover all its 10 t, so all its units are 4 cheaper: {4@−1, 4@5};
        // source 0 sells: {4@2, 4@6}. 10 t: 4@−1, 4@2, then 2 of 4@5 ⇒ p = 5; source 1 buys 4 at 9.
        TradingEquilibrium taxed = EquilibriumTrading.solve(p, new double[] {10, 0}, 4);
        assertEquals(5, taxed.sellerPrice(), 0);
        assertEquals(9, taxed.buyerPrice(), 0);
        assertEquals(4, taxed.abatement()[0], 1e-12);
        assertEquals(6, taxed.abatement()[1], 1e-12);
        assertEquals(4, taxed.volume(), 1e-12);
        assertEquals(8 + 12 + 18 + 16, taxed.totalCost(), 1e-12);
    }

    @Test
    void montgomeryLeastCostAndLambdaWhateverTheInitialAllocation() {
        ExactAllocationSolver solver = new ExactAllocationSolver();
        int tiedSteps = 0;
        for (long seed = 0; seed < 200; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            RandomSources s = RandomSources.draw(random, 2 + random.nextInt(12), 1, 0.5, seed % 5 == 4);
            double share = random.nextDouble() < 0.1 ? -0.2 * random.nextDouble() : 0.05 + 0.9 * random.nextDouble();
            double required = share * s.totalMax();
            double total = s.totalBaseline() - required;
            AllocationProblem p = s.build();
            double[][] permits = {RandomSources.permits(random, s.size(), total), RandomSources.permits(random, s.size(), total)};
            TradingEquilibrium one = EquilibriumTrading.solve(p, permits[0], 0);
            TradingEquilibrium two = EquilibriumTrading.solve(p, permits[1], 0);
            AllocationSolution least = solver.solve(s.build(required));
            String at = "seed " + seed;
            assertTrue(least.isOptimal(), at);
            double priceScale = Math.max(1, Math.abs(least.capPrice()));
            double costScale = Math.max(1, Math.abs(least.cost()));
            TradingEquilibrium[] both = {one, two};
            for (int k = 0; k < 2; k++) {
                TradingEquilibrium e = both[k];
                assertEquals(least.capPrice(), e.sellerPrice(), REL * priceScale, at);
                assertEquals(least.cost(), e.abatementCost(), REL * costScale, at);
                assertEquals(least.cost(), e.totalCost(), REL * costScale, at);
                assertNothingCreatedOrLost(s, e, permits[k], at);
            }
            double[] a1 = one.abatement();
            double[] a2 = two.abatement();
            for (int i = 0; i < s.size(); i++) {
                assertTrue(Subgradient.supports(p, i, a1[i], one.sellerPrice(), 1e-9 * priceScale), at + " source " + i);
                if (Subgradient.tied(p, i, one.sellerPrice(), 1e-9 * priceScale)) {
                    tiedSteps++;
                } else {
                    double scale = 1 + p.maxAbatement(i);
                    assertEquals(least.abatement()[i], a1[i], REL * scale, at + " source " + i);
                    assertEquals(a1[i], a2[i], REL * scale, at + " source " + i);
                }
            }
        }
        assertTrue(tiedSteps > 0, "some instances should clear on a step block");
    }

    @Test
    void wedgeBetweenBuyersAndSellersIsTheTransactionCost() {
        int interiorPairs = 0;
        for (long seed = 0; seed < 200; seed++) {
            SplittableRandom random = new SplittableRandom(1000 + seed);
            RandomSources s = RandomSources.draw(random, 2 + random.nextInt(10), 1, 0.6, false);
            double total = s.totalBaseline() - (0.1 + 0.8 * random.nextDouble()) * s.totalMax();
            double[] permits = RandomSources.permits(random, s.size(), total);
            double t = 3 * random.nextDouble();
            AllocationProblem p = s.build();
            TradingEquilibrium e = EquilibriumTrading.solve(p, permits, t);
            double slack = 1e-9 * Math.max(1, e.buyerPrice());
            double[] a = e.abatement();
            double[] net = e.netPurchase();
            double buyerMac = Double.NaN;
            double sellerMac = Double.NaN;
            for (int i = 0; i < s.size(); i++) {
                String at = "seed " + seed + " source " + i;
                double own = s.baseline[i] - permits[i];
                double tol = 1e-9 * (1 + s.maxAbatement(i));
                // Abating less than its own shortfall a0 makes a source a buyer, more a seller.
                if (a[i] < own - tol) {
                    assertTrue(net[i] > 0, at + " buyer");
                    assertTrue(Subgradient.supports(p, i, a[i], e.buyerPrice(), slack), at + " buyer");
                } else if (a[i] > own + tol) {
                    assertTrue(net[i] <= 0, at + " seller");
                    assertTrue(Subgradient.supports(p, i, a[i], e.sellerPrice(), slack), at + " seller");
                } else {
                    // No trade: the buyer price is not below the marginal cost of the last unit, the
                    // seller price not above that of the next.
                    assertTrue(Subgradient.left(p, i, a[i]) <= e.buyerPrice() + slack
                            && e.sellerPrice() <= Subgradient.right(p, i, a[i]) + slack, at + " no trade");
                }
                boolean interior = p.isQuadratic(i) && a[i] > tol && a[i] < p.maxAbatement(i) - tol;
                if (interior && a[i] < own - tol) {
                    buyerMac = p.marginalCost(i, a[i]);
                } else if (interior && a[i] > own + tol) {
                    sellerMac = p.marginalCost(i, a[i]);
                }
            }
            if (!Double.isNaN(buyerMac) && !Double.isNaN(sellerMac)) {
                interiorPairs++;
                assertEquals(t, buyerMac - sellerMac, 1e-9 * Math.max(1, buyerMac), "seed " + seed);
            }
        }
        assertTrue(interiorPairs > 20, "interior buyer–seller pairs checked: " + interiorPairs);
    }

    @Test
    void volumeFallsAndTotalCostRisesWithTransactionCost() {
        double[] costs = {0, 0.1, 0.3, 0.7, 1.5, 3, 6, 12, 100};
        for (long seed = 0; seed < 100; seed++) {
            SplittableRandom random = new SplittableRandom(2000 + seed);
            RandomSources s = RandomSources.draw(random, 2 + random.nextInt(10), 1, 0.5, false);
            double total = s.totalBaseline() - (0.1 + 0.8 * random.nextDouble()) * s.totalMax();
            double[] permits = RandomSources.permits(random, s.size(), total);
            AllocationProblem p = s.build();
            TradingEquilibrium previous = null;
            for (double t : costs) {
                TradingEquilibrium e = EquilibriumTrading.solve(p, permits, t);
                if (previous != null) {
                    String at = "seed " + seed + " t " + t;
                    double scale = 1e-9 * (1 + s.totalMax());
                    assertTrue(e.volume() <= previous.volume() + scale, at + " volume");
                    assertTrue(e.totalCost() >= previous.totalCost() - 1e-9 * Math.max(1, previous.totalCost()), at + " cost");
                    TransactionCostEffect effect = EquilibriumTrading.compare(p, permits, t);
                    assertTrue(effect.loss() >= -1e-9 * Math.max(1, e.totalCost()), at + " loss");
                }
                previous = e;
            }
        }
    }

    @Test
    void slackCapClearsAtZeroAndKeepsPermitsBalanced() {
        // 25 permits for 20 t of baseline, a0 = (−10, 5): price 0. Source 1 pays only t = 0.5 per
        // permit, so it abates while 3a < 0.5 (1/6 t) and buys the rest, 29/6, from source 0,
        // which keeps 10 − 29/6 = 31/6 unused.
        TradingEquilibrium e = EquilibriumTrading.solve(twoSources(), new double[] {20, 5}, 0.5);
        assertEquals(0, e.sellerPrice(), 0);
        assertEquals(1.0 / 6, e.abatement()[1], 1e-12);
        assertEquals(29.0 / 6, e.volume(), 1e-12);
        assertEquals(31.0 / 6, e.unusedPermits(), 1e-12);
        assertEquals(-29.0 / 6, e.netPurchase()[0], 1e-12);
        assertEquals(29.0 / 6, e.netPurchase()[1], 1e-12);
        assertEquals(29.0 / 12, e.transactionCosts(), 1e-12);
    }

    /**
     * revG defect 1 (repro/d1-grandfathering.json): 1.44 t to abate is exactly 0.14 + 0.7 + 0.6, so every
     * price in [260, 270] clears; the least, λ = 260, whatever the permits. Grandfathered (1.017, 0.853)
     * summed an ulp above the blocks in doubles and gave 270; (0.623, 1.247) gave 260.
     */
    @Test
    void aRequirementOnABlockBoundaryClearsAtTheLowerBlocksCost() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int r = b.addRegion("r", 0);
        b.addStepSource(r, 1.8, new double[] {0.14, 0.7}, new double[] {150, 160});
        b.addStepSource(r, 1.51, new double[] {0.6, 0.249}, new double[] {260, 270});
        AllocationProblem p = b.build();
        for (double[] permits : new double[][] {{1.017, 0.853}, {0.623, 1.247}, {1.87, 0}, {0, 1.87}}) {
            TradingEquilibrium e = EquilibriumTrading.solve(p, permits, 0);
            assertEquals(260, e.sellerPrice(), 0, java.util.Arrays.toString(permits));
            assertEquals(0.14 * 150 + 0.7 * 160 + 0.6 * 260, e.abatementCost(), 1e-9);
        }
        // Every permit kept: nothing to abate, price 0 (not the cheapest block's 150).
        TradingEquilibrium none = EquilibriumTrading.solve(p, new double[] {1.8, 1.51}, 0);
        assertEquals(0, none.sellerPrice(), 0);
        TradingEquilibrium split = EquilibriumTrading.solve(p, new double[] {1.2, 2.11}, 0);
        assertEquals(0, split.sellerPrice(), 0);
        assertEquals(0, split.abatementCost(), 0);
    }

    @Test
    void rejectsBadInputNamingIt() {
        AllocationProblem p = twoSources();
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> EquilibriumTrading.solve(p, new double[] {1}, 0));
        assertTrue(length.getMessage().contains("got 1"), length.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> EquilibriumTrading.solve(p, new double[] {1, -2}, 0));
        assertTrue(negative.getMessage().contains("permits[1]"), negative.getMessage());
        IllegalArgumentException cost = assertThrows(IllegalArgumentException.class,
                () -> EquilibriumTrading.solve(p, new double[] {1, 2}, -1));
        assertTrue(cost.getMessage().contains("-1"), cost.getMessage());
        AllocationProblemBuilder b = AllocationProblem.builder();
        int r = b.addRegion("r", 0);
        b.addQuadraticSource(r, 12, 0, 1, 10);
        b.addQuadraticSource(r, 12, 0, 3, 10);
        AllocationProblem high = b.build();
        IllegalArgumentException tooFew = assertThrows(IllegalArgumentException.class,
                () -> EquilibriumTrading.solve(high, new double[] {1, 2}, 0));
        assertTrue(tooFew.getMessage().contains("abate 21.0") && tooFew.getMessage().contains("at most 20"),
                tooFew.getMessage());
    }

    /** Σ net purchases = 0; every source holds permits for its emissions; permits = emissions + unused. */
    private static void assertNothingCreatedOrLost(RandomSources s, TradingEquilibrium e, double[] permits, String at) {
        double[] net = e.netPurchase();
        double[] emissions = e.emissions();
        double scale = 1e-9 * (1 + s.totalBaseline());
        double balance = 0;
        double held = 0;
        double emitted = 0;
        for (int i = 0; i < s.size(); i++) {
            balance += net[i];
            held += permits[i] + net[i];
            emitted += emissions[i];
            assertTrue(permits[i] + net[i] >= emissions[i] - scale, at + " source " + i + " short of permits");
        }
        assertEquals(0, balance, scale, at + " Σ net purchases");
        assertEquals(held, emitted + e.unusedPermits(), scale, at + " permits = emissions + unused");
    }
}
