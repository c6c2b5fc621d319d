package org.airshed.core.discrete.exact;

/**
 * The Lagrangian bound of a node at row prices π ≥ 0, in {@link OptionTable}'s exact units:
 * <pre>
 * L(π) = Σ_i min_{p allowed} (c_p − Σ_j π_j u_pj) + Σ_j π_j R_j  ≤  cost of every choice the node allows
 * </pre>
 * (sources fixed out of a reduced table add their cost, and their units are off R).
 * (for a feasible choice, Σ_j π_j (Σ_i u_pj − R_j) ≥ 0). It holds for any π ≥ 0, so the bound
 * does not rest on the continuous solver's accuracy: at the relaxation's exact duals it equals
 * the relaxation's optimum. An option's reduced cost (its value above the source's minimum) added
 * to L bounds every choice that uses it, which is what fixes options for good (reduced-cost
 * fixing). The sum is lowered by a margin for its own rounding.
 */
final class LagrangianBound {
    /** Relative rounding of one product or sum, with room to spare. */
    private static final double ROUNDING = 4 * Math.ulp(1.0);

    private final OptionTable t;
    /** π_j per unit of row j: the row's dual divided by its scale. */
    private final double[] unitPrices;
    private final double[] minimum;
    private final double value;

    private LagrangianBound(OptionTable t, double[] rowPrices, int[] lo, int[] hi) {
        this.t = t;
        this.unitPrices = new double[t.rows];
        double constant = t.costOffset;
        for (int j = 0; j < t.rows; j++) {
            double price = rowPrices[j];
            unitPrices[j] = price > 0 && price < Double.POSITIVE_INFINITY ? price / t.scaled.rowScale(j) : 0;
            constant += unitPrices[j] * t.required[j];
        }
        this.minimum = new double[t.sources];
        double sum = 0;
        double magnitude = Math.abs(constant);
        for (int i = 0; i < t.sources; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int p = lo[i]; p <= hi[i]; p++) {
                best = Math.min(best, value(p));
            }
            minimum[i] = best;
            sum += best;
            magnitude += Math.abs(best);
        }
        this.value = sum + constant - ROUNDING * (t.sources + t.rows + 2) * magnitude;
    }

    /** The bound at {@code rowPrices} (per row quantity, as the continuous solver reports them; negative or non-finite ones count as 0). */
    static LagrangianBound of(OptionTable t, double[] rowPrices, int[] lo, int[] hi) {
        return new LagrangianBound(t, rowPrices, lo, hi);
    }

    /** The lower bound (money per year). */
    double value() {
        return value;
    }

    /** Lagrangian value of the option at position p: c_p − Σ_j π_j u_pj. */
    private double value(int p) {
        double v = t.cost[p];
        int base = p * t.rows;
        for (int j = 0; j < t.rows; j++) {
            v -= unitPrices[j] * t.units[base + j];
        }
        return v;
    }

    /** The reduced cost of position p of source i: how much any choice using it costs above {@link #value()}. */
    double reducedCost(int i, int p) {
        return value(p) - minimum[i];
    }

    /**
     * Reduced-cost fixing: narrows every source's allowed positions, from both ends, by the options
     * with which no choice can cost less than {@code cutoff}. Returns the number of sources narrowed.
     */
    int fix(int[] lo, int[] hi, double cutoff, IntTriples changes) {
        double slack = cutoff - value;
        int narrowed = 0;
        for (int i = 0; i < t.sources; i++) {
            int from = lo[i];
            int to = hi[i];
            while (from < to && reducedCost(i, from) >= slack) {
                from++;
            }
            while (from < to && reducedCost(i, to) >= slack) {
                to--;
            }
            if (from != lo[i] || to != hi[i]) {
                lo[i] = from;
                hi[i] = to;
                changes.add(i, from, to);
                narrowed++;
            }
        }
        return narrowed;
    }
}
