package org.airshed.core.allocation.multi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airshed.core.allocation.AllocationStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Found by the feasibility differential on instances at the boundary (one row's requirement set to
 * exactly the most the sources can give it, so the only feasible points abate every source's most):
 * phase 1 finds them feasible (no proof) but {@code solve()} ends at ITERATION_LIMIT, the master LP
 * stalling or stopping just above the 1e-9 gap, instead of OPTIMAL. Red until the solver priced such
 * rows at their forcing price and pinned them in the quadratic finish.
 */
class MultiBoundaryStallRegressionTest {
    @ParameterizedTest(name = "{0} seed {1}")
    @CsvSource({"MIXED, 50001", "QUADRATIC, 50186", "QUADRATIC, 50196", "QUADRATIC, 50268", "QUADRATIC, 50288",
            "WELFARE, 50211", "WELFARE, 50244"})
    void aFeasibleBoundaryInstanceIsSolvedToOptimality(MultiRandomProblems.Flavour flavour, long seed) {
        MultiPollutantProblem q = atBoundary(MultiRandomProblems.draw(flavour, seed));
        assertTrue(MultiPollutantSolvers.exact().infeasibility(q).isEmpty(), "phase 1 finds it feasible");
        MultiPollutantSolution s = MultiPollutantSolvers.exact().solve(q);
        assertEquals(AllocationStatus.OPTIMAL, s.status(), s.reasons().toString());
    }

    /**
     * The instance with its first receptor row's requirement (else its first cap's) set to exactly the
     * most the sources reach on it. Writes into the problem's arrays: a test-only shortcut, the draw is fresh.
     */
    static MultiPollutantProblem atBoundary(MultiPollutantProblem q) {
        return atBoundary(q, 1);
    }

    /** As {@link #atBoundary(MultiPollutantProblem)}, the requirement times {@code factor}. */
    static MultiPollutantProblem atBoundary(MultiPollutantProblem q, double factor) {
        int pollutants = q.pollutants;
        int regions = q.regions;
        if (q.transfer.length > 0) {
            double[] t = q.transfer[0];
            double reach = 0;
            for (int i = 0; i < q.sources; i++) {
                int r = q.sourceRegion[i];
                double best = 0;
                if (q.optionSource[i]) {
                    for (int o = q.optionStart[i]; o < q.optionStart[i + 1]; o++) {
                        double value = 0;
                        for (int p = 0; p < pollutants; p++) {
                            value += t[p * regions + r] * q.optionRemoval[o * pollutants + p]
                                    * q.emissions[i * pollutants + p];
                        }
                        best = Math.max(best, value);
                    }
                } else {
                    for (int p = 0; p < pollutants; p++) {
                        best += Math.max(0, t[p * regions + r]) * q.curveMax(i * pollutants + p);
                    }
                }
                reach += best;
            }
            q.receptorRequirement[0] = reach * factor;
            return q;
        }
        for (int p = 0; p < pollutants; p++) {
            if (q.hasCap(p)) {
                double most = 0;
                for (double[] region : q.regionMaxima()) {
                    most += region[p];
                }
                q.capRequirement[p] = most * factor;
                return q;
            }
        }
        return q;
    }
}
