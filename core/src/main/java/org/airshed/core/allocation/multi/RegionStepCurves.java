package org.airshed.core.allocation.multi;

/**
 * Every block of every curve source, grouped by (region, pollutant) and sorted by unit cost, with
 * prefix sums of amount and cost: a region's step-curve answer for pollutant p at price g (all
 * blocks cheaper than g, as {@link SourceResponse} takes them source by source) is then one binary
 * search instead of a pass over its sources. Built once per solve; sorting is deterministic
 * (a three-way quicksort with median-of-three pivots), and blocks of equal cost are always taken
 * together, so their order changes only the rounding of the sums.
 */
final class RegionStepCurves {
    private final int pollutants;
    /** Group (r, p) = r·P + p holds blocks {@code start[group] .. start[group + 1] - 1}. */
    private final int[] start;
    private final double[] cost;
    /** Sums of the group's first k blocks at {@code start[group] + group + k}, k = 0 .. size. */
    private final double[] prefixAmount;
    private final double[] prefixCost;

    RegionStepCurves(MultiPollutantProblem q) {
        pollutants = q.pollutants;
        int groups = q.regions * pollutants;
        start = new int[groups + 1];
        for (int i = 0; i < q.sources; i++) {
            for (int p = 0; p < pollutants && !q.optionSource[i]; p++) {
                int ip = i * pollutants + p;
                if (q.curveKind[ip] == MultiPollutantProblem.STEPS) {
                    start[q.sourceRegion[i] * pollutants + p + 1] += q.blockStart[ip + 1] - q.blockStart[ip];
                }
            }
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        int total = start[groups];
        cost = new double[total];
        double[] amount = new double[total];
        int[] next = start.clone();
        for (int i = 0; i < q.sources; i++) {
            for (int p = 0; p < pollutants && !q.optionSource[i]; p++) {
                int ip = i * pollutants + p;
                if (q.curveKind[ip] == MultiPollutantProblem.STEPS) {
                    int group = q.sourceRegion[i] * pollutants + p;
                    for (int b = q.blockStart[ip]; b < q.blockStart[ip + 1]; b++) {
                        cost[next[group]] = q.blockCost[b];
                        amount[next[group]++] = q.blockAmount[b];
                    }
                }
            }
        }
        prefixAmount = new double[total + groups];
        prefixCost = new double[total + groups];
        for (int g = 0; g < groups; g++) {
            sort(cost, amount, start[g], start[g + 1] - 1);
            int base = start[g] + g;
            for (int k = start[g]; k < start[g + 1]; k++) {
                int at = base + (k - start[g]);
                prefixAmount[at + 1] = prefixAmount[at] + amount[k];
                prefixCost[at + 1] = prefixCost[at] + amount[k] * cost[k];
            }
        }
    }

    /**
     * Region r's step blocks of pollutant p at price g: writes the amount to {@code out[0]} and its
     * cost to {@code out[1]}. A block is taken when costWeight · unit cost &lt; g (with costWeight 0,
     * every block when g &gt; 0).
     */
    void answer(int r, int p, double price, double costWeight, double[] out) {
        int group = r * pollutants + p;
        int from = start[group];
        int to = start[group + 1];
        int taken;
        if (costWeight == 0) {
            taken = price > 0 ? to - from : 0;
        } else {
            int lo = from;
            int hi = to; // first block with cost ≥ price, in [from, to]
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cost[mid] < price) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            taken = lo - from;
        }
        out[0] = prefixAmount[from + group + taken];
        out[1] = prefixCost[from + group + taken];
    }

    /** Sorts {@code key[lo..hi]} ascending, moving {@code other} alongside. */
    private static void sort(double[] key, double[] other, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            double a = key[lo];
            double b = key[mid];
            double c = key[hi];
            double pivot = a < b ? (b < c ? b : Math.max(a, c)) : (a < c ? a : Math.max(b, c));
            // Three-way partition: [lo, lt) < pivot, [lt, i) == pivot, (gt, hi] > pivot.
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                if (key[i] < pivot) {
                    swap(key, other, lt++, i++);
                } else if (key[i] > pivot) {
                    swap(key, other, i, gt--);
                } else {
                    i++;
                }
            }
            // Recurse into the smaller side, loop on the larger: stack depth O(log n).
            if (lt - lo < hi - gt) {
                sort(key, other, lo, lt - 1);
                lo = gt + 1;
            } else {
                sort(key, other, gt + 1, hi);
                hi = lt - 1;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            double k = key[i];
            double o = other[i];
            int j = i - 1;
            while (j >= lo && key[j] > k) {
                key[j + 1] = key[j];
                other[j + 1] = other[j];
                j--;
            }
            key[j + 1] = k;
            other[j + 1] = o;
        }
    }

    private static void swap(double[] key, double[] other, int i, int j) {
        double t = key[i];
        key[i] = key[j];
        key[j] = t;
        t = other[i];
        other[i] = other[j];
        other[j] = t;
    }
}
