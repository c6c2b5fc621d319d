package org.airshed.core.allocation;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The exact solver. Cap-only problems (including the welfare objective without receptor
 * limits): expected-linear selection of the equi-marginal price over all blocks, no sort.
 * Problems with receptor limits: column generation over regions to a certified relative gap of
 * 1e-9. Infeasibility is explained before solving. Deterministic: the selection's random pivots
 * come from a fixed seed and do not change the answer, only the work done.
 */
public final class ExactAllocationSolver implements AllocationSolver {
    private static final long DEFAULT_PIVOT_SEED = 0x5eed_a1_5eedL;

    private final long pivotSeed;

    public ExactAllocationSolver() {
        this(DEFAULT_PIVOT_SEED);
    }

    /** @param pivotSeed seed of the selection's random pivots (affects speed, never the result) */
    public ExactAllocationSolver(long pivotSeed) {
        this.pivotSeed = pivotSeed;
    }

    @Override
    public AllocationSolution solve(AllocationProblem problem) {
        List<String> reasons = FeasibilityCheck.reasons(problem);
        if (!reasons.isEmpty()) {
            return AllocationSolution.infeasible(reasons, problem.receptorCount());
        }
        SplittableRandom random = new SplittableRandom(pivotSeed);
        if (problem.receptorCount() > 0) {
            return new ColumnGeneration(problem, random).solve();
        }
        return capOnly(problem, random);
    }

    private static AllocationSolution capOnly(AllocationProblem p, SplittableRandom random) {
        int[] all = new int[p.sourceCount()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        double[] abatement = new double[all.length];
        double requirement = p.hasCap() ? p.capRequirement() : Double.NEGATIVE_INFINITY;
        double price = new EquiMarginalSelection(p, random).solve(all, p.regionWeight, requirement, abatement);
        double cost = 0;
        for (int i = 0; i < all.length; i++) {
            cost += p.cost(i, abatement[i]);
        }
        return new AllocationSolution(AllocationStatus.OPTIMAL, abatement, cost, p.hasCap() ? price : 0,
                new double[0], 0, 0, List.of());
    }
}
