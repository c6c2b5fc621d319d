package org.airshed.core.allocation.multi;

/**
 * Solves a {@link MultiPollutantProblem} exactly: optimal with a certificate (gap ≤ 1e-9 relative,
 * every source at its equi-marginal condition), iteration-limit with the certified gap, or
 * infeasible with a proof. Duals, when not unique, are the lexicographically smallest valid ones
 * (cap prices in pollutant order, then receptor prices), as for one pollutant.
 */
@FunctionalInterface
public interface MultiPollutantSolver {
    MultiPollutantSolution solve(MultiPollutantProblem problem);
}
