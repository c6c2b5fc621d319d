package org.airshed.core.discrete.multi;

import java.util.ArrayList;
import java.util.List;

/**
 * The Lagrangian bound of a node at row prices π ≥ 0 (the one-pollutant tree's, with options in
 * place of hull points):
 * <pre>
 * L(π) = Σ_fixed c(o_i) + Σ_free min(0, min_{k allowed} (c_k − Σ_j π_j u_jk)) + Σ_j π_j (R_j − Σ_fixed u_j(o_i))
 * </pre>
 * For a choice the node allows that meets every row, Σ_j π_j (Σ_i u_j − R_j) ≥ 0, so L(π) is at
 * most its cost: the bound holds at any prices and does not rest on the relaxation's accuracy. At
 * the relaxation's exact duals it equals the relaxation's optimum (Σ x ≤ 1 is the hull of the
 * choices). The sum is lowered by a margin for its own rounding, and rows are allowed their
 * feasibility tolerance.
 */
final class NodeBound {
    private static final double ROUNDING = 4 * Math.ulp(1.0);

    private NodeBound() {
    }

    static double of(MultiDiscreteProblem d, NodeState node, double[] prices) {
        double constant = 0;
        double magnitude = 0;
        for (int j = 0; j < d.rowCount(); j++) {
            // A choice may fall short of R_j by the tolerance and still count as meeting the row.
            constant += prices[j] * (d.required(j) - d.tolerance(j));
            magnitude += Math.abs(prices[j] * d.required(j));
        }
        double sum = 0;
        for (int i = 0; i < d.sourceCount(); i++) {
            if (!node.isFree(i)) {
                double v = value(d, i, node.fixed[i], prices);
                sum += v;
                magnitude += Math.abs(d.cost(i, node.fixed[i])) + Math.abs(v);
                continue;
            }
            double best = 0;
            for (int k = 1; k < d.optionCount(i); k++) {
                if (node.allows(d, i, k)) {
                    double v = value(d, i, k, prices);
                    best = Math.min(best, v);
                    magnitude += Math.abs(d.cost(i, k));
                }
            }
            sum += best;
            magnitude += Math.abs(best);
        }
        return sum + constant - ROUNDING * (d.sourceCount() + d.rowCount() + 2) * magnitude;
    }

    /**
     * Reduced-cost fixing: the free sources' options with which no choice can cost less than
     * {@code cutoff}, given that every choice the node allows costs at least {@code bound} + its
     * options' reduced costs (value above the source's least, none counting 0) at {@code prices}.
     * Returns the node with them forbidden (itself when there are none).
     */
    static NodeState fix(MultiDiscreteProblem d, NodeState node, double[] prices, double bound, double cutoff) {
        double slack = cutoff - bound;
        if (!(slack < Double.POSITIVE_INFINITY)) {
            return node;
        }
        List<int[]> drop = new ArrayList<>();
        double[] values = new double[0];
        for (int i = 0; i < d.sourceCount(); i++) {
            if (!node.isFree(i)) {
                continue;
            }
            int m = d.optionCount(i);
            values = values.length < m ? new double[m] : values;
            double least = 0;
            for (int k = 1; k < m; k++) {
                values[k] = node.allows(d, i, k) ? value(d, i, k, prices) : Double.POSITIVE_INFINITY;
                least = Math.min(least, values[k]);
            }
            for (int k = 1; k < m; k++) {
                if (values[k] < Double.POSITIVE_INFINITY && values[k] - least >= slack) {
                    drop.add(new int[] {i, k});
                }
            }
        }
        return drop.isEmpty() ? node : node.forbidAll(d, drop);
    }

    /** c_k − Σ_j π_j u_jk of option k of source i. */
    static double value(MultiDiscreteProblem d, int i, int k, double[] prices) {
        double v = d.cost(i, k);
        for (int j = 0; j < prices.length; j++) {
            v -= prices[j] * d.units(i, k, j);
        }
        return v;
    }

    /** Each free source's best option at the prices (the Lagrangian choice); fixed sources keep theirs. */
    static int[] choice(MultiDiscreteProblem d, NodeState node, double[] prices) {
        int[] choice = new int[d.sourceCount()];
        for (int i = 0; i < choice.length; i++) {
            if (!node.isFree(i)) {
                choice[i] = node.fixed[i];
                continue;
            }
            double best = 0;
            for (int k = 1; k < d.optionCount(i); k++) {
                if (node.allows(d, i, k)) {
                    double v = value(d, i, k, prices);
                    if (v < best) {
                        best = v;
                        choice[i] = k;
                    }
                }
            }
        }
        return choice;
    }
}
