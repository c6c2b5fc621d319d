package org.airshed.core.discrete;

/**
 * The exact reference for tiny instances: every combination of options, depth first, pruned
 * only by cost (costs are ≥ 0, so a partial cost at or above the best cannot win) and by what the
 * remaining sources could still add. Feasibility is {@link ScaledProblem}'s, as for the solvers.
 */
public final class BruteForce {
    private final ScaledProblem scaled;
    private final DiscreteProblem p;
    private final long[][] remainingMax;
    private final int[] current;
    private int[] best;
    private double bestCost = Double.POSITIVE_INFINITY;

    private BruteForce(ScaledProblem scaled) {
        this.scaled = scaled;
        this.p = scaled.problem();
        int n = p.sourceCount();
        this.remainingMax = new long[n + 1][scaled.rowCount()];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = 0; j < scaled.rowCount(); j++) {
                remainingMax[i][j] = remainingMax[i + 1][j] + scaled.units(j, i, scaled.strongestOption(i));
            }
        }
        this.current = new int[n];
    }

    /** The optimal choice, or null when the problem is infeasible. */
    public static int[] optimum(DiscreteProblem problem) {
        BruteForce search = new BruteForce(ScaledProblem.of(problem));
        search.visit(0, new long[search.scaled.rowCount()], 0);
        return search.best;
    }

    private void visit(int i, long[] totals, double cost) {
        if (cost >= bestCost) {
            return;
        }
        for (int j = 0; j < totals.length; j++) {
            if (totals[j] + remainingMax[i][j] < scaled.required(j)) {
                return;
            }
        }
        if (i == p.sourceCount()) {
            bestCost = cost;
            best = current.clone();
            return;
        }
        for (int o = 0; o < p.optionCount(i); o++) {
            current[i] = o;
            long[] next = totals.clone();
            for (int j = 0; j < next.length; j++) {
                next[j] += scaled.units(j, i, o);
            }
            visit(i + 1, next, cost + p.annualCost(i, o));
        }
        current[i] = 0;
    }
}
