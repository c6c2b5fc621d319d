package org.airshed.core.discrete.heuristic;

import java.util.Arrays;
import java.util.Comparator;

import org.airshed.core.discrete.DiscreteProblem;
import org.airshed.core.discrete.bound.HullBound;

/**
 * The core of the problem (Pisinger 1995, for one row; here for K + 1): the sources whose
 * choice the relaxation's prices leave nearly undecided. At prices g_i = λ + Σ_k μ_k T_{k,r(i)}
 * each option has Lagrangian cost c_io − g_i a_io; a source whose best and second-best options
 * are close in that cost is where a better integer solution differs from the rounded one. The
 * local search samples its subsets mostly from here.
 */
public final class LagrangianCore {
    private LagrangianCore() {
    }

    /** The core size the solver uses: 5 % of the sources, at least 64 (all of them when fewer). */
    public static int defaultSize(int sources) {
        return Math.min(sources, Math.max(64, sources / 20));
    }

    /**
     * The {@code size} sources with the smallest gap between their two best options at the
     * relaxation's prices, by increasing gap (ties by index); empty when the relaxation is infeasible.
     */
    public static int[] of(DiscreteProblem p, HullBound hull, int size) {
        if (!hull.isFeasible()) {
            return new int[0];
        }
        double[] mu = hull.receptorPrices();
        double capPrice = p.hasCap() ? hull.capPrice() : 0;
        int n = p.sourceCount();
        double[] gap = new double[n];
        for (int i = 0; i < n; i++) {
            double g = capPrice;
            for (int k = 0; k < mu.length; k++) {
                g += mu[k] * p.transfer(k, p.sourceRegion(i));
            }
            double best = Double.POSITIVE_INFINITY;
            double second = Double.POSITIVE_INFINITY;
            for (int o = 0; o < p.optionCount(i); o++) {
                double value = p.annualCost(i, o) - g * p.abatement(i, o);
                if (value < best) {
                    second = best;
                    best = value;
                } else if (value < second) {
                    second = value;
                }
            }
            gap[i] = second - best;
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> gap[i]).thenComparingInt(i -> i));
        int[] core = new int[Math.min(size, n)];
        for (int c = 0; c < core.length; c++) {
            core[c] = order[c];
        }
        return core;
    }
}
