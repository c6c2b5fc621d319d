package org.airshed.core.discrete.heuristic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.airshed.core.discrete.DiscreteProblem;
import org.airshed.core.discrete.ScaledProblem;
import org.airshed.core.discrete.bound.HullBound;

/**
 * The construction: round the relaxation's solution (or a dive's) to hull points, restore feasibility where
 * rounding left a shortfall, then spend the slack on the largest savings (downgrades that keep
 * every row met). Rounding up can only add abatement, so it is feasible whenever the relaxation
 * was met exactly; rounding down needs the repair, which is a greedy by extra cost per unit of
 * shortfall covered and falls back to every source's strongest option, so the construction is
 * feasible whenever the problem is. Deterministic: ties break on the source and option index.
 */
public final class RoundedHull {
    /** Repair steps before falling back to the strongest options. */
    private static final int REPAIR_LIMIT = 256;
    /** Relaxations solved while diving; each pins at most K + 1 more sources. */
    static final int DIVE_ROUNDS = 20;
    /** Trim passes; each pass is linear, and passes after the first rarely find anything. */
    private static final int TRIM_PASSES = 32;

    private RoundedHull() {
    }

    /**
     * Rounds three ways and keeps the cheapest feasible result: every fractional source up
     * (feasible as it stands), every fractional source down with the shortfall repaired, and a
     * dive (see {@link #dive}); each is then trimmed.
     *
     * @return one option per source, feasible in {@code scaled}'s units when the problem is
     *         (check with {@link ScaledProblem#isFeasible(int[])})
     */
    public static int[] construct(ScaledProblem scaled, HullBound hull) {
        int[] best = rounded(scaled, hull, true);
        if (!hull.isFeasible()) {
            return best;
        }
        for (int[] candidate : List.of(rounded(scaled, hull, false), rounded(scaled, dive(scaled, hull), true))) {
            if (better(scaled, candidate, best)) {
                best = candidate;
            }
        }
        return best;
    }

    private static boolean better(ScaledProblem scaled, int[] candidate, int[] incumbent) {
        boolean feasible = scaled.isFeasible(candidate);
        boolean incumbentFeasible = scaled.isFeasible(incumbent);
        if (feasible != incumbentFeasible) {
            return feasible;
        }
        return scaled.costUnits(candidate) < scaled.costUnits(incumbent);
    }

    /**
     * LP diving: pin the fractional sources to their hull point below (above, if that leaves
     * the relaxation infeasible) and solve the relaxation again, until none is fractional or
     * {@value #DIVE_ROUNDS} rounds have passed. A large source left fractional costs a whole
     * large increment when rounded; pinned, its share moves to sources whose increments are
     * smaller, so what is left to round at the end is small.
     */
    static HullBound dive(ScaledProblem scaled, HullBound root) {
        DiscreteProblem p = scaled.problem();
        int[] fixed = new int[p.sourceCount()];
        Arrays.fill(fixed, -1);
        HullBound lp = root;
        for (int round = 0; round < DIVE_ROUNDS; round++) {
            int[] down = fixed.clone();
            int[] up = fixed.clone();
            boolean fractional = false;
            for (int i = 0; i < fixed.length; i++) {
                if (lp.isFractional(i)) {
                    int h = lp.roundedUpPoint(i);
                    down[i] = lp.hullOption(i, h - 1);
                    up[i] = lp.hullOption(i, h);
                    fractional = true;
                }
            }
            if (!fractional) {
                break;
            }
            HullBound next = HullBound.compute(p, down);
            fixed = down;
            if (!next.isFeasible()) {
                next = HullBound.compute(p, up);
                fixed = up;
                if (!next.isFeasible()) {
                    break;
                }
            }
            lp = next;
        }
        return lp;
    }

    private static int[] rounded(ScaledProblem scaled, HullBound hull, boolean upward) {
        DiscreteProblem p = scaled.problem();
        int[] choice = new int[p.sourceCount()];
        if (hull.isFeasible()) {
            for (int i = 0; i < choice.length; i++) {
                int h = hull.roundedUpPoint(i);
                if (!upward && hull.isFractional(i)) {
                    h--;
                }
                choice[i] = hull.hullOption(i, h);
            }
        }
        long[] totals = scaled.totals(choice);
        if (!repair(scaled, choice, totals)) {
            for (int i = 0; i < choice.length; i++) {
                choice[i] = scaled.strongestOption(i);
            }
            totals = scaled.totals(choice);
        }
        if (deficit(scaled, totals) == 0) {
            trim(scaled, choice, totals);
        }
        return choice;
    }

