package org.airshed.core.discrete.heuristic;

import java.util.Arrays;

import org.airshed.core.discrete.DiscreteProblem;
import org.airshed.core.discrete.ScaledProblem;

/**
 * The EPA Control Strategy Tool's "least cost" strategy, as a named baseline: every
 * (source, option) pair sorted by average cost per mass abated, annualCost / (removal ×
 * baseline), taken in that order (at most one option per source: pairs of sources already
 * controlled are skipped) until the cap and every receptor requirement are met. Pairs that
 * would not reduce any still-unmet requirement are skipped too. No bound, and it overshoots.
 * Ties break on the source and option index.
 */
public final class CostGreedy {
    private CostGreedy() {
    }

    /**
     * @param met        whether all requirements were met (false when the list ran out first)
     * @param choice     one option per source
     * @param cost       total annual cost (money per year)
     * @param abatement  total abatement Σ_i a_i (mass per year)
     * @param overshoot  abatement beyond the cap requirement (mass per year); NaN without a cap
     */
    public record Result(boolean met, int[] choice, double cost, double abatement, double overshoot) {
    }

    public static Result solve(ScaledProblem scaled) {
        DiscreteProblem p = scaled.problem();
        int pairs = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            pairs += p.optionCount(i) - 1;
        }
        double[] average = new double[pairs];
        int[] pairSource = new int[pairs];
        int[] pairOption = new int[pairs];
        int n = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            for (int o = 1; o < p.optionCount(i); o++) {
                double a = p.abatement(i, o);
                average[n] = a > 0 ? p.annualCost(i, o) / a : Double.POSITIVE_INFINITY;
                pairSource[n] = i;
                pairOption[n] = o;
                n++;
            }
        }
        // Pair indices follow (source, option), so a stable sort by average breaks ties on them.
        Integer[] order = new Integer[pairs];
        Arrays.setAll(order, t -> t);
        Arrays.sort(order, (u, v) -> Double.compare(average[u], average[v]));
        int[] choice = new int[p.sourceCount()];
        long[] totals = new long[scaled.rowCount()];
        boolean met = RoundedHull.deficit(scaled, totals) == 0;
        for (int t = 0; t < pairs && !met; t++) {
            int pair = order[t];
            int i = pairSource[pair];
            int o = pairOption[pair];
            if (choice[i] != 0 || !(average[pair] < Double.POSITIVE_INFINITY) || !helps(scaled, totals, i, o)) {
                continue;
            }
            choice[i] = o;
            for (int j = 0; j < totals.length; j++) {
                totals[j] += scaled.units(j, i, o);
            }
            met = RoundedHull.deficit(scaled, totals) == 0;
        }
        double abatement = p.totalAbatement(choice);
        double overshoot = p.hasCap() ? abatement - p.capRequirement() : Double.NaN;
        return new Result(met, choice, p.cost(choice), abatement, overshoot);
    }

    private static boolean helps(ScaledProblem scaled, long[] totals, int i, int o) {
        for (int j = 0; j < totals.length; j++) {
            if (totals[j] < scaled.required(j) && scaled.units(j, i, o) > 0) {
                return true;
            }
        }
        return false;
    }
}
