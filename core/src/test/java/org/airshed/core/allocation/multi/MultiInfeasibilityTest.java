package org.airshed.core.allocation.multi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airshed.core.allocation.AllocationStatus;
import org.junit.jupiter.api.Test;

/**
 * With signed coefficients every row can be met alone while the rows cannot be met together, so
 * the one-pollutant check (each row at full abatement) would pass. One NOx source (10 t): receptor
 * 0 needs a ≥ 6, receptor 1 (titration, coefficient −1) needs −a ≥ −3, i.e. a ≤ 3.
 */
class MultiInfeasibilityTest {
    @Test
    void conflictingRowsAreProvenTogether() {
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"NOx"}, new String[] {"A"});
        b.curveSource(0, new double[] {10});
        b.steps(0, new double[] {10}, new double[] {1});
        b.receptor(new double[] {1}, 6).receptor(new double[] {-1}, -3);
        MultiPollutantSolution s = MultiPollutantSolvers.exact().solve(b.build());
        assertEquals(AllocationStatus.INFEASIBLE, s.status());
        String reason = s.reasons().get(0);
        assertTrue(reason.contains("receptor row 0 and receptor row 1 cannot be met together"), reason);
        assertTrue(reason.contains("short by 3.0"), reason);
    }

    @Test
    void oneRowAloneIsNamedWithItsNumbers() {
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"SO2", "NOx"},
                new String[] {"A"});
        b.optionSource(0, new double[] {10, 20});
        b.option(5, new double[] {0.9, 0.1});
        b.cap(0, 9.5);
        MultiPollutantSolution s = MultiPollutantSolvers.exact().solve(b.build());
        assertEquals(AllocationStatus.INFEASIBLE, s.status());
        assertEquals(
                "the SO2 cap cannot be met: the most any allocation reaches is 9.0, less than required 9.5 (short by 0.5)",
                s.reasons().get(0));
    }

    @Test
    void eachRowAloneIsFeasible() {
        for (double[] row : new double[][] {{1, 6}, {-1, -3}}) {
            MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"NOx"}, new String[] {"A"});
            b.curveSource(0, new double[] {10});
            b.steps(0, new double[] {10}, new double[] {1});
            b.receptor(new double[] {row[0]}, row[1]);
            assertEquals(AllocationStatus.OPTIMAL, MultiPollutantSolvers.exact().solve(b.build()).status());
        }
    }
}
