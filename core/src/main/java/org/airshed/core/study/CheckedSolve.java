package org.airshed.core.study;

import java.util.List;

import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.AllocationSolver;
import org.airshed.core.allocation.AllocationStatus;

/**
 * A solve preceded by {@link InfeasibilityExplainer}: an infeasible problem is explained in file terms
 * and never handed to the solver; one the solver still finds infeasible keeps the solver's reasons.
 *
 * @param reasons  why the problem is infeasible (empty when solved)
 * @param solution the optimal solution; null when infeasible
 */
record CheckedSolve(List<Infeasibility> reasons, AllocationSolution solution) {
    CheckedSolve {
        reasons = List.copyOf(reasons);
    }

    static CheckedSolve of(ScenarioProblem sp, AllocationSolver solver) {
        List<Infeasibility> reasons = InfeasibilityExplainer.explain(sp);
        if (!reasons.isEmpty()) {
            return new CheckedSolve(reasons, null);
        }
        AllocationSolution solution = solver.solve(sp.problem());
        // An iteration limit is a solution with a certified gap, not an infeasibility.
        if (solution.status() == AllocationStatus.INFEASIBLE) {
            List<Infeasibility> fromSolver = solution.reasons().stream()
                    .map(reason -> new Infeasibility("$.policy", "", reason)).toList();
            return new CheckedSolve(fromSolver.isEmpty()
                    ? List.of(new Infeasibility("$.policy", "", "the solver found no feasible allocation"))
                    : fromSolver, null);
        }
        if (solution.abatement().length != sp.problem().sourceCount()) {
            throw new IllegalStateException("solver returned " + solution.abatement().length
                    + " abatements for " + sp.problem().sourceCount() + " sources");
        }
        return new CheckedSolve(List.of(), solution);
    }

    boolean feasible() {
        return solution != null;
    }
}
