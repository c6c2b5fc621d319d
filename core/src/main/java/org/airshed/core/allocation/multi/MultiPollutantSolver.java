package org.airshed.core.allocation.multi;

import java.util.Optional;

/**
 * Solves a {@link MultiPollutantProblem} exactly: optimal with a certificate (gap ≤ 1e-9 relative,
 * every source at its equi-marginal condition), iteration-limit with the certified gap, or
 * infeasible with a proof (a weighted sum of rows that no allocation can meet, in the reasons).
 * Duals are valid KKT multipliers of the reported allocation, finite and ≥ 0, 0 on every row with
 * slack; when they are not unique they are those of the final master basis (a vertex of the
 * optimal dual face), not the lexicographically smallest the one-pollutant solver reports.
 * Get one from {@link MultiPollutantSolvers#exact()}. Infeasible answers have cost and gap NaN.
 */
@FunctionalInterface
public interface MultiPollutantSolver {
    MultiPollutantSolution solve(MultiPollutantProblem problem);

    /**
     * Feasibility only (phase 1, cheap next to a full solve): the proof that no allocation meets the
     * problem's rows, or empty when one does (or phase 1 stopped short; {@link #solve} then says so).
     * Feasibility is the problem's, not the solver's: by default the exact solver's phase 1 decides.
     */
    default Optional<InfeasibilityCertificate> infeasibility(MultiPollutantProblem problem) {
        return MultiPollutantSolvers.exact().infeasibility(problem);
    }
}
