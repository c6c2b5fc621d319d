package org.airshed.core.discrete.exact;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.discrete.DiscreteProblem;

/**
 * A node's hull relaxation, solved by the exact continuous solver: every source with more than
 * one hull point becomes a step source (its hull's edges as blocks above the cheapest allowed
 * point), the rest are constants taken off the requirements. Requirements are loosened by one
 * unit per mixed source, so that every choice the node allows in {@link OptionTable}'s units
 * stays feasible in the relaxation despite rounding. Only the primal (to branch and to round)
 * and the prices (for {@link LagrangianBound}) are used: the bound itself is recomputed there,
 * so it holds whatever the continuous solver's accuracy.
 */
final class NodeRelaxation {
    /** Abatements closer than this (relative to the source's hull span) are the same point. */
    private static final double SAME_POINT = 1e-9;

    /**
     * @param solved     whether the continuous solver returned a solution (else the rest is empty)
     * @param hull       per table source its node hull (positions, by increasing abatement)
     * @param abatement  per table source its relaxed abatement (mass per year)
     * @param rowPrices  per row its dual (money per mass for the cap, per concentration unit for a receptor)
     */
    record Solution(boolean solved, int[][] hull, double[] abatement, double[] rowPrices) {
        static final Solution UNSOLVED = new Solution(false, new int[0][], new double[0], new double[0]);

        /** The index in {@code hull[i]} of the hull point at or just above source i's relaxed abatement. */
        int roundedUp(OptionTable t, int i) {
            int[] h = hull[i];
            double tolerance = tolerance(t, h);
            for (int k = 0; k < h.length; k++) {
                if (t.abatement[h[k]] >= abatement[i] - tolerance) {
                    return k;
                }
            }
            return h.length - 1;
        }

        /** Whether source i's relaxed abatement lies strictly between two of its hull points. */
        boolean isFractional(OptionTable t, int i) {
            int k = roundedUp(t, i);
            return k > 0 && t.abatement[hull[i][k]] > abatement[i] + tolerance(t, hull[i]);
        }

        private static double tolerance(OptionTable t, int[] h) {
            return SAME_POINT * Math.max(t.abatement[h[h.length - 1]] - t.abatement[h[0]], Double.MIN_NORMAL);
        }
    }

    private NodeRelaxation() {
    }

    static Solution solve(OptionTable t, int[] lo, int[] hi, ExactAllocationSolver solver) {
        DiscreteProblem p = t.problem();
        int[][] hull = new int[t.sources][];
        AllocationProblemBuilder builder = AllocationProblem.builder();
        for (int r = 0; r < p.regionCount(); r++) {
            builder.addRegion(p.regionId(r), 0);
        }
        long[] baseUnits = new long[t.rows];
        int[] lpSource = new int[t.sources];
        int mixed = 0;
        for (int i = 0; i < t.sources; i++) {
            hull[i] = lo[i] == hi[i] ? new int[] {lo[i]} : NodeHull.of(t, lo[i], hi[i]);
            int base = hull[i][0];
            for (int j = 0; j < t.rows; j++) {
                baseUnits[j] += t.units(base, j);
            }
            int blocks = hull[i].length - 1;
            if (blocks == 0) {
                lpSource[i] = -1;
                continue;
            }
            double[] amounts = new double[blocks];
            double[] unitCosts = new double[blocks];
            for (int b = 0; b < blocks; b++) {
                int from = hull[i][b];
                int to = hull[i][b + 1];
                amounts[b] = t.abatement[to] - t.abatement[from];
                unitCosts[b] = (t.cost[to] - t.cost[from]) / amounts[b];
            }
            // Rounding can break the slopes' order by an ulp; the relaxation only guides the search.
            for (int b = blocks - 2; b >= 0; b--) {
                unitCosts[b] = Math.min(unitCosts[b], unitCosts[b + 1]);
            }
            lpSource[i] = mixed++;
            builder.addStepSource(p.sourceRegion(t.sourceOf[i]), p.baseline(t.sourceOf[i]), amounts, unitCosts);
        }
        for (int j = 0; j < t.rows; j++) {
            double requirement = (t.required[j] - baseUnits[j] - mixed) / t.scaled.rowScale(j);
            if (t.scaled.hasCap() && j == 0) {
                builder.capRequirement(requirement);
            } else {
                int k = j - (t.scaled.hasCap() ? 1 : 0);
                double[] row = new double[p.regionCount()];
                for (int r = 0; r < row.length; r++) {
                    row[r] = p.transfer(k, r);
                }
                builder.addReceptor(p.receptorRegion(k), row, requirement);
            }
        }
        AllocationSolution solution;
        try {
            solution = solver.solve(builder.build());
        } catch (IllegalStateException | ArithmeticException e) {
            return Solution.UNSOLVED; // a master LP that fails to converge: the node is branched blind
        }
        if (solution.status() == AllocationStatus.INFEASIBLE) {
            return Solution.UNSOLVED;
        }
        double[] abatement = new double[t.sources];
        for (int i = 0; i < t.sources; i++) {
            abatement[i] = t.abatement[hull[i][0]] + (lpSource[i] < 0 ? 0 : solution.abatement()[lpSource[i]]);
        }
        double[] prices = new double[t.rows];
        for (int j = 0; j < t.rows; j++) {
            prices[j] = t.scaled.hasCap() && j == 0 ? solution.capPrice()
                    : solution.receptorPrices()[j - (t.scaled.hasCap() ? 1 : 0)];
        }
        return new Solution(true, hull, abatement, prices);
    }
}
