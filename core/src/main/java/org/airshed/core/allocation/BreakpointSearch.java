package org.airshed.core.allocation;

import java.util.SplittableRandom;

/**
 * The randomized breakpoint search of {@link EquiMarginalSelection} (Kiwiel 2008), started from a
 * bracket (lower, upper] that a filtering pass already narrowed: items wholly below it are in
 * {@code constant}, quadratic sources spanning it in the linear part {@code alpha·x − beta}, and
 * the items listed here are the only breakpoints that can still lie inside. The same retiring and
 * pivot rules as the full search, so it ends on the same bracket.
 */
final class BreakpointSearch {
    /** Above this many items, rounds of sampled pivot pairs; below, one random pivot at a time. */
    private static final int NARROW_ABOVE = 2048;
    private static final int NARROW_SAMPLE = 1024;

    private double[] t;
    private double[] amount;
    private int blocks;
    private double[] lo;
    private double[] hi;
    private double[] inverseSlope;
    private double[] max;
    private int quads;
    private double constant;
    private double alpha;
    private double beta;
    private int spanning;
    private double lower;
    private double upper;

    /** Takes ownership of the arrays; the first {@code blocks} and {@code quads} entries are items. */
    BreakpointSearch(double[] t, double[] amount, int blocks, double[] lo, double[] hi, double[] inverseSlope,
                     double[] max, int quads) {
        this.t = t;
        this.amount = amount;
        this.blocks = blocks;
        this.lo = lo;
        this.hi = hi;
        this.inverseSlope = inverseSlope;
        this.max = max;
        this.quads = quads;
    }

    /** The state a filtering pass left: the bracket and what lies wholly below or across it. */
    void start(double lowerBound, double upperBound, double constantPart, double alphaPart, double betaPart,
               int spanningQuads) {
        this.lower = lowerBound;
        this.upper = upperBound;
        this.constant = constantPart;
        this.alpha = alphaPart;
        this.beta = betaPart;
        this.spanning = spanningQuads;
    }

    double lower() {
        return lower;
    }

    double upper() {
        return upper;
    }

    /** Number of quadratic sources whose linear range spans the final bracket (the price needs solving for). */
    int spanning() {
        return spanning;
    }

    /** Total response at x counting items priced at or below x, plus the constant and linear parts. */
    double responseAtOrBelow(double x) {
        double total = constant + alpha * x - beta;
        for (int k = 0; k < blocks; k++) {
            if (t[k] <= x) {
                total += amount[k];
            }
        }
        for (int k = 0; k < quads; k++) {
            total += quadResponse(k, x);
        }
        return total;
    }

    /** Shrinks (lower, upper] until no breakpoint lies strictly inside. */
    void search(double requirement, SplittableRandom random) {
        retire();
        while (blocks + quads > NARROW_ABOVE) {
            narrow(requirement, random);
            retire();
        }
        while (blocks + quads > 0) {
            double pivot = pivot(random);
            if (responseAtOrBelow(pivot) >= requirement) {
                upper = pivot;
            } else {
                lower = pivot;
            }
            retire();
        }
    }

    /** Moves items whose breakpoints all left (lower, upper) into the constant or linear part, or drops them. */
    private void retire() {
        int kept = 0;
        double low = lower;
        double high = upper;
        double sum = constant;
        for (int k = 0; k < blocks; k++) {
            double cost = t[k];
            // Branch-free: after a narrowing round most items leave, in no predictable pattern.
            long above = Double.doubleToRawLongBits((low - cost) + 0.0) >> 63;
            long below = Double.doubleToRawLongBits((cost - high) + 0.0) >> 63;
            sum += Double.longBitsToDouble(Double.doubleToRawLongBits(amount[k]) & ~above);
            t[kept] = cost;
            amount[kept] = amount[k];
            kept += (int) (above & below & 1);
        }
        constant = sum;
        blocks = kept;
        kept = 0;
        for (int k = 0; k < quads; k++) {
            if (hi[k] <= lower) {
                constant += max[k];
            } else if (lo[k] >= upper) {
                continue;
            } else if (lo[k] <= lower && hi[k] >= upper) {
                alpha += inverseSlope[k];
                beta += lo[k] * inverseSlope[k];
                spanning++;
            } else {
                lo[kept] = lo[k];
                hi[kept] = hi[k];
                inverseSlope[kept] = inverseSlope[k];
                max[kept++] = max[k];
            }
        }
        quads = kept;
    }

    /**
     * One round for many items: two breakpoints drawn from a sample near where the sample puts the
     * price, both evaluated in one branch-free pass. Any two breakpoints inside give a valid smaller
     * bracket, so a poor guess costs a round, never the answer.
     */
    private void narrow(double requirement, SplittableRandom random) {
        int items = blocks + quads;
        double[] key = new double[2 * NARROW_SAMPLE];
        double[] weight = new double[2 * NARROW_SAMPLE];
        int n = 0;
        for (int s = 0; s < NARROW_SAMPLE; s++) {
            int pick = random.nextInt(items);
            if (pick < blocks) {
                key[n] = t[pick];
                weight[n++] = amount[pick];
            } else {
                int k = pick - blocks;
                for (double point : new double[] {lo[k], hi[k]}) {
                    if (point > lower && point < upper) {
                        key[n] = point;
                        weight[n++] = 0.5 * max[k];
                    }
                }
            }
        }
        if (n == 0) {
            return;
        }
        ParallelSort.byKey(key, weight, 0, n);
        double scale = (double) items / NARROW_SAMPLE;
        double sum = 0;
        int cross = n;
        for (int j = 0; j < n; j++) {
            sum += weight[j];
            if (constant + alpha * key[j] - beta + scale * sum >= requirement) {
                cross = j;
                break;
            }
        }
        int spread = (int) Math.ceil(Math.sqrt(n));
        double a = key[Math.max(cross - spread, 0)];
        double b = key[Math.min(cross + spread, n - 1)];
        double atA = constant + alpha * a - beta;
        double atB = constant + alpha * b - beta;
        for (int k = 0; k < blocks; k++) {
            long overA = Double.doubleToRawLongBits((a - t[k]) + 0.0) >> 63;
            long overB = Double.doubleToRawLongBits((b - t[k]) + 0.0) >> 63;
            long bits = Double.doubleToRawLongBits(amount[k]);
            atA += Double.longBitsToDouble(bits & ~overA);
            atB += Double.longBitsToDouble(bits & ~overB);
        }
        for (int k = 0; k < quads; k++) {
            atA += quadResponse(k, a);
            atB += quadResponse(k, b);
        }
        if (atA >= requirement) {
            upper = a;
        } else if (atB >= requirement) {
            lower = a;
            upper = b;
        } else {
            lower = b;
        }
    }

    private double quadResponse(int k, double x) {
        if (x <= lo[k]) {
            return 0;
        }
        return x >= hi[k] ? max[k] : (x - lo[k]) * inverseSlope[k];
    }

    private double pivot(SplittableRandom random) {
        int pick = random.nextInt(blocks + quads);
        if (pick < blocks) {
            return t[pick];
        }
        int k = pick - blocks;
        boolean loInside = lo[k] > lower && lo[k] < upper;
        boolean hiInside = hi[k] > lower && hi[k] < upper;
        if (loInside && hiInside) {
            return random.nextBoolean() ? lo[k] : hi[k];
        }
        return loInside ? lo[k] : hi[k];
    }

    /** Frees the working arrays once the bracket is known. */
    void release() {
        t = null;
        amount = null;
        lo = null;
        hi = null;
        inverseSlope = null;
        max = null;
    }
}
