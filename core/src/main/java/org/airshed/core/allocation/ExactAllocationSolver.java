package org.airshed.core.allocation;

/**
 * The exact solver: cap-only problems by expected-linear selection over the merged marginal
 * cost breakpoints; problems with receptor limits by column generation over regions.
 */
public final class ExactAllocationSolver implements AllocationSolver {
    @Override
    public AllocationSolution solve(AllocationProblem problem) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
