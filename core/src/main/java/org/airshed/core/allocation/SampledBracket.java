package org.airshed.core.allocation;

import java.util.SplittableRandom;

/**
 * Guesses a bracket [lower, upper] around the equi-marginal price of a group of sources from a
 * seeded sample of them, so that one filtering pass can set aside everything outside it. Both
 * ends are breakpoints of sampled sources (or 0 and +∞), so a search that starts from them ends
 * on the same bracket as one over all breakpoints.
 *
 * <p>Ratio estimate: the group's response at x, as a fraction of its largest abatement, is
 * estimated by the sampled sources' response over their largest abatement, which keeps the
 * spread of source sizes out of the error. The ends are where that fraction is {@link #MARGIN}
 * standard errors below and above the required fraction. A wrong guess is detected by the pass
 * and costs a fallback to the full search, never the answer.
 */
final class SampledBracket {
    /** Standard errors of the sampled fraction kept between the requirement and either end. */
    static final double MARGIN = 4;
    /** Fewer sampled sources than this (or than the sample asked for) say too little: search the whole group. */
    static final int MIN_SAMPLE = 32;
    /** Points a quadratic source's response is spread over in the estimate (its ends are breakpoints). */
    private static final int QUAD_STEPS = 4;

    private SampledBracket() {
    }

    /**
     * @param members     the group's sources, or null for all sources of the problem
     * @param shift       per-region subtraction from unit costs (welfare weights, or zeros)
     * @param requirement the group's required total (mass)
     * @param groupMax    the group's largest abatement (mass)
     * @param sampleSize  most sources to sample
     * @param margin      standard errors between the requirement and either end ({@link #MARGIN})
     * @return {lower, upper} with 0 ≤ lower ≤ upper ≤ +∞
     */
    static double[] guess(AllocationProblem p, int[] members, double[] shift, double requirement, double groupMax,
                          int sampleSize, double margin, SplittableRandom random) {
        if (!(requirement > 0)) {
            // The response at price 0 is never negative, so price 0 meets it.
            return new double[] {0, 0};
        }
        int n = members == null ? p.sourceCount() : members.length;
        int size = Math.min(sampleSize, n / 8);
        if (size < Math.min(MIN_SAMPLE, sampleSize) || !(groupMax > 0)) {
            return new double[] {0, Double.POSITIVE_INFINITY};
        }
        int[] picked = new int[size];
        int points = 0;
        for (int s = 0; s < size; s++) {
            int i = members == null ? random.nextInt(p.sourceCount()) : members[random.nextInt(members.length)];
            picked[s] = i;
            points += p.blockCount(i) + (p.quadMax[i] > 0 ? QUAD_STEPS + 2 : 0);
        }
        // Weighted points: blocks at their unit cost; a quadratic's range in steps, its ends as weightless breakpoints.
        double[] key = new double[points];
        double[] weight = new double[points];
        boolean[] breakpoint = new boolean[points];
        double[] sourceMax = new double[size];
        int k = 0;
        double sampledMax = 0;
        for (int s = 0; s < size; s++) {
            int i = picked[s];
            double offset = shift[p.sourceRegion[i]];
            for (int b = p.blockStart[i]; b < p.blockStart[i + 1]; b++) {
                key[k] = p.blockCost[b] - offset;
                weight[k] = p.blockAmount[b];
                breakpoint[k++] = true;
                sourceMax[s] += p.blockAmount[b];
            }
            if (p.quadMax[i] > 0) {
                double lo = p.quadLinear[i] - offset;
                double hi = lo + p.quadSlope[i] * p.quadMax[i];
                key[k] = lo;
                breakpoint[k++] = true;
                key[k] = hi;
                breakpoint[k++] = true;
                for (int step = 0; step < QUAD_STEPS; step++) {
                    key[k] = lo + (hi - lo) * (step + 0.5) / QUAD_STEPS;
                    weight[k++] = p.quadMax[i] / QUAD_STEPS;
                }
                sourceMax[s] += p.quadMax[i];
            }
            sampledMax += sourceMax[s];
        }
        if (!(sampledMax > 0)) {
            return new double[] {0, Double.POSITIVE_INFINITY};
        }
        int[] order = sortedOrder(key);
        double[] fraction = new double[points];
        double running = 0;
        for (int j = 0; j < points; j++) {
            running += weight[order[j]];
            fraction[j] = running / sampledMax;
        }
        double target = requirement / groupMax;
        int middle = firstReaching(fraction, target);
        double estimate = middle < points ? key[order[middle]] : key[order[points - 1]];
        double reached = fraction[Math.min(middle, points - 1)];
        double error = standardError(p, picked, shift, sourceMax, sampledMax, estimate, reached);
        int low = firstReaching(fraction, target - margin * error) - 1;
        while (low >= 0 && !breakpoint[order[low]]) {
            low--;
        }
        int high = firstReaching(fraction, target + margin * error);
        while (high < points && !breakpoint[order[high]]) {
            high++;
        }
        double lower = low >= 0 ? Math.max(key[order[low]], 0) : 0;
        double upper = high < points ? Math.max(key[order[high]], lower) : Double.POSITIVE_INFINITY;
        return new double[] {lower, upper};
    }

    /** First index whose cumulative fraction reaches the target (points.length if none). */
    private static int firstReaching(double[] fraction, double target) {
        int low = -1;
        int high = fraction.length;
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            if (fraction[mid] >= target) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    /** Standard error of the ratio estimate of the response fraction at x, with a floor of one sample's worth. */
    private static double standardError(AllocationProblem p, int[] picked, double[] shift, double[] sourceMax,
                                        double sampledMax, double x, double fraction) {
        int size = picked.length;
        double squares = 0;
        for (int s = 0; s < size; s++) {
            int i = picked[s];
            double offset = shift[p.sourceRegion[i]];
            double r = 0;
            for (int b = p.blockStart[i]; b < p.blockStart[i + 1]; b++) {
                if (p.blockCost[b] - offset <= x) {
                    r += p.blockAmount[b];
                }
            }
            if (p.quadMax[i] > 0) {
                double lo = p.quadLinear[i] - offset;
                r += Math.min(Math.max((x - lo) / p.quadSlope[i], 0), p.quadMax[i]);
            }
            double d = r - fraction * sourceMax[s];
            squares += d * d;
        }
        double meanMax = sampledMax / size;
        return Math.max(Math.sqrt(squares / ((double) size * (size - 1))) / meanMax, 0.5 / size);
    }

    private static int[] sortedOrder(double[] key) {
        double[] sortedKey = key.clone();
        double[] index = new double[key.length];
        for (int j = 0; j < index.length; j++) {
            index[j] = j;
        }
        ParallelSort.byKey(sortedKey, index, 0, key.length);
        int[] order = new int[key.length];
        for (int j = 0; j < order.length; j++) {
            order[j] = (int) index[j];
        }
        return order;
    }
}
