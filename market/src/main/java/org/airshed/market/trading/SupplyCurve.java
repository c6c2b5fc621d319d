package org.airshed.market.trading;

import java.util.Arrays;

/**
 * A monotone abatement supply as a function of one price: blocks (an amount offered at a unit
 * price, taken when the price is above it, optionally when equal to it) and ramps (a quadratic
 * source's linear marginal cost: {@code clamp((p − low)/slope, 0, max)}). Each piece has an owner
 * (a source, a period, a reserve) so that a fill can be reported per owner. The supply is
 * piecewise linear in the price with known breakpoints, so the least price reaching a target is
 * found exactly: a search over the sorted breakpoints, then one linear solve between two of them.
 * Structure of arrays; built once, never modified.
 */
final class SupplyCurve {
    private final int owners;
    private final double[] blockPrice;
    private final double[] blockAmount;
    private final int[] blockOwner;
    private final double[] rampLow;
    private final double[] rampSlope;
    private final double[] rampMax;
    private final int[] rampOwner;

    private SupplyCurve(Builder b) {
        this.owners = b.owners;
        this.blockPrice = Arrays.copyOf(b.blockPrice, b.blocks);
        this.blockAmount = Arrays.copyOf(b.blockAmount, b.blocks);
        this.blockOwner = Arrays.copyOf(b.blockOwner, b.blocks);
        this.rampLow = Arrays.copyOf(b.rampLow, b.ramps);
        this.rampSlope = Arrays.copyOf(b.rampSlope, b.ramps);
        this.rampMax = Arrays.copyOf(b.rampMax, b.ramps);
        this.rampOwner = Arrays.copyOf(b.rampOwner, b.ramps);
    }

    static Builder builder(int owners) {
        return new Builder(owners, 16);
    }

    /** A builder with room for {@code blocks} blocks before it grows (a known count saves the copies). */
    static Builder builder(int owners, int blocks) {
        return new Builder(owners, Math.max(blocks, 16));
    }

    int owners() {
        return owners;
    }

    /** Supply taking every block priced at or below p (mass); +∞ if an unlimited block is taken. */
    double inclusive(double p) {
        return supply(p, true);
    }

    /** Supply taking only blocks priced strictly below p (mass). */
    double strict(double p) {
        return supply(p, false);
    }

    /** {@link #strict} and {@link #inclusive} at p in one pass: {strict, inclusive} (mass). */
    double[] strictAndInclusive(double p) {
        double below = 0;
        double at = 0;
        for (int k = 0; k < blockPrice.length; k++) {
            if (blockPrice[k] < p) {
                below += blockAmount[k];
            } else if (blockPrice[k] == p) {
                at += blockAmount[k];
            }
        }
        for (int k = 0; k < rampLow.length; k++) {
            below += ramp(k, p);
        }
        return new double[] {below, below + at};
    }

    /** Most supply that can be had at any price (mass; +∞ with an unlimited block). */
    double maximum() {
        return inclusive(Double.POSITIVE_INFINITY);
    }

    /**
     * The least price at which every finite piece is supplied in full: the highest block price or
     * ramp end (money per mass; 0 for an empty curve). Where a target is the whole supply, rounding
     * in the sums can leave {@link #leastPrice} at +∞; this is the price it means.
     */
    double fullSupplyPrice() {
        double top = 0;
        for (double p : blockPrice) {
            top = Math.max(top, p);
        }
        for (int k = 0; k < rampLow.length; k++) {
            top = Math.max(top, rampHigh(k));
        }
        return top;
    }

    /** Σ 1/slope of the ramps rising just below p: the left derivative of the supply at p. */
    double slopeBelow(double p) {
        double slope = 0;
        for (int k = 0; k < rampLow.length; k++) {
            if (rampLow[k] < p && p <= rampHigh(k)) {
                slope += 1 / rampSlope[k];
            }
        }
        return slope;
    }

    /** Σ 1/slope of the ramps rising just above p: the right derivative of the supply at p. */
    double slopeAbove(double p) {
        double slope = 0;
        for (int k = 0; k < rampLow.length; k++) {
            if (rampLow[k] <= p && p < rampHigh(k)) {
                slope += 1 / rampSlope[k];
            }
        }
        return slope;
    }

    /** The highest breakpoint (block price, ramp end) below p, or 0 if none is above 0: where a flat piece ending at p starts. */
    double breakpointBelow(double p) {
        double below = 0;
        for (double price : blockPrice) {
            if (price < p) {
                below = Math.max(below, price);
            }
        }
        for (int k = 0; k < rampLow.length; k++) {
            if (rampLow[k] < p) {
                below = Math.max(below, rampLow[k]);
            }
            if (rampHigh(k) < p) {
                below = Math.max(below, rampHigh(k));
            }
        }
        return below;
    }