    /**
     * Greedy repair: while a row is short, take the upgrade with the least extra cost per unit of
     * shortfall it covers (units are comparable across rows: each measures a fraction of the
     * row's achievable total). Returns whether the choice became feasible within the step limit.
     */
    static boolean repair(ScaledProblem scaled, int[] choice, long[] totals) {
        DiscreteProblem p = scaled.problem();
        int rows = scaled.rowCount();
        for (int step = 0; step < REPAIR_LIMIT; step++) {
            if (deficit(scaled, totals) == 0) {
                return true;
            }
            int bestSource = -1;
            int bestOption = -1;
            double bestRatio = Double.POSITIVE_INFINITY;
            for (int i = 0; i < choice.length; i++) {
                int current = choice[i];
                long currentCost = scaled.costUnits(i, current);
                for (int o = 0; o < p.optionCount(i); o++) {
                    if (!(p.abatement(i, o) > p.abatement(i, current))) {
                        continue;
                    }
                    long gain = 0;
                    for (int j = 0; j < rows; j++) {
                        long missing = scaled.required(j) - totals[j];
                        if (missing > 0) {
                            gain += Math.min(missing, scaled.units(j, i, o) - scaled.units(j, i, current));
                        }
                    }
                    if (gain <= 0) {
                        continue;
                    }
                    double ratio = (double) (scaled.costUnits(i, o) - currentCost) / gain;
                    if (ratio < bestRatio) {
                        bestRatio = ratio;
                        bestSource = i;
                        bestOption = o;
                    }
                }
            }
            if (bestSource < 0) {
                return false;
            }
            move(scaled, choice, totals, bestSource, bestOption);
        }
        return deficit(scaled, totals) == 0;
    }

    /**
     * Spends the slack: each pass takes, per source, its largest saving that keeps every row
     * met, and applies them by decreasing saving while they still fit.
     */
    public static void trim(ScaledProblem scaled, int[] choice, long[] totals) {
        for (int pass = 0; pass < TRIM_PASSES; pass++) {
            List<long[]> candidates = new ArrayList<>();
            for (int i = 0; i < choice.length; i++) {
                int o = bestFittingDowngrade(scaled, choice, totals, i);
                if (o >= 0) {
                    candidates.add(new long[] {scaled.costUnits(i, choice[i]) - scaled.costUnits(i, o), i});
                }
            }
            if (candidates.isEmpty()) {
                return;
            }
            candidates.sort(Comparator.<long[]>comparingLong(c -> -c[0]).thenComparingLong(c -> c[1]));
            for (long[] candidate : candidates) {
                int i = (int) candidate[1];
                int o = bestFittingDowngrade(scaled, choice, totals, i);
                if (o >= 0) {
                    move(scaled, choice, totals, i, o);
                }
            }
        }
    }

    /** Source i's cheaper option with the largest saving that keeps every row met; −1 if none. */
    private static int bestFittingDowngrade(ScaledProblem scaled, int[] choice, long[] totals, int i) {
        DiscreteProblem p = scaled.problem();
        int current = choice[i];
        long currentCost = scaled.costUnits(i, current);
        int best = -1;
        long bestCost = currentCost;
        for (int o = 0; o < p.optionCount(i); o++) {
            long cost = scaled.costUnits(i, o);
            if (cost < bestCost && fits(scaled, totals, i, current, o)) {
                best = o;
                bestCost = cost;
            }
        }
        return best;
    }

    private static boolean fits(ScaledProblem scaled, long[] totals, int i, int from, int to) {
        for (int j = 0; j < totals.length; j++) {
            long after = totals[j] - scaled.units(j, i, from) + scaled.units(j, i, to);
            if (after < scaled.required(j)) {
                return false;
            }
        }
        return true;
    }

    private static void move(ScaledProblem scaled, int[] choice, long[] totals, int i, int to) {
        for (int j = 0; j < totals.length; j++) {
            totals[j] += scaled.units(j, i, to) - scaled.units(j, i, choice[i]);
        }
        choice[i] = to;
    }

    static long deficit(ScaledProblem scaled, long[] totals) {
        long deficit = 0;
        for (int j = 0; j < totals.length; j++) {
            deficit += Math.max(0, scaled.required(j) - totals[j]);
        }
        return deficit;
    }
}
