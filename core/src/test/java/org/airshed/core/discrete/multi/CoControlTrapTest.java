package org.airshed.core.discrete.multi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.airshed.core.allocation.multi.MultiPollutantProblemBuilder;
import org.junit.jupiter.api.Test;

/**
 * The co-control trap of the CoST greedy, worked by hand: plant 1 (100 t SO2, 100 t NOx) has a
 * scrubber (SO2 90 %, 90), an SCR (NOx 90 %, 50) and both (200); plant 2 (100 t SO2) a scrubber (95);
 * plant 3 (100 t NOx) an SCR (80). Both caps ask for 90 t. Targeting SO2 first, the greedy scrubs
 * plant 1 (1.00 per t against 1.06), which blocks its cheap SCR; for NOx it then takes plant 3's
 * SCR (0.89 per t, against 1.22 for the upgrade): 90 + 80 = 170. The optimum scrubs plant 2 and
 * puts the SCR on plant 1: 95 + 50 = 145. The greedy overpays 25 (17 %).
 */
class CoControlTrapTest {
    static MultiPollutantProblem trap() {
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"SO2", "NOx"}, new String[] {"A"});
        b.optionSource(0, new double[] {100, 100});
        b.option(90, new double[] {0.9, 0});
        b.option(50, new double[] {0, 0.9});
        b.option(200, new double[] {0.9, 0.9});
        b.optionSource(0, new double[] {100, 0});
        b.option(95, new double[] {0.9, 0});
        b.optionSource(0, new double[] {0, 100});
        b.option(80, new double[] {0, 0.9});
        b.cap(0, 90);
        b.cap(1, 90);
        return b.build();
    }

    @Test
    void theGreedyScrubsTheCheapNoxPlantAndPays170() {
        MultiCostGreedy.Result greedy = MultiCostGreedy.solve(MultiDiscreteProblem.of(trap()));
        assertTrue(greedy.met());
        assertArrayEquals(new int[] {1, 0, 1}, greedy.choice());
        assertEquals(170, greedy.cost(), 1e-12);
        assertEquals(2, greedy.moves());
    }

    @Test
    void branchAndBoundProvesTheOptimumOf145() {
        MultiDiscreteResult r = MultiDiscreteSolver.solve(MultiDiscreteProblem.of(trap()), 100, null, 0);
        assertEquals(MultiDiscreteStatus.OPTIMAL, r.status());
        assertArrayEquals(new int[] {2, 1, 0}, r.choice());
        assertEquals(145, r.cost(), 1e-12);
        assertEquals(25, r.savingOverGreedy(), 1e-12);
        assertEquals(25.0 / 145, r.greedyGap(), 1e-12);
        assertTrue(r.hullBound() <= 145);
    }

    @Test
    void aRowWithoutAMoveLeftIsNotMet() {
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"SO2", "NOx"}, new String[] {"A"});
        b.optionSource(0, new double[] {100, 100});
        b.option(10, new double[] {0.9, 0});
        b.option(10, new double[] {0, 0.9});
        b.cap(0, 50);
        b.cap(1, 50);
        MultiDiscreteProblem d = MultiDiscreteProblem.of(b.build());
        assertFalse(MultiCostGreedy.solve(d).met());
        assertEquals(MultiDiscreteStatus.INFEASIBLE, MultiDiscreteSolver.solve(d, 100, null, 0).status());
    }

    @Test
    void withoutCapsOrLimitsNothingIsBoughtAndThatIsOptimal() {
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"SO2", "NOx"}, new String[] {"A"});
        b.optionSource(0, new double[] {100, 100});
        b.option(10, new double[] {0.9, 0});
        MultiDiscreteResult r = MultiDiscreteSolver.solve(MultiDiscreteProblem.of(b.build()), 100, null, 0);
        assertEquals(MultiDiscreteStatus.OPTIMAL, r.status());
        assertArrayEquals(new int[] {0}, r.choice());
        assertEquals(0, r.cost());
        assertEquals(0, r.bound());
    }
}
