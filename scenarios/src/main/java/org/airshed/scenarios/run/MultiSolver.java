package org.airshed.scenarios.run;

import org.airshed.core.allocation.multi.MultiPollutantSolver;
import org.airshed.core.allocation.multi.MultiPollutantSolvers;

/** The several-pollutant solver every run uses: the exact one, a fresh instance per solve. */
final class MultiSolver {
    static final MultiPollutantSolver EXACT = problem -> MultiPollutantSolvers.exact().solve(problem);

    private MultiSolver() {
    }
}
