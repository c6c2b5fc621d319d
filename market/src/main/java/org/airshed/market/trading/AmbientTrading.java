package org.airshed.market.trading;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.AllocationSolver;
import org.airshed.core.allocation.ExactAllocationSolver;

/**
 * Ambient permits (Montgomery 1972): one permit market per receptor. The competitive equilibrium
 * is the least-cost allocation meeting the cap and every receptor limit; receptor k's permits
 * price at its dual μ_k, so a unit of source i's emissions is worth λ + Σ_k μ_k T_k,region(i), and
 * every source abates until its marginal cost equals that value (docs/DOMAIN.md §3).
 */
public final class AmbientTrading {
    private AmbientTrading() {
    }

    /** The equilibrium found by the {@link ExactAllocationSolver}. */
    public static AmbientEquilibrium equilibrium(AllocationProblem problem) {
        return equilibrium(problem, new ExactAllocationSolver());
    }

    /**
     * @param problem sources, the cap (optional) and receptor limits; the cost objective (every
     *                region's welfare weight 0), since firms trading permits do not count damages
     * @throws IllegalArgumentException if a welfare weight is not 0 or the limits cannot be met
     */
    public static AmbientEquilibrium equilibrium(AllocationProblem problem, AllocationSolver solver) {
        for (int r = 0; r < problem.regionCount(); r++) {
            if (problem.regionWeight(r) != 0) {
                throw new IllegalArgumentException("ambient trading prices abatement cost only, but region "
                        + problem.regionId(r) + " has welfare weight " + problem.regionWeight(r));
            }
        }
        AllocationSolution solution = solver.solve(problem);
        if (!solution.isOptimal()) {
            throw new IllegalArgumentException("no ambient equilibrium (" + solution.status().key() + "): "
                    + String.join("; ", solution.reasons()));
        }
        int n = problem.sourceCount();
        double[] abatement = solution.abatement();
        double[] emissions = new double[n];
        double[] value = new double[n];
        for (int i = 0; i < n; i++) {
            emissions[i] = problem.baseline(i) - abatement[i];
            value[i] = solution.regionPrice(problem, problem.sourceRegion(i));
        }
        return new AmbientEquilibrium(abatement, emissions, solution.capPrice(), solution.receptorPrices(), value,
                solution.cost(), solution.relativeGap());
    }
}
