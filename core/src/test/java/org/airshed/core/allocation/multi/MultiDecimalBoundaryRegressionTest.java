package org.airshed.core.allocation.multi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.airshed.core.allocation.AllocationStatus;
import org.junit.jupiter.api.Test;

/**
 * A cap or limit written in decimal exactly on a block boundary, carried over from the one-pollutant
 * {@code DecimalBoundaryRegressionTest}: baselines 0.1, 0.2, 0.3 of SO2 (float total
 * 0.6000000000000001), one block each at 12.5, 18.03 and 36.2, so that a cap of 0.3 asks for
 * 0.3000000000000001, above the float sum of the two cheap blocks. The several-pollutant solver took
 * a sliver of the 36.2 block and priced the cap there (red before {@code BoundaryRule} was applied
 * to it); it must meet the cap at the boundary, priced at 18.03, as the one-pollutant solver does.
 * A second pollutant (NOx, its own cap, away from any boundary) rides along.
 */
class MultiDecimalBoundaryRegressionTest {
    private static final double TOTAL = 0.1 + 0.2 + 0.3;

    /** Three sources in regions {@code regionOf}, SO2 as above, NOx 1.0 each with one block at 5, 7, 9. */
    private static MultiPollutantProblemBuilder threeSources(int[] regionOf, String... regions) {
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"SO2", "NOx"}, regions);
        double[] baseline = {0.1, 0.2, 0.3};
        double[] cost = {12.5, 18.03, 36.2};
        for (int i = 0; i < 3; i++) {
            b.curveSource(regionOf[i], new double[] {baseline[i], 1});
            b.steps(0, new double[] {baseline[i]}, new double[] {cost[i]});
            b.steps(1, new double[] {1}, new double[] {5 + 2 * i});
        }
        return b.cap(1, 1.5);
    }

    @Test
    void capOnABoundaryIsPricedAtTheLowerBlock() {
        MultiPollutantSolution s = MultiPollutantSolvers.exact().solve(
                threeSources(new int[] {0, 0, 0}, "R").cap(0, TOTAL - 0.3).build());
        assertAll(() -> assertEquals(AllocationStatus.OPTIMAL, s.status(), s.reasons().toString()),
                () -> assertEquals(18.03, s.capPrices()[0], 0, "SO2 cap price"),
                () -> assertEquals(7, s.capPrices()[1], 1e-12, "NOx cap price"),
                () -> assertEquals(0.1, s.abatement()[0], 0),
                () -> assertEquals(0.2, s.abatement()[2], 0),
                () -> assertEquals(0, s.abatement()[4], 0, "no sliver of the 36.2 block"));
    }

    @Test
    void capAtTheTotalBaselineIsPricedAtZero() {
        MultiPollutantSolution s = MultiPollutantSolvers.exact().solve(
                threeSources(new int[] {0, 0, 0}, "R").cap(0, TOTAL - 0.6).build());
        assertAll(() -> assertEquals(AllocationStatus.OPTIMAL, s.status(), s.reasons().toString()),
                () -> assertEquals(0, s.capPrices()[0], 0, "SO2 cap price"),
                () -> assertEquals(0, s.abatement()[0] + s.abatement()[2] + s.abatement()[4], 0));
    }

    @Test
    void limitOnABoundaryIsPricedAtTheLowerBlock() {
        // One receptor, SO2 transfer 1 from both regions, NOx 0: concentration 0.6000000000000001, limit 0.3.
        MultiPollutantProblemBuilder b = threeSources(new int[] {0, 0, 1}, "A", "B");
        b.receptor(new double[] {1, 1, 0, 0}, TOTAL - 0.3);
        MultiPollutantSolution s = MultiPollutantSolvers.exact().solve(b.build());
        assertAll(() -> assertEquals(AllocationStatus.OPTIMAL, s.status(), s.reasons().toString()),
                () -> assertEquals(18.03, s.receptorPrices()[0], 0, "receptor price"),
                () -> assertEquals(0, s.abatement()[4], 0, "no sliver of the 36.2 block"));
    }
}
