package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;
import org.airshed.core.allocation.RegionSupply;
import org.airshed.scenarios.generate.GeneratorSpec;
import org.airshed.scenarios.generate.SyntheticScenarios;
import org.junit.jupiter.api.Test;

/**
 * mac.csv's curves against the solver's own region curves ({@link RegionSupply#response}, the
 * reference): at every breakpoint price the first point is what the sources abate facing that
 * price, at least cost, and the second (after a jump) what they abate facing the next double up.
 */
class MacCurvesTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void everyBreakpointIsTheSolversResponseOn300RandomProblems() {
        SplittableRandom random = new SplittableRandom(20261206);
        for (int instance = 0; instance < 300; instance++) {
            AllocationProblem problem = random(random, instance);
            RegionSupply supply = RegionSupply.of(problem);
            List<MacCurve> curves = MacCurves.of(problem);
            assertEquals(problem.regionCount() + 1, curves.size());
            for (int r = 0; r <= problem.regionCount(); r++) {
                MacCurve curve = curves.get(r);
                int region = r - 1;
                double[] price = curve.price();
                double[] abatement = curve.abatement();
                double[] cost = curve.cost();
                for (int k = 0; k < price.length; k++) {
                    boolean jumped = k > 0 && price[k] == price[k - 1];
                    double p = jumped ? Math.nextUp(price[k]) : price[k];
                    double[] expected = response(supply, region, p);
                    String where = "instance " + instance + ", curve " + (region < 0 ? "total" : region) + ", point " + k;
                    assertClose(expected[0], abatement[k], where + " abatement");
                    assertClose(expected[1], cost[k], where + " cost");
                    if (k > 0) {
                        assertTrue(price[k] >= price[k - 1] && abatement[k] >= abatement[k - 1] - 1e-9, where);
                    }
                }
                if (price.length > 0) {
                    assertEquals(0, abatement[0], where(instance, region) + " starts at no abatement");
                    double most = region < 0 ? total(supply) : supply.maxAbatement(region);
                    assertClose(most, abatement[price.length - 1], where(instance, region) + " ends at full capacity");
                }
            }
        }
    }

    @Test
    void aPriceOfMinusZeroIsOneBreakpointWithZero() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int a = b.addRegion("A", 0);
        b.addStepSource(a, 10, new double[] {2, 3}, new double[] {-0.0, 0.0});
        b.addStepSource(a, 10, new double[] {4}, new double[] {0.0});
        MacCurve total = MacCurves.of(b.build()).get(0);
        assertEquals(List.of(0.0, 0.0), List.of(total.price()[0], total.price()[1]));
        assertEquals(9, total.abatement()[1]);
        assertEquals(2, total.size());
    }

    @Test
    void aRegionThatCannotAbateHasAnEmptyCurve() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int a = b.addRegion("A", 0);
        int z = b.addRegion("Z", 0);
        b.addStepSource(a, 10, new double[] {5}, new double[] {7});
        b.addStepSource(z, 10, new double[0], new double[0]);
        List<MacCurve> curves = MacCurves.of(b.build());
        assertEquals(0, curves.get(2).size());
        assertEquals("Z", curves.get(2).region());
    }

    @Test
    void aNationalInventoryKeepsItsRowBudgetWithExactPointsAtBothEnds() {
        GeneratorSpec spec = GeneratorSpec.of(40_000, 50, 0, 17).withExactBlocks(5);
        AllocationProblem problem = SyntheticScenarios.problem(spec);
        List<MacCurve> curves = MacCurves.of(problem, 5_000, 500);
        RegionSupply supply = RegionSupply.of(problem);
        MacCurve total = curves.get(0);
        assertTrue(total.thinned() && total.size() <= 5_000, total.size() + " of " + total.breakpoints());
        double[] price = total.price();
        double[] abatement = total.abatement();
        for (int k = 0; k < price.length; k += 97) {
            double low = response(supply, -1, price[k])[0];
            double high = response(supply, -1, Math.nextUp(price[k]))[0];
            assertTrue(abatement[k] >= low * (1 - TOLERANCE) && abatement[k] <= high * (1 + TOLERANCE),
                    "a kept point lies on the curve: point " + k);
        }
        assertClose(total(supply), abatement[abatement.length - 1], "the last point is kept");
        for (MacCurve region : curves.subList(1, curves.size())) {
            assertTrue(region.size() <= 500, region.region() + ": " + region.size());
        }
    }

    static AllocationProblem random(SplittableRandom random, int instance) {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int regions = 1 + random.nextInt(4);
        for (int r = 0; r < regions; r++) {
            b.addRegion("R" + r, 0);
        }
        int sources = 1 + random.nextInt(12);
        for (int s = 0; s < sources; s++) {
            int region = random.nextInt(regions);
            // Prices on a coarse grid, so that blocks and quadratic ends often share one.
            double price = random.nextInt(40) - (instance % 5 == 0 ? 10 : 0);
            if (random.nextInt(3) == 0) {
                double max = 1 + random.nextInt(20);
                double slope = 0.25 * (1 + random.nextInt(8));
                b.addQuadraticSource(region, max + 5, price, slope, max);
            } else {
                int blocks = random.nextInt(4);
                double[] amounts = new double[blocks];
                double[] costs = new double[blocks];
                double total = 0;
                for (int k = 0; k < blocks; k++) {
                    amounts[k] = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(30) + random.nextDouble();
                    price += random.nextInt(3) * 2.5;
                    costs[k] = price;
                    total += amounts[k];
                }
                b.addStepSource(region, total + 1, amounts, costs);
            }
        }
        return b.build();
    }

    /** What the sources of {@code region} (−1: every region) abate facing {@code price}, and at what cost. */
    private static double[] response(RegionSupply supply, int region, double price) {
        if (region >= 0) {
            RegionSupply.Response r = supply.response(region, price);
            return new double[] {r.abatement(), r.cost()};
        }
        double a = 0;
        double c = 0;
        for (int r = 0; r < supply.regionCount(); r++) {
            RegionSupply.Response response = supply.response(r, price);
            a += response.abatement();
            c += response.cost();
        }
        return new double[] {a, c};
    }

    private static double total(RegionSupply supply) {
        double total = 0;
        for (int r = 0; r < supply.regionCount(); r++) {
            total += supply.maxAbatement(r);
        }
        return total;
    }

    private static String where(int instance, int region) {
        return "instance " + instance + ", curve " + (region < 0 ? "total" : region);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= TOLERANCE * Math.max(1, Math.abs(expected)),
                what + ": expected " + expected + ", got " + actual);
    }
}
