package org.airshed.core.study;

import java.util.List;

import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.AllocationSolver;
import org.airshed.core.allocation.AllocationStatus;

/**
 * A solve preceded by {@link InfeasibilityExplainer}: an infeasible problem is explained in file terms
 * and never handed to the solver. The solver itself declares infeasibility only on the same proof
 * (its {@code FeasibilityCheck}), so a problem that passes here always comes back with an
 * allocation: optimal, or stopped at an iteration limit with its certified gap (then its reasons
 * say so, and the allocation is reported with that status).
 *
 * @param reasons  why the problem is infeasible, or why the solver stopped short (empty when optimal)
 * @param solution the solution (optimal or iteration-limit); null when infeasible
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
        List<Infeasibility> fromSolver = solution.reasons().stream()
                .map(reason -> new Infeasibility("$.policy", "", reason)).toList();
        if (solution.status() == AllocationStatus.INFEASIBLE) {
            return new CheckedSolve(fromSolver.isEmpty()
                    ? List.of(new Infeasibility("$.policy", "", "the solver found no feasible allocation"))
                    : fromSolver, null);
        }
        if (solution.abatement().length != sp.problem().sourceCount()) {
            throw new IllegalStateException("solver returned " + solution.abatement().length
                    + " abatements for " + sp.problem().sourceCount() + " sources");
        }
        return new CheckedSolve(solution.isOptimal() ? List.of() : fromSolver, solution);
    }

    /** Whether there is an allocation to report (optimal, or at an iteration limit). */
    boolean feasible() {
        return solution != null;
    }
}
