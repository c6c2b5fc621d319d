package org.airshed.market.auction;

import org.airshed.market.ledger.Quantum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.model.InvalidModelException;
import org.junit.jupiter.api.Test;

/** Bids from cost curves, and the auction of the cap to them reproducing the least-cost price λ. */
class CurveBidsTest {
    private static final CurveBids BIDS = new CurveBids(1_000_000, 4);

    private static AllocationProblem oneStepSource(double baseline, double[] amounts, double[] costs) {
        AllocationProblemBuilder b = AllocationProblem.builder();
        b.addStepSource(b.addRegion("r", 0), baseline, amounts, costs);
        return b.build();
    }

    @Test
    void blocksBecomeBidsAndTheUnabatablePartIsAMustBuy() {
        AllocationProblem p = oneStepSource(10, new double[] {3, 4}, new double[] {5, 8});
        assertEquals(List.of(new Bid("s", 1_000_000, 3_000), new Bid("s", 800, 4_000), new Bid("s", 500, 3_000)),
                BIDS.forSource(p, 0, "s", 0));
    }

    /**
     * Review finding: 1.1 − 0.7 is 0.40000000000000013 in binary, and the must-buy part, rounded up,
     * bid for 0.401; at a cap of exactly the maximum abatement that quantum found no permit, and the
     * price rose to the must-buy price. Binary noise is no quantum more to cover.
     */
    @Test
    void binaryNoiseInTheUnabatablePartIsNoQuantumMore() {
        AllocationProblem p = oneStepSource(1.1, new double[] {0.7}, new double[] {5});
        assertEquals(List.of(new Bid("s", 1_000_000, 400), new Bid("s", 500, 700)), BIDS.forSource(p, 0, "s", 0));
        // A real fraction of a quantum above is still covered in full.
        AllocationProblem q = oneStepSource(1.1004, new double[] {0.7}, new double[] {5});
        assertEquals(List.of(new Bid("s", 1_000_000, 401), new Bid("s", 500, 699)), BIDS.forSource(q, 0, "s", 0));
    }

    @Test
    void holdingsCoverTheHighestPricedBidsFirst() {
        AllocationProblem p = oneStepSource(10, new double[] {3, 4}, new double[] {5, 8});
        assertEquals(List.of(new Bid("s", 800, 2_000), new Bid("s", 500, 3_000)), BIDS.forSource(p, 0, "s", 5_000));
        assertEquals(List.of(), BIDS.forSource(p, 0, "s", 10_000));
        assertEquals(List.of(), BIDS.forSource(p, 0, "s", 12_000));
    }

    @Test
    void bidsNeverExceedTheBaseline() {
        AllocationProblem p = oneStepSource(5, new double[] {4, 4}, new double[] {1, 2});
        assertEquals(List.of(new Bid("s", 200, 4_000), new Bid("s", 100, 1_000)), BIDS.forSource(p, 0, "s", 0));
    }

    @Test
    void pricesAreClampedToZeroAndTheMustBuyPrice() {
        AllocationProblem p = oneStepSource(2, new double[] {1, 1}, new double[] {-3, 50_000});
        assertEquals(List.of(new Bid("s", 1_000_000, 1_000), new Bid("s", 0, 1_000)), BIDS.forSource(p, 0, "s", 0));
    }

