package org.airshed.core.allocation;

/** Solves an {@link AllocationProblem} to optimality (or explains why it is infeasible). */
@FunctionalInterface
public interface AllocationSolver {
    AllocationSolution solve(AllocationProblem problem);
}
