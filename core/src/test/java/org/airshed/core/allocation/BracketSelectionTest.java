package org.airshed.core.allocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The sampled-bracket selection against the full selection it speeds up, bit for bit: same price,
 * same abatement of every source, same cost of every source. Tiny samples and chunks force the
 * sampled bracket to miss now and then, so the fallback is exercised too.
 */
class BracketSelectionTest {
    private static final int INSTANCES = 60;

    /** Result of one selection: price and abatements; costs per source when asked. */
    private record Selected(double price, double[] abatement, double[] cost) {
    }

    private static Selected full(AllocationProblem p, double[] offset, double requirement) {
        int[] all = new int[p.sourceCount()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        double[] abatement = new double[all.length];
        double price = new EquiMarginalSelection(p, new SplittableRandom(1))
                .solve(all, offset, requirement, totalMax(p), abatement);
        double[] cost = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            cost[i] = p.cost(i, abatement[i]);
        }
        return new Selected(price, abatement, cost);
    }

    private static double totalMax(AllocationProblem p) {
        double total = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            total += p.maxAbatement(i);
        }
        return total;
    }

    /** Compares every instance of a family at several requirements; returns the number of bracket misses. */
    private static int compareAll(ManySourceProblems family, int sampleSize, int chunk, Workers workers) {
        return compareAll(family, sampleSize, chunk, workers, SampledBracket.MARGIN, 1)[0];
    }

    /** Returns the numbers of bracket misses and of fallbacks to the full selection. */
    private static int[] compareAll(ManySourceProblems family, int sampleSize, int chunk, Workers workers,
                                    double margin, int widenings) {
        int misses = 0;
        int fallbacks = 0;
        for (int seed = 0; seed < INSTANCES; seed++) {
            double share = new double[] {0.6, 0.05, 0.95, 0.3, -0.1}[seed % 5];
            AllocationProblem p = family.generate(seed, share);
            double requirement = p.capRequirement();
            Selected expected = full(p, p.regionWeight, requirement);
            double[] abatement = new double[p.sourceCount()];
            double[] cost = new double[p.sourceCount()];
            BracketSelection fast = new BracketSelection(p, new SplittableRandom(seed), workers, sampleSize, chunk,
                    margin, widenings);
            double price = fast.solveAll(p.regionWeight, requirement, totalMax(p), abatement, cost);
            String where = family + " seed " + seed;
            assertEquals(expected.price(), price, 0, where);
            assertArrayEquals(expected.abatement(), abatement, where);
            assertArrayEquals(expected.cost(), cost, where);
            misses += fast.misses();
            fallbacks += fast.fallbacks();
        }
        return new int[] {misses, fallbacks};
    }

    @Test
    void continuousBlocksMatchTheFullSelection() {
        compareAll(new ManySourceProblems(3000, 7, 0, 0, false, false, 0.05), 256, 300, Workers.sequential());
    }

    @Test
    void tiesAtThePriceFillInSourceOrderAsBefore() {
        compareAll(new ManySourceProblems(2000, 5, 0, 0, false, true, 0.1), 128, 256, Workers.sequential());
    }

    @Test
    void quadraticSourcesMatchTheFullSelection() {
        compareAll(new ManySourceProblems(2000, 5, 0, 0.4, false, false, 0.05), 128, 200, Workers.sequential());
        compareAll(new ManySourceProblems(1500, 4, 0, 1.0, false, false, 0), 128, 200, Workers.sequential());
        compareAll(new ManySourceProblems(1500, 4, 0, 0.5, false, true, 0.1), 128, 200, Workers.sequential());
    }

    @Test
    void welfareWeightsMatchTheFullSelection() {
        compareAll(new ManySourceProblems(2000, 9, 0, 0.3, true, false, 0.05), 128, 300, Workers.sequential());
        compareAll(new ManySourceProblems(2000, 9, 0, 0.3, true, true, 0.1), 128, 300, Workers.sequential());
    }

    @Test
    void zeroCostBlocksMatchTheFullSelection() {
        compareAll(new ManySourceProblems(1000, 3, 0, 0.2, false, false, 0.8), 64, 100, Workers.sequential());
        compareAll(new ManySourceProblems(1000, 3, 0, 0.2, false, true, 0.8), 64, 100, Workers.sequential());
    }

    @Test
    void tinySamplesMissAndTheWiderSearchGivesTheSameAnswer() {
        int[] first = compareAll(new ManySourceProblems(800, 3, 0, 0.2, false, false, 0.05), 8, 50,
                Workers.sequential(), 0, 1);
        int[] second = compareAll(new ManySourceProblems(800, 3, 0, 0.2, true, true, 0.1), 8, 50,
                Workers.sequential(), 0, 1);
        assertTrue(first[0] + second[0] > 0, "no bracket missed: the wider search went untested");
    }

    @Test
    void tinySamplesMissAndTheFullSelectionGivesTheSameAnswer() {
        int[] first = compareAll(new ManySourceProblems(800, 3, 0, 0.2, false, false, 0.05), 8, 50,
                Workers.sequential(), 0, 0);
        int[] second = compareAll(new ManySourceProblems(800, 3, 0, 0.2, true, true, 0.1), 8, 50,
                Workers.sequential(), 0, 0);
        assertTrue(first[1] + second[1] > 0, "nothing fell back: the full selection went untested");
    }

    @Test
    void threadsGiveTheSameBits() {
        compareAll(new ManySourceProblems(3000, 7, 0, 0.3, true, false, 0.05), 256, 100, Workers.of(3, 0));
    }

    @Test
    void splittingRegionTotalsMatchesTheFullSelectionPerRegion() {
        for (int seed = 0; seed < INSTANCES; seed++) {
            boolean ties = seed % 2 == 0;
            AllocationProblem p = new ManySourceProblems(2500, 6, 0, 0.3, false, ties, 0.1).generate(seed, 0.5);
            RegionCurves curves = new RegionCurves(p);
            SplittableRandom random = new SplittableRandom(seed);
            int regions = p.regionCount();
            int[][] members = new int[regions][];
            double[] target = new double[regions];
            double[] regionMax = new double[regions];
            double[] expected = new double[p.sourceCount()];
            double[] expectedPrice = new double[regions];
            EquiMarginalSelection plain = new EquiMarginalSelection(p, new SplittableRandom(1));
            for (int r = 0; r < regions; r++) {
                members[r] = curves.sources(r);
                regionMax[r] = curves.maxAbatement(r);
                double share = random.nextDouble() < 0.1 ? 0 : random.nextDouble();
                target[r] = ties ? Math.floor(regionMax[r] * share * 2) / 2 : regionMax[r] * share;
                if (members[r].length > 0) {
                    expectedPrice[r] = plain.solve(members[r], new double[regions], target[r], regionMax[r], expected);
                }
            }
            double[] abatement = new double[p.sourceCount()];
            double[] price = new BracketSelection(p, new SplittableRandom(seed), Workers.of(2, 0), 64, 128,
                    seed % 3 == 0 ? 0 : SampledBracket.MARGIN, seed % 2)
                    .solveByRegion(members, target, regionMax, abatement, null);
            assertArrayEquals(expectedPrice, price, "sampled brackets, seed " + seed);
            assertArrayEquals(expected, abatement, "sampled brackets, seed " + seed);
            double[] fromCurves = new double[p.sourceCount()];
            double[] sourceCost = new double[p.sourceCount()];
            price = new BracketSelection(p, new SplittableRandom(seed), Workers.of(2, 0), 64, 128,
                    SampledBracket.MARGIN, 1)
                    .solveByRegion(curves, target, fromCurves, sourceCost);
            assertArrayEquals(expectedPrice, price, "brackets from the curves, seed " + seed);
            assertArrayEquals(expected, fromCurves, "brackets from the curves, seed " + seed);
            for (int i = 0; i < p.sourceCount(); i++) {
                assertEquals(p.cost(i, expected[i]), sourceCost[i], 0, "cost of source " + i + ", seed " + seed);
            }
        }
    }
}
