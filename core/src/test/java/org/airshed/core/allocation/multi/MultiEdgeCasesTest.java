package org.airshed.core.allocation.multi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airshed.core.allocation.AllocationStatus;
import org.junit.jupiter.api.Test;

/** Shapes the scenario side can hand over that the random instances rarely draw. */
class MultiEdgeCasesTest {
    private static MultiPollutantSolution solve(MultiPollutantProblem q) {
        MultiPollutantSolution s = MultiPollutantSolvers.exact().solve(q);
        assertEquals(AllocationStatus.OPTIMAL, s.status(), s.reasons().toString());
        assertNull(MultiPollutantCertificate.violation(q, s, 1e-9));
        return s;
    }

    @Test
    void noRowsWelfareOnlyTakesEveryBestResponse() {
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"SO2", "NOx"},
                new String[] {"A", "B"});
        b.curveSource(0, new double[] {10, 10});
        b.steps(0, new double[] {4, 6}, new double[] {5, 20});
        b.optionSource(1, new double[] {10, 10});
        b.option(100, new double[] {0.5, 0.5}).option(50, new double[] {0, 0.4});
        b.weights(new double[] {10, 10, 12, 12}); // w[p * R + r]
        MultiPollutantSolution s = solve(b.build());
        assertArrayEquals(new double[] {4, 0, 5, 5}, s.abatement(), 1e-12);
        assertArrayEquals(new double[] {1, 0}, s.optionShares(), 1e-12); // 120 − 100 > 48 − 50
        assertEquals(120, s.cost(), 1e-12);
    }

    @Test
    void aCapAskingForEveryUnitTakesEverything() {
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"SO2"}, new String[] {"A", "B"});
        b.curveSource(0, new double[] {10});
        b.steps(0, new double[] {4, 6}, new double[] {5, 20});
        b.optionSource(0, new double[] {10});
        b.option(30, new double[] {0.8});
        b.cap(0, 18);
        MultiPollutantSolution s = solve(b.build());
        assertArrayEquals(new double[] {10, 8}, s.abatement(), 1e-12);
        assertEquals(20, s.capPrices()[0], 1e-9, "the dearest unit (any price from 20 up is valid)");
    }

    @Test
    void noSourcesAndNothingRequired() {
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"SO2"}, new String[] {"A"});
        b.cap(0, 0).receptor(new double[] {1}, -1);
        MultiPollutantSolution s = solve(b.build());
        assertEquals(0, s.abatement().length);
        assertEquals(0, s.cost());
    }

    @Test
    void aRequirementWithoutSourcesIsInfeasible() {
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"SO2"}, new String[] {"A"});
        b.cap(0, 1);
        MultiPollutantSolution s = MultiPollutantSolvers.exact().solve(b.build());
        assertEquals(AllocationStatus.INFEASIBLE, s.status());
        assertTrue(Double.isNaN(s.cost()) && Double.isNaN(s.relativeGap()));
    }

    @Test
    void aZeroReceptorRowAskingForNothingIsPricedZero() {
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"SO2"}, new String[] {"A"});
        b.curveSource(0, new double[] {10});
        b.quadratic(0, 1, 2, 10);
        b.cap(0, 3).receptor(new double[] {0}, 0);
        MultiPollutantSolution s = solve(b.build());
        assertEquals(3, s.abatement()[0], 1e-12);
        assertEquals(7, s.capPrices()[0], 1e-9); // 1 + 2·3
        assertEquals(0, s.receptorPrices()[0]);
    }

    @Test
    void theBuilderNamesTheBadValue() {
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"SO2", "NOx"},
                new String[] {"A"});
        b.curveSource(0, new double[] {1, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.steps(1, new double[] {1, 1}, new double[] {5, 4}));
        assertEquals("invalid non-decreasing block unit cost [1]: 4.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> b.option(1, new double[] {0.5, 0.5}));
        assertTrue(e.getMessage().startsWith("invalid option() without a preceding optionSource()"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> b.curveSource(0, new double[] {1, Double.NaN}));
        assertEquals("invalid emission of NOx of source 1: NaN", e.getMessage());
    }
}
