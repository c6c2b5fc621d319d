package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;
import org.airshed.scenarios.generate.GeneratorSpec;
import org.airshed.scenarios.generate.SyntheticScenarios;
import org.junit.jupiter.api.Test;

/**
 * {@link MacCurves} (each event list sorted once and dealt out to the regions, each curve swept
 * once) against {@link MacCurvesReference} (every curve sorting and sweeping on its own), bit for
 * bit: mac.csv and the report must not change by a digit.
 */
class MacCurvesSingleSortTest {

    @Test
    void theSameCurvesBitForBitOn300SmallRandomProblems() {
        SplittableRandom random = new SplittableRandom(20261206);
        for (int instance = 0; instance < 300; instance++) {
            AllocationProblem problem = MacCurvesTest.random(random, instance);
            assertSame(MacCurvesReference.of(problem), MacCurves.of(problem), "instance " + instance);
        }
    }

    @Test
    void theSameCurvesBitForBitOn200LargerProblemsWithTiesAndThinning() {
        SplittableRandom random = new SplittableRandom(17);
        for (int instance = 0; instance < 200; instance++) {
            AllocationProblem problem = larger(random, instance);
            // Budgets small enough that most curves are thinned, some at exactly their breakpoint count.
            int totalRows = 4 + random.nextInt(300);
            int regionRows = 4 + random.nextInt(60);
            assertSame(MacCurvesReference.of(problem, totalRows, regionRows),
                    MacCurves.of(problem, totalRows, regionRows), "instance " + instance);
            assertSame(MacCurvesReference.of(problem), MacCurves.of(problem), "instance " + instance + ", full budget");
            List<MacCurve> whole = MacCurves.of(problem);
            int exact = whole.get(0).breakpoints();
            assertSame(MacCurvesReference.of(problem, exact, exact), MacCurves.of(problem, exact, exact),
                    "instance " + instance + ", budget = total breakpoints");
            assertSame(MacCurvesReference.of(problem, exact - 1, exact - 1), MacCurves.of(problem, exact - 1, exact - 1),
                    "instance " + instance + ", budget = total breakpoints − 1");
        }
    }

    @Test
    void theSameCurvesBitForBitOnASyntheticInventory() {
        GeneratorSpec spec = GeneratorSpec.of(20_000, 30, 0, 23).withExactBlocks(5);
        AllocationProblem problem = SyntheticScenarios.problem(spec);
        assertSame(MacCurvesReference.of(problem, 5_000, 500), MacCurves.of(problem, 5_000, 500), "thinned");
        assertSame(MacCurvesReference.of(problem), MacCurves.of(problem), "full budget");
    }

    /** Up to 40 regions and 400 sources on a coarse price grid with −0, negative prices and empty regions. */
    private static AllocationProblem larger(SplittableRandom random, int instance) {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int regions = 1 + random.nextInt(40);
        for (int r = 0; r < regions; r++) {
            b.addRegion("R" + r, 0);
        }
        int sources = random.nextInt(400);
        int grid = 1 + random.nextInt(30);
        for (int s = 0; s < sources; s++) {
            int region = random.nextInt(regions);
            double price = (random.nextInt(grid) - (instance % 3 == 0 ? grid / 2 : 0)) * 0.5;
            if (random.nextInt(4) == 0) {
                double max = random.nextInt(6) == 0 ? 0 : 0.5 * (1 + random.nextInt(20));
                double slope = 0.25 * (1 + random.nextInt(8));
                b.addQuadraticSource(region, max + 5, price == 0 && random.nextBoolean() ? -0.0 : price, slope, max);
            } else {
                int blocks = random.nextInt(6);
                double[] amounts = new double[blocks];
                double[] costs = new double[blocks];
                double total = 0;
                for (int k = 0; k < blocks; k++) {
                    amounts[k] = random.nextInt(5) == 0 ? 0 : random.nextInt(2) == 0 ? 1 + random.nextInt(4)
                            : random.nextDouble() * 30;
                    price += random.nextInt(3) * 0.5;
                    costs[k] = price == 0 && random.nextBoolean() ? -0.0 : price;
                    total += amounts[k];
                }
                b.addStepSource(region, total + 1, amounts, costs);
            }
        }
        return b.build();
    }

    static void assertSame(List<MacCurve> expected, List<MacCurve> actual, String where) {
        assertEquals(expected.size(), actual.size(), where + ": curves");
        for (int r = 0; r < expected.size(); r++) {
            MacCurve e = expected.get(r);
            MacCurve a = actual.get(r);
            String curve = where + ", curve " + r;
            assertEquals(e.region(), a.region(), curve + " region");
            assertEquals(e.breakpoints(), a.breakpoints(), curve + " breakpoints");
            assertBits(e.price(), a.price(), curve + " price");
            assertBits(e.abatement(), a.abatement(), curve + " abatement");
            assertBits(e.cost(), a.cost(), curve + " cost");
        }
    }

    private static void assertBits(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int k = 0; k < expected.length; k++) {
            assertEquals(Double.doubleToRawLongBits(expected[k]), Double.doubleToRawLongBits(actual[k]),
                    what + " " + k + ": expected " + expected[k] + ", got " + actual[k]);
        }
    }
}
