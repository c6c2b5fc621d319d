package org.airshed.core.discrete.bound;

import java.util.List;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.discrete.DiscreteProblem;

/**
 * The continuous relaxation of a discrete problem and the lower bound it certifies.
 *
 * <p>Each source's options are replaced by the lower convex hull of its (abatement, cost)
 * points; the hull's edges become cost blocks of a step source (amount = abatement increment,
 * unit cost = slope), so any mix of a source's options costs at least the hull. The resulting
 * {@link AllocationProblem} keeps the cap and receptor rows and is solved exactly by
 * {@link ExactAllocationSolver}. Its optimum is a lower bound on every discrete choice; the
 * reported bound also subtracts the solver's certified gap, so it is a bound even when the
 * solver stopped early. The relaxation is feasible exactly when the discrete problem is (both
 * reach their most at every source's strongest option).
 */
public final class HullBound {
    /** Hull points closer than this (relative to the source's largest abatement) are the same point. */
    private static final double SAME_POINT = 1e-9;

    private final DiscreteProblem problem;
    private final int[][] hull;
    private final AllocationProblem relaxation;
    private final int[] fixed;
    private final AllocationSolution solution;
    private final double fixedCost;
    private final double bound;

    private HullBound(DiscreteProblem problem, int[][] hull, int[] fixed, AllocationProblem relaxation,
                      AllocationSolution solution, double fixedCost) {
        this.problem = problem;
        this.hull = hull;
        this.fixed = fixed;
        this.relaxation = relaxation;
        this.solution = solution;
        this.fixedCost = fixedCost;
        this.bound = solution.status() == AllocationStatus.INFEASIBLE ? Double.NaN
                : fixedCost + solution.cost() - solution.relativeGap() * Math.max(1, Math.abs(solution.cost()));
    }

    /** Builds the hull relaxation and solves it with the exact continuous solver. */
    public static HullBound compute(DiscreteProblem problem) {
        return compute(problem, null);
    }

    /**
     * The relaxation with some sources fixed: {@code fixed[i] ≥ 0} pins source i to that option
     * (its abatement is taken off the requirements, its cost added), −1 leaves it free. The
     * bound then holds only for choices that keep the fixings: the construction uses it to dive.
     */
    public static HullBound compute(DiscreteProblem problem, int[] fixed) {
        if (fixed != null && fixed.length != problem.sourceCount()) {
            throw new IllegalArgumentException("invalid fixed length: " + fixed.length);
        }
        int[][] hull = new int[problem.sourceCount()][];
        AllocationProblemBuilder builder = AllocationProblem.builder();
        for (int r = 0; r < problem.regionCount(); r++) {
            builder.addRegion(problem.regionId(r), 0);
        }
        double fixedCost = 0;
        double fixedCap = 0;
        double[] fixedRegion = new double[problem.regionCount()];
        for (int i = 0; i < problem.sourceCount(); i++) {
            if (fixed != null && fixed[i] >= 0) {
                hull[i] = new int[] {fixed[i]};
                double a = problem.abatement(i, fixed[i]);
                fixedCost += problem.annualCost(i, fixed[i]);
                fixedCap += a;
                fixedRegion[problem.sourceRegion(i)] += a;
                builder.addStepSource(problem.sourceRegion(i), problem.baseline(i), new double[0], new double[0]);
                continue;
            }
            hull[i] = LowerHull.of(problem, i);
            int blocks = hull[i].length - 1;
            double[] amounts = new double[blocks];
            double[] unitCosts = new double[blocks];
            for (int h = 0; h < blocks; h++) {
                int from = hull[i][h];
                int to = hull[i][h + 1];
                amounts[h] = problem.abatement(i, to) - problem.abatement(i, from);
                unitCosts[h] = Math.max(0, (problem.annualCost(i, to) - problem.annualCost(i, from)) / amounts[h]);
            }
            // Rounding can break the slopes' order by an ulp; lowering the earlier one keeps a bound.
            for (int h = blocks - 2; h >= 0; h--) {
                unitCosts[h] = Math.min(unitCosts[h], unitCosts[h + 1]);
            }
            builder.addStepSource(problem.sourceRegion(i), problem.baseline(i), amounts, unitCosts);
        }
        if (problem.hasCap()) {
            builder.capRequirement(problem.capRequirement() - fixedCap);
        }
        for (int k = 0; k < problem.receptorCount(); k++) {
            double[] row = new double[problem.regionCount()];
            double fixedReduction = 0;
            for (int r = 0; r < row.length; r++) {
                row[r] = problem.transfer(k, r);
                fixedReduction += row[r] * fixedRegion[r];
            }
            builder.addReceptor(problem.receptorRegion(k), row, problem.receptorRequirement(k) - fixedReduction);
        }
        AllocationProblem relaxation = builder.build();
        return new HullBound(problem, hull, fixed == null ? null : fixed.clone(), relaxation,
                new ExactAllocationSolver().solve(relaxation), fixedCost);
    }

