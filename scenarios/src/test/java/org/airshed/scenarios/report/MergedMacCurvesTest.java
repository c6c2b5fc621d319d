package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.SplittableRandom;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;
import org.airshed.core.allocation.Workers;
import org.junit.jupiter.api.Test;

/**
 * {@link MergedMacCurves} (the solver's per-region sorted blocks, merged for the total, on 1 to 3
 * threads) against {@link MacCurves#bySort} and the independent {@link MacCurvesReference}, bit for bit,
 * on instances where it applies (regions long enough for the solver's stable sort, ties and negative
 * prices among them), and that it gives up where the solver's order is not the stable sort.
 */
class MergedMacCurvesTest {

    @Test
    void theSameCurvesBitForBitOn60RandomProblemsOnOneTwoAndThreeThreads() {
        SplittableRandom random = new SplittableRandom(20261206L);
        for (int instance = 0; instance < 60; instance++) {
            AllocationProblem problem = tiedLongRegions(random, instance);
            int totalRows = instance % 2 == 0 ? MacCurves.TOTAL_ROWS : 50 + random.nextInt(500);
            int regionRows = instance % 2 == 0 ? MacCurves.TOTAL_ROWS : 20 + random.nextInt(200);
            List<MacCurve> expected = MacCurves.bySort(problem, totalRows, regionRows);
            MacCurvesSingleSortTest.assertSame(MacCurvesReference.of(problem, totalRows, regionRows), expected,
                    "instance " + instance + ", the reference");
            for (int threads = 1; threads <= 3; threads++) {
                int pieceBlocks = new int[] {4, 50, 1 << 16}[(instance + threads) % 3];
                List<MacCurve> merged = MergedMacCurves.of(problem, totalRows, regionRows, Workers.of(threads, 0),
                        pieceBlocks);
                assertNotNull(merged, "instance " + instance + ": the solver's order fits");
                MacCurvesSingleSortTest.assertSame(expected, merged, "instance " + instance + ", " + threads + " threads");
            }
        }
    }

    @Test
    void givesUpOnANegativeZeroCostAndTheEntryPointSortsInstead() {
        AllocationProblem problem = withShortRegion(new double[] {-0.0, 1, 2});
        assertNull(MergedMacCurves.of(problem, 100, 100, Workers.of(2, 0)));
        MacCurvesSingleSortTest.assertSame(MacCurvesReference.of(problem, 100, 100), MacCurves.of(problem, 100, 100),
                "−0");
    }

    @Test
    void givesUpOnEqualCostsInARegionTheSolverSortsUnstably() {
        AllocationProblem problem = withShortRegion(new double[] {3, 1, 3});
        assertNull(MergedMacCurves.of(problem, 100, 100, Workers.of(2, 0)));
        MacCurvesSingleSortTest.assertSame(MacCurvesReference.of(problem, 100, 100), MacCurves.of(problem, 100, 100),
                "ties");
        assertNotNull(MergedMacCurves.of(withShortRegion(new double[] {3, 1, 2}), 100, 100, Workers.of(2, 0)),
                "distinct costs: any sort agrees");
    }

    @Test
    void mergeWholeOrByPriceIsTheStableSortOfTheRunsInOrder() {
        SplittableRandom random = new SplittableRandom(5);
        for (int instance = 0; instance < 200; instance++) {
            int runs = 1 + random.nextInt(9);
            int[] start = new int[runs + 1];
            for (int r = 0; r < runs; r++) {
                start[r + 1] = start[r] + random.nextInt(40);
            }
            int n = start[runs];
            double[] key = new double[n];
            double[] value = new double[n];
            for (int r = 0; r < runs; r++) {
                double k = random.nextInt(5);
                for (int j = start[r]; j < start[r + 1]; j++) {
                    k += random.nextInt(3);
                    key[j] = k;
                    value[j] = j;
                }
            }
            int pieceBlocks = instance % 2 == 0 ? Integer.MAX_VALUE : 1 + instance % 7;
            double[][] merged = MergedMacCurves.mergeByPrice(key, value, start, Workers.of(1 + instance % 3, 0),
                    pieceBlocks);
            // A stable insertion sort of the concatenation: the same order, each value with its key.
            double[] k = key.clone();
            double[] v = value.clone();
            for (int i = 1; i < n; i++) {
                for (int j = i; j > 0 && k[j - 1] > k[j]; j--) {
                    double t = k[j];
                    k[j] = k[j - 1];
                    k[j - 1] = t;
                    t = v[j];
                    v[j] = v[j - 1];
                    v[j - 1] = t;
                }
            }
            for (int i = 0; i < n; i++) {
                assertEquals(k[i], merged[0][i], "instance " + instance + " key " + i);
                assertEquals(v[i], merged[1][i], "instance " + instance + " value " + i);
            }
        }
    }

    /** One long region and one short one whose blocks cost {@code shortCosts}. */
    private static AllocationProblem withShortRegion(double[] shortCosts) {
        AllocationProblemBuilder b = AllocationProblem.builder();
        b.addRegion("long", 0);
        b.addRegion("short", 0);
        for (int s = 0; s < 300; s++) {
            b.addStepSource(0, 10, new double[] {1}, new double[] {s % 7});
        }
        for (double cost : shortCosts) {
            b.addStepSource(1, 10, new double[] {1.5}, new double[] {cost});
        }
        return b.build();
    }

    /**
     * Up to 12 regions: long ones (at least 256 blocks, sorted stably by the solver) with prices on a coarse
     * grid (ties, negatives, blocks of no amount), short ones with distinct prices, empty ones, and some
     * quadratic sources.
     */
    static AllocationProblem tiedLongRegions(SplittableRandom random, int instance) {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int regions = 1 + random.nextInt(12);
        for (int r = 0; r < regions; r++) {
            b.addRegion("R" + r, 0);
        }
        int grid = 2 + random.nextInt(40);
        double shift = instance % 3 == 0 ? grid / 2.0 : 0;
        for (int r = 0; r < regions; r++) {
            int kind = random.nextInt(4);
            if (kind == 0) {
                continue;
            }
            int sources = kind == 1 ? random.nextInt(30) : 160 + random.nextInt(300);
            for (int s = 0; s < sources; s++) {
                if (random.nextInt(10) == 0) {
                    double max = random.nextInt(6) == 0 ? 0 : 0.5 * (1 + random.nextInt(20));
                    b.addQuadraticSource(r, max + 5, random.nextInt(grid) - shift, 0.25 * (1 + random.nextInt(8)), max);
                    continue;
                }
                int blocks = kind == 1 ? 1 + random.nextInt(6) : 3 + random.nextInt(4);
                double[] amounts = new double[blocks];
                double[] costs = new double[blocks];
                double total = 0;
                double price = kind == 1 ? random.nextDouble() * grid - shift : random.nextInt(grid) - shift;
                for (int k = 0; k < blocks; k++) {
                    amounts[k] = random.nextInt(8) == 0 ? 0 : random.nextInt(2) == 0 ? 1 + random.nextInt(4)
                            : random.nextDouble() * 30;
                    price += kind == 1 ? random.nextDouble() : random.nextInt(3) * 0.5;
                    costs[k] = price == 0 ? 0.0 : price;
                    total += amounts[k];
                }
                b.addStepSource(r, total + 1, amounts, costs);
            }
        }
        return b.build();
    }
}