    /** The lowest breakpoint above p, +∞ if none: where a flat piece starting at p ends. */
    double breakpointAbove(double p) {
        double above = Double.POSITIVE_INFINITY;
        for (double price : blockPrice) {
            if (price > p) {
                above = Math.min(above, price);
            }
        }
        for (int k = 0; k < rampLow.length; k++) {
            if (rampLow[k] > p) {
                above = Math.min(above, rampLow[k]);
            }
            if (rampHigh(k) > p) {
                above = Math.min(above, rampHigh(k));
            }
        }
        return above;
    }

    /**
     * The least price p ≥ 0 with {@code inclusive(p) ≥ target}; +∞ when no price reaches it. Exact
     * up to the rounding of one linear solve: no tolerance, no bisection.
     */
    double leastPrice(double target) {
        if (inclusive(0) >= target) {
            return 0;
        }
        if (rampLow.length == 0) {
            double candidate = leastBlockPrice(target);
            // The partitions sum amounts in another order than inclusive() does, so a target within
            // rounding of a cumulative amount can be misjudged (up to +∞ when the target is the
            // maximum). inclusive() and strict() settle it in block order; if they disagree, search.
            if (candidate < Double.POSITIVE_INFINITY && inclusive(candidate) >= target && strict(candidate) < target) {
                return candidate;
            }
        }
        return searchBreakpoints(target);
    }

