package org.airshed.core.allocation.multi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.airshed.core.allocation.AllocationStatus;
import org.junit.jupiter.api.Test;

/**
 * Two regions, NOx and SO2, one receptor in B where B's NOx titrates (abating it raises the
 * concentration). Solved by hand: B's cheap NOx would meet the NOx cap alone, but every unit of it
 * costs the receptor 0.2, so units move to A until 0.7·a − 2.4 = 4: a = 64/7, b = 20/7, cost
 * 6600/7. Both NOx blocks are partly taken, so the prices are unique: 100 = λ + 0.5 μ and
 * 10 = λ − 0.2 μ give μ = 900/7, λ = 250/7.
 */
class MultiTitrationTest {
    static MultiPollutantProblem problem() {
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"NOx", "SO2"},
                new String[] {"A", "B"});
        b.curveSource(0, new double[] {20, 20});
        b.steps(0, new double[] {10}, new double[] {100}).steps(1, new double[] {10}, new double[] {200});
        b.curveSource(1, new double[] {20, 20});
        b.steps(1, new double[] {10}, new double[] {300}).steps(0, new double[] {10}, new double[] {10});
        b.cap(0, 12);
        // transfer[p * R + r]: NOx A, NOx B, SO2 A, SO2 B
        b.receptor(new double[] {0.5, -0.2, 0.1, 0.3}, 4);
        return b.build();
    }

    @Test
    void titrationMovesNoxAbatementUpwind() {
        MultiPollutantProblem q = problem();
        MultiPollutantSolution s = MultiPollutantSolvers.exact().solve(q);
        assertEquals(AllocationStatus.OPTIMAL, s.status(), s.reasons().toString());
        assertEquals(64.0 / 7, s.abatement()[0], 1e-12);
        assertEquals(0, s.abatement()[1], 1e-12);
        assertEquals(20.0 / 7, s.abatement()[2], 1e-12);
        assertEquals(0, s.abatement()[3], 1e-12);
        assertEquals(6600.0 / 7, s.cost(), 1e-9);
        assertEquals(250.0 / 7, s.capPrices()[0], 1e-9);
        assertEquals(0, s.capPrices()[1]);
        assertEquals(900.0 / 7, s.receptorPrices()[0], 1e-9);
        assertNull(MultiPollutantCertificate.violation(q, s, 1e-9));
    }
}
