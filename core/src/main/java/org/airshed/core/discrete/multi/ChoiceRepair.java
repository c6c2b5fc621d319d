package org.airshed.core.discrete.multi;

import java.util.Arrays;

/**
 * Turns a candidate choice into a cheap feasible one within what a node allows: {@link #repair}
 * switches options while some row falls short (the switch removing the most scaled shortfall per
 * unit of added cost first), {@link #trim} then moves sources to cheaper options while every row
 * stays met (dearest sources first). Heuristics for incumbents only: the proof never rests on them.
 */
final class ChoiceRepair {
    private ChoiceRepair() {
    }

    /** Repairs {@code choice} in place; returns whether it now meets every row. */
    static boolean repair(MultiDiscreteProblem d, NodeState node, int[] choice) {
        double[] totals = totals(d, choice);
        int moves = 2 * d.sourceCount() + 10;
        while (shortfall(d, totals) > 0 && moves-- > 0) {
            double now = shortfall(d, totals);
            int bestSource = -1;
            int bestOption = -1;
            double bestRate = 0;
            double[] moved = new double[totals.length];
            for (int i = 0; i < d.sourceCount(); i++) {
                if (!node.isFree(i)) {
                    continue;
                }
                for (int k = 0; k < d.optionCount(i); k++) {
                    if (k == choice[i] || (k > 0 && !node.allows(d, i, k))) {
                        continue;
                    }
                    for (int j = 0; j < totals.length; j++) {
                        moved[j] = totals[j] - d.units(i, choice[i], j) + d.units(i, k, j);
                    }
                    double gain = now - shortfall(d, moved);
                    if (gain <= 0) {
                        continue;
                    }
                    double added = d.cost(i, k) - d.cost(i, choice[i]);
                    double rate = added <= 0 ? Double.POSITIVE_INFINITY : gain / added;
                    if (rate > bestRate) {
                        bestRate = rate;
                        bestSource = i;
                        bestOption = k;
                    }
                }
            }
            if (bestSource < 0) {
                return false;
            }
            for (int j = 0; j < totals.length; j++) {
                totals[j] += d.units(bestSource, bestOption, j) - d.units(bestSource, choice[bestSource], j);
            }
            choice[bestSource] = bestOption;
        }
        return d.meets(choice);
    }

    /** Moves sources of a feasible {@code choice} to cheaper allowed options while every row stays met. */
    static void trim(MultiDiscreteProblem d, NodeState node, int[] choice) {
        double[] totals = totals(d, choice);
        boolean changed = true;
        for (int pass = 0; changed && pass < 4; pass++) {
            changed = false;
            Integer[] order = new Integer[d.sourceCount()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            // Dearest first; a stable sort keeps source order among equals.
            Arrays.sort(order, (a, b) -> Double.compare(d.cost(b, choice[b]), d.cost(a, choice[a])));
            for (int i : order) {
                if (!node.isFree(i) || choice[i] == 0) {
                    continue;
                }
                int best = choice[i];
                for (int k = 0; k < d.optionCount(i); k++) {
                    if ((k > 0 && !node.allows(d, i, k)) || d.cost(i, k) >= d.cost(i, best)) {
                        continue;
                    }
                    if (meetsAfter(d, totals, i, choice[i], k)) {
                        best = k;
                    }
                }
                if (best != choice[i]) {
                    for (int j = 0; j < totals.length; j++) {
                        totals[j] += d.units(i, best, j) - d.units(i, choice[i], j);
                    }
                    choice[i] = best;
                    changed = true;
                }
            }
        }
    }

    private static boolean meetsAfter(MultiDiscreteProblem d, double[] totals, int i, int from, int to) {
        for (int j = 0; j < totals.length; j++) {
            double t = totals[j] - d.units(i, from, j) + d.units(i, to, j);
            if (t < d.required(j) - d.tolerance(j)) {
                return false;
            }
        }
        return true;
    }

    static double[] totals(MultiDiscreteProblem d, int[] choice) {
        double[] totals = new double[d.rowCount()];
        for (int j = 0; j < totals.length; j++) {
            totals[j] = d.rowTotal(choice, j);
        }
        return totals;
    }

    /** Σ_j of each row's shortfall beyond its tolerance, over the row's scale. */
    private static double shortfall(MultiDiscreteProblem d, double[] totals) {
        double sum = 0;
        for (int j = 0; j < totals.length; j++) {
            double gap = d.required(j) - d.tolerance(j) - totals[j];
            if (gap > 0) {
                sum += gap / d.scale(j);
            }
        }
        return sum;
    }
}
