package org.airshed.core.discrete.multi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.airshed.core.allocation.multi.MultiPollutantProblemBuilder;
import org.junit.jupiter.api.Test;

/**
 * Review 16, finding 1: a row counted as met when short by 1e-9 of the sum of every source's largest
 * removal, so on two 1e6 t sources a choice 0.001 t short of the SO2 cap was accepted and called
 * optimal. Two SO2 sources of 1e6 t; s1 "half" (0.5, 1000), s2 "big" (0.6, 5000); cap 1,499,999.999 t
 * (requirement 500,000.001 t): only s2 "big" meets it, at 5000.
 */
class CapBrokenWithinRowToleranceTest {
    private static MultiPollutantProblem problem() {
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"SO2", "NOx"}, new String[] {"A"});
        b.optionSource(0, new double[] {1_000_000, 10});
        b.option(1000, new double[] {0.5, 0});
        b.optionSource(0, new double[] {1_000_000, 0});
        b.option(5000, new double[] {0.6, 0});
        b.cap(0, 2_000_000 - 1_499_999.999);
        return b.build();
    }

    @Test
    void aChoiceOneQuantumShortOfTheCapDoesNotMeetIt() {
        MultiDiscreteProblem d = MultiDiscreteProblem.of(problem());
        assertFalse(d.meets(new int[] {1, 0}), "500,000 t cut against a 500,000.001 t requirement");
        assertTrue(d.meets(new int[] {0, 1}));
        assertTrue(d.meets(new int[] {1, 1}));
    }

    @Test
    void theOptimumIsTheOnlyChoiceMeetingTheCap() {
        MultiDiscreteResult r = MultiDiscreteSolver.solve(MultiDiscreteProblem.of(problem()), 1000, null, 1);
        assertEquals(MultiDiscreteStatus.OPTIMAL, r.status());
        assertArrayEquals(new int[] {0, 1}, r.choice());
        assertEquals(5000.0, r.cost(), 0.0);
    }

    @Test
    void theGreedyDoesNotCallTheShortChoiceMet() {
        MultiCostGreedy.Result g = MultiCostGreedy.solve(MultiDiscreteProblem.of(problem()));
        assertTrue(g.met());
        assertTrue(MultiDiscreteProblem.of(problem()).meets(g.choice()), "greedy choice " + g.choice()[0] + ","
                + g.choice()[1]);
        assertTrue(g.cost() >= 5000, "greedy cost " + g.cost());
    }
}
