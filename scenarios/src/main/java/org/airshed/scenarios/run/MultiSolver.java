package org.airshed.scenarios.run;

import java.util.Optional;
import org.airshed.core.allocation.multi.InfeasibilityCertificate;
import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.airshed.core.allocation.multi.MultiPollutantSolution;
import org.airshed.core.allocation.multi.MultiPollutantSolver;
import org.airshed.core.allocation.multi.MultiPollutantSolvers;

/** The several-pollutant solver every run uses: the exact one, a fresh instance per solve. */
final class MultiSolver {
    static final MultiPollutantSolver EXACT = new MultiPollutantSolver() {
        @Override
        public MultiPollutantSolution solve(MultiPollutantProblem problem) {
            return MultiPollutantSolvers.exact().solve(problem);
        }

        @Override
        public Optional<InfeasibilityCertificate> infeasibility(MultiPollutantProblem problem) {
            return MultiPollutantSolvers.exact().infeasibility(problem);
        }
    };

    private MultiSolver() {
    }
}
