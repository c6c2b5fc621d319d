package org.airshed.market.trading;

import java.math.BigDecimal;

import org.airshed.core.allocation.AllocationProblem;

/**
 * The supply of some sources in the decimals the file wrote (baselines, block amounts, a ramp's
 * max) and the permits hold (exact thousandths): what decides the least clearing price where the
 * requirement sits exactly on a flat piece of the supply (a block boundary, the whole baseline).
 * There every price from the piece's lower end to its upper end clears, and a sum in doubles an
 * ulp off picks the upper end (revG defect 1: 5000 for λ = 1500). Each double is read as the
 * decimal it prints as, as {@code Quantum} reads amounts.
 *
 * <p>Source i with own requirement o_i = baseline_i − permits_i supplies at price q
 * {@code clamp(o_i, A_i(q), W_i(q))}: A_i(q) its curve's amount priced at or below q, W_i(q) the
 * same with every unit t cheaper (below o_i, abating saves buying at q + t; t = 0 without the
 * wedge). A quadratic source's amount is exact where its ramp is flat (0 or max), else its double.
 */
final class WrittenSupply {
    /**
     * Relative distance within which a sum in doubles may lie on either side of the exact one (far
     * above the rounding of summing millions of terms): only there are the decimals summed.
     */
    private static final double NEAR = 1e-9;

    private final AllocationProblem sources;
    private final int[] members;
    private final double[] permits;
    private final double wedge;

    /**
     * @param members the sources taking part (indices of {@code sources})
     * @param permits permits per source of {@code sources} (mass, exact thousandths as doubles)
     * @param wedge   t ≥ 0 (money per mass)
     */
    WrittenSupply(AllocationProblem sources, int[] members, double[] permits, double wedge) {
        this.sources = sources;
        this.members = members;
        this.permits = permits;
        this.wedge = wedge;
    }

    /**
     * The least clearing price where the doubles found {@code price} for {@code target} (mass, the
     * requirement's double): when the requirement lies within rounding of the supply on a flat piece
     * at either side of the price, the written decimals decide which side it is on. Elsewhere the
     * price stays as found, at the cost of one pass over the curve.
     *
     * @param scale the magnitudes summed into the target and the supply (mass): their rounding scale
     */
    double leastPrice(SupplyCurve curve, double price, double target, double scale) {
        if (!(price < Double.POSITIVE_INFINITY)) {
            return price;
        }
        double window = NEAR * scale;
        double[] around = curve.strictAndInclusive(price);
        boolean nearBelow = price > 0 && Math.abs(around[0] - target) <= window;
        boolean nearAt = Math.abs(around[1] - target) <= window;
        if (!nearBelow && !nearAt) {
            return price;
        }
        BigDecimal required = requirement();
        double p = price;
        // Down: on a flat piece (lower, p) the supply at lower already meets the requirement.
        while (p > 0 && curve.slopeBelow(p) == 0 && Math.abs(curve.strict(p) - target) <= window) {
            double lower = curve.breakpointBelow(p);
            if (inclusive(lower).compareTo(required) < 0) {
                break;
            }
            p = lower;
        }
        if (p != price) {
            return p;
        }
        // Up: the doubles met the requirement at p, the written decimals fall short of it.
        while (curve.slopeAbove(p) == 0 && Math.abs(curve.inclusive(p) - target) <= window) {
            double upper = curve.breakpointAbove(p);
            if (upper == Double.POSITIVE_INFINITY || inclusive(p).compareTo(required) >= 0) {
                break;
            }
            p = upper;
        }
        return p;
    }

    /** Σ |baseline| + permits + max abatement over the members (mass): the scale of the sums' rounding. */
    double scale() {
        double total = 0;
        for (int i : members) {
            total += Math.abs(sources.baseline(i)) + permits[i] + sources.maxAbatement(i);
        }
        return total;
    }

    /** Every source of {@code sources}. */
    static int[] all(AllocationProblem sources) {
        int[] all = new int[sources.sourceCount()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    /** Σ (baseline_i − permits_i) over the members, exactly (mass). */
    BigDecimal requirement() {
        BigDecimal total = BigDecimal.ZERO;
        for (int i : members) {
            total = total.add(own(i));
        }
        return total;
    }

    /** What the members supply taking every unit priced at or below q, exactly where the supply is flat (mass). */
    BigDecimal inclusive(double q) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i : members) {
            BigDecimal plain = amountAtOrBelow(i, q, 0);
            BigDecimal cheaper = wedge == 0 ? plain : amountAtOrBelow(i, q, wedge);
            total = total.add(own(i).max(plain).min(cheaper));
        }
        return total;
    }

    private BigDecimal own(int i) {
        return written(sources.baseline(i)).subtract(written(permits[i]));
    }

    /** A_i at price q with every unit {@code less} cheaper, compared as the supply curve compares ({@link SourcePieces}). */
    private BigDecimal amountAtOrBelow(int i, double q, double less) {
        if (sources.isQuadratic(i)) {
            double low = sources.quadLinear(i) - less;
            double max = sources.maxAbatement(i);
            if (q <= low) {
                return BigDecimal.ZERO;
            }
            double rising = (q - low) / sources.quadSlope(i);
            return rising >= max ? written(max) : new BigDecimal(rising);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int b = 0; b < sources.blockCount(i); b++) {
            if (sources.blockCost(i, b) - less <= q) {
                total = total.add(written(sources.blockAmount(i, b)));
            }
        }
        return total;
    }

    /**
     * The decimal {@code x} prints as: Double.toString's digits when there are at most 15 (two such
     * decimals never share a double, so that one is what was written), else the shortest that reads
     * back as x.
     */
    static BigDecimal written(double x) {
        BigDecimal d = BigDecimal.valueOf(x);
        return d.precision() <= 15 ? d : CompoundGrowth.shortestDecimal(x);
    }
}