    public boolean isFeasible() {
        return solution.status() != AllocationStatus.INFEASIBLE;
    }

    /** Why the relaxation, and so the discrete problem, is infeasible (empty when feasible). */
    public List<String> reasons() {
        return solution.reasons();
    }

    /** Lower bound on the cost of every feasible choice (money per year); NaN when infeasible. */
    public double bound() {
        return bound;
    }

    /** The relaxation's cost (money per year): the bound plus the continuous solver's certified gap. */
    public double relaxationCost() {
        return fixedCost + solution.cost();
    }

    /** Whether source i is pinned to an option (see {@link #compute(DiscreteProblem, int[])}). */
    public boolean isFixed(int i) {
        return fixed != null && fixed[i] >= 0;
    }

    /** λ ≥ 0, the cap's shadow price in the relaxation (money per mass). */
    public double capPrice() {
        return solution.capPrice();
    }

    /** μ_k ≥ 0, receptor k's shadow price in the relaxation (money per concentration unit). */
    public double[] receptorPrices() {
        return solution.receptorPrices().clone();
    }

    /** Abatement of source i in the relaxation's solution (mass per year). */
    public double abatement(int i) {
        return isFixed(i) ? problem.abatement(i, fixed[i]) : solution.abatement()[i];
    }

    public AllocationProblem relaxation() {
        return relaxation;
    }

    public AllocationSolution solution() {
        return solution;
    }

    /** Number of points on source i's lower hull, (0, 0) included; 1 for a fixed source (its option). */
    public int hullSize(int i) {
        return hull[i].length;
    }

    /** Option index of source i's hull point h (h = 0 is no control, unless fixed), by increasing abatement. */
    public int hullOption(int i, int h) {
        return hull[i][h];
    }

    /**
     * The hull point at or just above source i's relaxed abatement: the smallest h whose
     * abatement reaches it (up to {@value #SAME_POINT} of the source's largest abatement).
     */
    public int roundedUpPoint(int i) {
        double x = abatement(i);
        double tolerance = SAME_POINT * problem.abatement(i, hull[i][hull[i].length - 1]);
        for (int h = 0; h < hull[i].length; h++) {
            if (problem.abatement(i, hull[i][h]) >= x - tolerance) {
                return h;
            }
        }
        return hull[i].length - 1;
    }

    /** Whether source i's relaxed abatement lies strictly between two hull points. */
    public boolean isFractional(int i) {
        if (isFixed(i)) {
            return false;
        }
        int h = roundedUpPoint(i);
        double tolerance = SAME_POINT * problem.abatement(i, hull[i][hull[i].length - 1]);
        return h > 0 && problem.abatement(i, hull[i][h]) > abatement(i) + tolerance;
    }

    /** Sources whose relaxed abatement is fractional (at most K + 1 at a vertex of the relaxation). */
    public int fractionalCount() {
        if (!isFeasible()) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i < problem.sourceCount(); i++) {
            if (isFractional(i)) {
                count++;
            }
        }
        return count;
    }
}