    @Test
    void quadraticCurvesArePricedAtStepMidpoints() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        b.addQuadraticSource(b.addRegion("r", 0), 5, 10, 2, 4);
        // Steps of 1 with marginal cost 10 + 2a at a = 0.5, 1.5, 2.5, 3.5; 1 unabatable.
        assertEquals(List.of(new Bid("s", 1_000_000, 1_000), new Bid("s", 1_700, 1_000), new Bid("s", 1_500, 1_000),
                new Bid("s", 1_300, 1_000), new Bid("s", 1_100, 1_000)), BIDS.forSource(b.build(), 0, "s", 0));
    }

    @Test
    void badSettingsAndHoldingsAreRejected() {
        assertThrows(InvalidModelException.class, () -> new CurveBids(0, 4));
        assertThrows(InvalidModelException.class, () -> new CurveBids(100, 0));
        AllocationProblem p = oneStepSource(10, new double[] {3}, new double[] {5});
        assertThrows(IllegalArgumentException.class, () -> BIDS.forSource(p, 0, "s", -1));
        assertThrows(IllegalArgumentException.class, () -> BIDS.forAll(p, new long[2]));
    }

    /** Montgomery (1972): auctioning the cap to cost-minimising bidders prices permits at λ. */
    @Test
    void auctioningTheCapToStepCurvesClearsAtTheLeastCostPrice() {
        SplittableRandom random = new SplittableRandom(1972);
        for (int trial = 0; trial < 200; trial++) {
            AllocationProblemBuilder b = AllocationProblem.builder();
            int region = b.addRegion("r", 0);
            int n = 2 + random.nextInt(7);
            double totalMax = 0;
            for (int i = 0; i < n; i++) {
                int blocks = 1 + random.nextInt(4);
                double[] amounts = new double[blocks];
                double[] costs = new double[blocks];
                double cost = 0;
                for (int k = 0; k < blocks; k++) {
                    amounts[k] = (2 + random.nextInt(20_000)) / 1_000.0;
                    cost += random.nextInt(3_000) / 100.0;
                    costs[k] = cost;
                    totalMax += amounts[k];
                }
                double unabatable = random.nextInt(5_000) / 1_000.0;
                b.addStepSource(region, sum(amounts) + unabatable, amounts, costs);
            }
            AllocationProblem withoutCap = b.build();
            // A requirement strictly inside a block, so that λ is that block's cost.
            long requirement = 1 + random.nextLong(Quantum.PERMIT.of(totalMax) - 20);
            while (onBlockBoundary(withoutCap, requirement)) {
                requirement += 3;
            }
            b.capRequirement(Quantum.PERMIT.toDouble(requirement));
            AllocationProblem problem = b.build();
            checkAuctionPrice(problem, requirement, random, 0.0, "step trial " + trial);
        }
    }

    @Test
    void auctioningTheCapToQuadraticCurvesClearsNearTheLeastCostPrice() {
        SplittableRandom random = new SplittableRandom(1995);
        CurveBids fine = new CurveBids(10_000_000, 400);
        for (int trial = 0; trial < 100; trial++) {
            AllocationProblemBuilder b = AllocationProblem.builder();
            int region = b.addRegion("r", 0);
            int n = 2 + random.nextInt(7);
            double totalMax = 0;
            double stepPrice = 0;
            for (int i = 0; i < n; i++) {
                double linear = random.nextDouble() * 50;
                double slope = 0.5 + random.nextDouble() * 5;
                double max = 5 + random.nextDouble() * 45;
                if (random.nextInt(3) == 0) {
                    b.addStepSource(region, max + 3, new double[] {max}, new double[] {Math.rint(linear * 100) / 100});
                } else {
                    b.addQuadraticSource(region, max + random.nextDouble() * 10, linear, slope, max);
                    stepPrice = Math.max(stepPrice, slope * max / fine.quadraticSteps());
                }
                totalMax += max;
            }
            long requirement = Quantum.PERMIT.of(totalMax * (0.1 + 0.8 * random.nextDouble()));
            b.capRequirement(Quantum.PERMIT.toDouble(requirement));
            checkAuctionPrice(b.build(), requirement, random, stepPrice, "quadratic trial " + trial, fine);
        }
    }

    private static void checkAuctionPrice(AllocationProblem problem, long requirement, SplittableRandom random,
                                          double tolerance, String context) {
        checkAuctionPrice(problem, requirement, random, tolerance, context, BIDS);
    }

    /** Holdings: a random part of each source's least-cost need, so no source wants to sell. */
    private static void checkAuctionPrice(AllocationProblem problem, long requirement, SplittableRandom random,
                                          double tolerance, String context, CurveBids curveBids) {
        AllocationSolution exact = new ExactAllocationSolver().solve(problem);
        assertTrue(exact.isOptimal(), context);
        long[] holdings = new long[problem.sourceCount()];
        long cap = -requirement;
        for (int i = 0; i < holdings.length; i++) {
            long need = Quantum.PERMIT.of(problem.baseline(i) - exact.abatement()[i]);
            holdings[i] = random.nextBoolean() ? 0 : (long) (random.nextDouble() * Math.max(0, need - 10));
            cap += Quantum.PERMIT.of(problem.baseline(i)) - holdings[i];
        }
        List<Bid> bids = curveBids.forAll(problem, holdings);
        AuctionResult result = UniformPriceAuction.clear(bids, AuctionRules.of(cap, 0), 7);
        assertEquals(AuctionStatus.CLEARED, result.status(), context);
        assertEquals(cap, result.sold(), context);
        double price = Quantum.PRICE.toDouble(result.clearingPrice().orElseThrow());
        assertEquals(exact.capPrice(), price, tolerance + 0.5 / Quantum.PRICE.perUnit() + 1e-9,
                context + ": auction " + price + ", λ " + exact.capPrice());
        for (int b = 0; b < bids.size(); b++) {
            if (bids.get(b).price() == curveBids.mustBuyPrice()) {
                assertEquals(bids.get(b).quantity(), result.award(b), context + ": must-buy bid not filled");
            }
        }
    }

    private static boolean onBlockBoundary(AllocationProblem p, long requirement) {
        // Cumulative abatement, cheapest blocks first, in quantity ticks.
        int blocks = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            blocks += p.blockCount(i);
        }
        double[][] all = new double[blocks][];
        int k = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            for (int j = 0; j < p.blockCount(i); j++) {
                all[k++] = new double[] {p.blockCost(i, j), p.blockAmount(i, j)};
            }
        }
        Arrays.sort(all, (x, y) -> Double.compare(x[0], y[0]));
        double cumulative = 0;
        for (double[] block : all) {
            cumulative += block[1];
            if (Math.abs(Quantum.PERMIT.of(cumulative) - requirement) <= 1) {
                return true;
            }
        }
        return false;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
