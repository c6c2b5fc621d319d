package org.airshed.scenarios.run;

import org.airshed.core.allocation.multi.MultiPollutantSolver;

/** The several-pollutant solver every run uses: the exact one of {@code core.allocation.multi}. */
final class MultiSolver {
    static final MultiPollutantSolver EXACT = problem -> {
        throw new UnsupportedOperationException("the several-pollutant solver is not merged yet (issue 16)");
    };

    private MultiSolver() {
    }
}