    /** The least price reaching {@code target} by binary search over the sorted breakpoints. */
    private double searchBreakpoints(double target) {
        double[] breakpoints = breakpoints();
        int first = 0;
        while (first < breakpoints.length && breakpoints[first] <= 0) {
            first++;
        }
        // Smallest breakpoint index in [first, length) whose inclusive supply reaches the target.
        int low = first;
        int high = breakpoints.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (inclusive(breakpoints[mid]) >= target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        if (low == breakpoints.length) {
            return Double.POSITIVE_INFINITY;
        }
        double lower = low > first ? breakpoints[low - 1] : 0;
        double upper = breakpoints[low];
        // On (lower, upper) no piece changes shape: supply = constant + alpha·p − beta.
        double constant = 0;
        double alpha = 0;
        double beta = 0;
        for (int k = 0; k < blockPrice.length; k++) {
            if (blockPrice[k] <= lower) {
                constant += blockAmount[k];
            }
        }
        for (int k = 0; k < rampLow.length; k++) {
            if (rampHigh(k) <= lower) {
                constant += rampMax[k];
            } else if (rampLow[k] <= lower && rampHigh(k) >= upper) {
                alpha += 1 / rampSlope[k];
                beta += rampLow[k] / rampSlope[k];
            }
        }
        if (alpha > 0) {
            double price = (target - constant + beta) / alpha;
            if (price < upper) {
                return Math.max(price, lower);
            }
        }
        return upper;
    }

    /**
     * {@link #leastPrice} when there are only blocks and {@code inclusive(0) < target}: a
     * quickselect on the blocks priced above 0 by cumulative amount, expected O(blocks), instead
     * of sorting every breakpoint and making a full pass per step of a binary search.
     */
    private double leastBlockPrice(double target) {
        double[] price = new double[blockPrice.length];
        double[] amount = new double[blockPrice.length];
        int n = 0;
        double taken = 0;
        for (int k = 0; k < blockPrice.length; k++) {
            if (blockPrice[k] <= 0) {
                taken += blockAmount[k];
            } else {
                price[n] = blockPrice[k];
                amount[n++] = blockAmount[k];
            }
        }
        int low = 0;
        int high = n;
        // Invariant: every block in [low, high) is priced above every block already counted in taken
        // and below every block discarded above; the answer is one of the prices in [low, high).
        while (low < high) {
            double pivot = medianOfThree(price[low], price[(low + high) >>> 1], price[high - 1]);
            // Three-way partition: [low, lt) < pivot, [lt, i) == pivot, [gt, high) > pivot.
            int lt = low;
            int i = low;
            int gt = high;
            double less = 0;
            double equal = 0;
            while (i < gt) {
                double p = price[i];
                if (p < pivot) {
                    less += amount[i];
                    swap(price, amount, lt++, i++);
                } else if (p > pivot) {
                    swap(price, amount, i, --gt);
                } else {
                    equal += amount[i++];
                }
            }
            if (taken + less >= target) {
                high = lt;
            } else if (taken + less + equal >= target) {
                return pivot;
            } else {
                taken += less + equal;
                low = gt;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(double[] price, double[] amount, int i, int j) {
        double p = price[i];
        price[i] = price[j];
        price[j] = p;
        double a = amount[i];
        amount[i] = amount[j];
        amount[j] = a;
    }

    /** Distinct breakpoints (block prices, ramp ends), ascending. */
    private double[] breakpoints() {
        double[] points = new double[blockPrice.length + 2 * rampLow.length];
        int n = 0;
        for (double p : blockPrice) {
            points[n++] = p;
        }
        for (int k = 0; k < rampLow.length; k++) {
            points[n++] = rampLow[k];
            points[n++] = rampHigh(k);
        }
        Arrays.sort(points);
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            if (distinct == 0 || points[k] != points[distinct - 1]) {
                points[distinct++] = points[k];
            }
        }
        return Arrays.copyOf(points, distinct);
    }

    /** What each owner supplies strictly below p (mass, indexed by owner). */
    double[] strictByOwner(double p) {
        double[] out = new double[owners];
        for (int k = 0; k < blockPrice.length; k++) {
            if (blockPrice[k] < p) {
                out[blockOwner[k]] += blockAmount[k];
            }
        }
        for (int k = 0; k < rampLow.length; k++) {
            out[rampOwner[k]] += ramp(k, p);
        }
        return out;
    }

    /** What each owner offers in blocks priced exactly p (mass, indexed by owner; may be +∞). */
    double[] tiesByOwner(double p) {
        double[] out = new double[owners];
        for (int k = 0; k < blockPrice.length; k++) {
            if (blockPrice[k] == p) {
                out[blockOwner[k]] += blockAmount[k];
            }
        }
        return out;
    }

    /**
     * The fill at price p: every owner's strict supply plus {@code extra} (mass) taken from the
     * blocks priced exactly p in the order they were added, as far as they go.
     */
    double[] fill(double p, double extra) {
        double[] out = strictByOwner(p);
        double left = extra;
        for (int k = 0; k < blockPrice.length && left > 0; k++) {
            if (blockPrice[k] == p) {
                double take = Math.min(left, blockAmount[k]);
                out[blockOwner[k]] += take;
                left -= take;
            }
        }
        return out;
    }

    private double supply(double p, boolean inclusive) {
        double total = 0;
        for (int k = 0; k < blockPrice.length; k++) {
            if (blockPrice[k] < p || (inclusive && blockPrice[k] == p)) {
                total += blockAmount[k];
            }
        }
        for (int k = 0; k < rampLow.length; k++) {
            total += ramp(k, p);
        }
        return total;
    }

    private double ramp(int k, double p) {
        if (p <= rampLow[k]) {
            return 0;
        }
        return Math.min((p - rampLow[k]) / rampSlope[k], rampMax[k]);
    }

    private double rampHigh(int k) {
        return rampLow[k] + rampSlope[k] * rampMax[k];
    }

    /** Collects pieces; owners are 0 … owners−1. */
    static final class Builder {
        private final int owners;
        private double[] blockPrice;
        private double[] blockAmount;
        private int[] blockOwner;
        private int blocks;
        private double[] rampLow = new double[8];
        private double[] rampSlope = new double[8];
        private double[] rampMax = new double[8];
        private int[] rampOwner = new int[8];
        private int ramps;

        private Builder(int owners, int blocks) {
            if (owners < 0) {
                throw new IllegalArgumentException("owner count must be ≥ 0, got " + owners);
            }
            this.owners = owners;
            this.blockPrice = new double[blocks];
            this.blockAmount = new double[blocks];
            this.blockOwner = new int[blocks];
        }

        /** A block of {@code amount} (mass ≥ 0, +∞ allowed) at unit {@code price}; empty blocks are dropped. */
        Builder block(int owner, double price, double amount) {
            checkOwner(owner);
            if (Double.isNaN(amount) || amount < 0 || !Double.isFinite(price)) {
                throw new IllegalArgumentException("block of owner " + owner + ": amount " + amount + " at price " + price);
            }
            if (amount == 0) {
                return this;
            }
            if (blocks == blockPrice.length) {
                blockPrice = Arrays.copyOf(blockPrice, 2 * blocks);
                blockAmount = Arrays.copyOf(blockAmount, 2 * blocks);
                blockOwner = Arrays.copyOf(blockOwner, 2 * blocks);
            }
            blockPrice[blocks] = price;
            blockAmount[blocks] = amount;
            blockOwner[blocks++] = owner;
            return this;
        }

        /** A ramp: {@code clamp((p − low)/slope, 0, max)} (slope > 0, max ≥ 0); empty ramps are dropped. */
        Builder ramp(int owner, double low, double slope, double max) {
            checkOwner(owner);
            if (!Double.isFinite(low) || !(slope > 0) || !Double.isFinite(slope) || !(max >= 0) || !Double.isFinite(max)) {
                throw new IllegalArgumentException("ramp of owner " + owner + ": low " + low + ", slope " + slope + ", max " + max);
            }
            if (max == 0) {
                return this;
            }
            if (ramps == rampLow.length) {
                rampLow = Arrays.copyOf(rampLow, 2 * ramps);
                rampSlope = Arrays.copyOf(rampSlope, 2 * ramps);
                rampMax = Arrays.copyOf(rampMax, 2 * ramps);
                rampOwner = Arrays.copyOf(rampOwner, 2 * ramps);
            }
            rampLow[ramps] = low;
            rampSlope[ramps] = slope;
            rampMax[ramps] = max;
            rampOwner[ramps++] = owner;
            return this;
        }

        SupplyCurve build() {
            return new SupplyCurve(this);
        }

        private void checkOwner(int owner) {
            if (owner < 0 || owner >= owners) {
                throw new IllegalArgumentException("owner " + owner + " outside 0.." + (owners - 1));
            }
        }
    }
}
