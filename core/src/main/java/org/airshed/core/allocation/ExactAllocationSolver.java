package org.airshed.core.allocation;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The exact solver. Cap-only problems (including the welfare objective without receptor
 * limits): expected-linear selection of the equi-marginal price over all blocks, no sort; for
 * many sources a sampled bracket and one branch-free filtering pass first ({@link BracketSelection}).
 * Problems with receptor limits: column generation over regions to a certified relative gap of
 * 1e-9. Infeasibility is explained before solving. Deterministic: the selection's random pivots
 * and samples come from a fixed seed and do not change the answer, only the work done (with
 * receptor limits, up to rounding where a region's total sits exactly on a breakpoint, see
 * {@link BracketSelection}); for a given seed the answer is the same, bit for bit, whatever the
 * parallelism.
 */
public final class ExactAllocationSolver implements AllocationSolver {
    private static final long DEFAULT_PIVOT_SEED = 0x5eed_a1_5eedL;
    /** From this many sources on, the cap-only selection samples and filters before it searches. */
    static final int BRACKET_MIN_SOURCES = 16_384;

    private final long pivotSeed;
    private final Workers workers;
    private final int bracketMinSources;

    public ExactAllocationSolver() {
        this(DEFAULT_PIVOT_SEED);
    }

    /** @param pivotSeed seed of the selection's random pivots (affects speed, never the result) */
    public ExactAllocationSolver(long pivotSeed) {
        this(pivotSeed, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param pivotSeed   seed of the selection's random pivots and samples (affects speed, never the result)
     * @param parallelism most threads one solve uses (≥ 1); small problems run on the caller's thread
     *                    whatever this is, and the result never depends on it
     */
    public ExactAllocationSolver(long pivotSeed, int parallelism) {
        this(pivotSeed, Workers.of(parallelism), BRACKET_MIN_SOURCES);
    }

    ExactAllocationSolver(long pivotSeed, Workers workers, int bracketMinSources) {
        this.pivotSeed = pivotSeed;
        this.workers = workers;
        this.bracketMinSources = bracketMinSources;
    }

    @Override
    public AllocationSolution solve(AllocationProblem problem) {
        FeasibilityCheck check = FeasibilityCheck.of(problem, workers);
        if (!check.reasons().isEmpty()) {
            return AllocationSolution.infeasible(check.reasons(), problem.receptorCount());
        }
        SplittableRandom random = new SplittableRandom(pivotSeed);
        if (problem.receptorCount() > 0) {
            return new ColumnGeneration(problem, random, workers, bracketMinSources).solve();
        }
        return capOnly(problem, random, check.totalMax());
    }

    private AllocationSolution capOnly(AllocationProblem p, SplittableRandom random, double totalMax) {
        double requirement = p.hasCap() ? p.capRequirement() : Double.NEGATIVE_INFINITY;
        if (requirement >= totalMax) {
            // Every unit (the check forgave any excess as rounding): no search needed, and none
            // could find the price, since sums taken in another order may fall an ulp short.
            return fullAbatement(p);
        }
        double[] abatement = new double[p.sourceCount()];
        double price;
        double cost = 0;
        if (p.sourceCount() >= bracketMinSources) {
            double[] sourceCost = new double[p.sourceCount()];
            price = new BracketSelection(p, random, workers).solveAll(p.regionWeight, requirement, totalMax, abatement,
                    sourceCost);
            for (double c : sourceCost) {
                cost += c;
            }
        } else {
            int[] all = new int[p.sourceCount()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            price = new EquiMarginalSelection(p, random).solve(all, p.regionWeight, requirement, totalMax, abatement);
            for (int i = 0; i < all.length; i++) {
                cost += p.cost(i, abatement[i]);
            }
        }
        if (price == Double.POSITIVE_INFINITY) {
            // The requirement is the total within rounding: the search ran out of blocks.
            return fullAbatement(p);
        }
        return new AllocationSolution(AllocationStatus.OPTIMAL, abatement, cost, p.hasCap() ? price : 0,
                new double[0], 0, 0, List.of());
    }

    /**
     * Every source at its maximum, priced at the least λ ≥ 0 at which each of them abates fully:
     * the largest marginal cost of a last unit, net of the region's welfare weight.
     */
    private static AllocationSolution fullAbatement(AllocationProblem p) {
        double[] abatement = new double[p.sourceCount()];
        double cost = 0;
        double price = 0;
        for (int i = 0; i < abatement.length; i++) {
            abatement[i] = p.maxAbatement(i);
            cost += p.cost(i, abatement[i]);
            double top = Double.NEGATIVE_INFINITY;
            if (p.isQuadratic(i)) {
                top = p.quadLinear(i) + p.quadSlope(i) * abatement[i];
            }
            for (int b = 0; b < p.blockCount(i); b++) {
                if (p.blockAmount(i, b) > 0) {
                    top = p.blockCost(i, b);
                }
            }
            price = Math.max(price, top - p.regionWeight(p.sourceRegion(i)));
        }
        return new AllocationSolution(AllocationStatus.OPTIMAL, abatement, cost, p.hasCap() ? price : 0,
                new double[0], 0, 0, List.of());
    }
}
