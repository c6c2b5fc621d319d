package org.airshed.market.ledger;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Turns real-valued shares into exact ledger units by the largest-remainder (Hamilton) method:
 * everyone gets the floor of their exact quota, and the units left over go one each to the
 * largest remainders, ties to the lower index. The result is that of exact arithmetic on the
 * weights as given ({@link #apportionExact}, BigDecimal), so it depends only on the inputs, never on
 * summation order. A double-precision pass with a proven error bound answers first; whenever a
 * quota or the cut between remainders lies within that bound, the exact arithmetic decides.
 */
public final class LargestRemainder {
    private LargestRemainder() {
    }

    /**
     * Splits {@code total} units in proportion to {@code weights}. The parts sum exactly to
     * {@code total}, each differs from its quota total·wᵢ/Σw by less than one unit, and a zero
     * weight gets zero.
     *
     * @param total   units to split, ≥ 0
     * @param weights finite, ≥ 0, not all zero; only their ratios matter
     */
    public static long[] apportion(long total, double[] weights) {
        check(total, weights);
        long[] fast = apportionFast(total, weights);
        return fast != null ? fast : apportionExact(total, weights);
    }

    /** A double quota total·wᵢ/Σw is within this many ulps of itself (compensated sum, two roundings). */
    private static final double ERROR_ULPS = 16;
    /** Above this total the double quotas lose their fractions: exact arithmetic only. */
    private static final long FAST_TOTAL_LIMIT = 1L << 50;

    /** The same parts in double precision, or null when rounding could change any of them. */
    static long[] apportionFast(long total, double[] weights) {
        if (total > FAST_TOTAL_LIMIT) {
            return null;
        }
        int n = weights.length;
        // Neumaier's compensated sum: relative error about 2ε for non-negative terms.
        double sum = 0;
        double carry = 0;
        for (double w : weights) {
            double t = sum + w;
            carry += sum >= w ? (sum - t) + w : (w - t) + sum;
            sum = t;
        }
        sum += carry;
        double ulps = ERROR_ULPS * Math.ulp(1.0);
        long[] parts = new long[n];
        double[] remainder = new double[n];
        double[] error = new double[n];
        long left = total;
        BinaryWeights exact = null;
        for (int i = 0; i < n; i++) {
            double quota = (double) total * (weights[i] / sum);
            double whole = Math.floor(quota);
            double fraction = quota - whole;
            error[i] = ulps * Math.max(1, quota);
            if (weights[i] > 0 && (fraction < error[i] || fraction > 1 - error[i])) {
                // A quota within rounding of a whole number (decimal weights make these): settle which side of
                // it the exact quota lies on by the sign of total·wᵢ − n·Σw, in exact integers, without dividing.
                if (exact == null) {
                    exact = new BinaryWeights(weights);
                }
                double nearest = Math.rint(quota);
                BigInteger difference = exact.timesTotalMinusSum(i, total, (long) nearest);
                double offset = exact.scaled(difference) / sum;
                if (!Double.isFinite(offset)) {
                    return null;
                }
                whole = difference.signum() >= 0 ? nearest : nearest - 1;
                fraction = difference.signum() >= 0 ? offset : 1 + offset;
                error[i] = ulps;
            }
            parts[i] = (long) whole;
            remainder[i] = weights[i] > 0 ? fraction : -1;
            left -= parts[i];
        }
        if (left < 0 || left > n) {
            return null;
        }
        if (left == 0) {
            return parts;
        }
        double[] sorted = remainder.clone();
        Arrays.sort(sorted);
        double cut = sorted[n - (int) left];
        if (cut < 0) {
            return null;
        }
        // Above the cut, at it, below it. The groups must stand clear of each other by their errors, and
        // the remainders at the cut must be exact ties (equal weights): then the lower indices take them.
        double lowestAbove = Double.POSITIVE_INFINITY;
        double highestBelow = Double.NEGATIVE_INFINITY;
        double tieError = 0;
        long above = 0;
        int firstTie = -1;
        for (int i = 0; i < n; i++) {
            if (remainder[i] > cut) {
                above++;
                lowestAbove = Math.min(lowestAbove, remainder[i] - error[i]);
            } else if (remainder[i] < cut) {
                highestBelow = Math.max(highestBelow, remainder[i] + error[i]);
            } else {
                tieError = Math.max(tieError, error[i]);
                if (firstTie < 0) {
                    firstTie = i;
                } else if (weights[i] != weights[firstTie]) {
                    return null;
                }
            }
        }
        if (!(lowestAbove > cut + tieError) || !(cut - tieError > highestBelow)) {
            return null;
        }
        long tiesTaken = left - above;
        for (int i = 0; i < n; i++) {
            if (remainder[i] > cut || (remainder[i] == cut && tiesTaken-- > 0)) {
                parts[i]++;
            }
        }
        return parts;
    }

    /** The weights as exact integers m·2^(e − e_min), and their exact sum: double arithmetic without rounding. */
    private static final class BinaryWeights {
        private final long[] mantissa;
        private final int[] exponent;
        private final int lowest;
        private final BigInteger sum;

        BinaryWeights(double[] weights) {
            int n = weights.length;
            mantissa = new long[n];
            exponent = new int[n];
            int low = Integer.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                long bits = Double.doubleToRawLongBits(weights[i]);
                int biased = (int) ((bits >>> 52) & 0x7ff);
                long fraction = bits & 0xfffffffffffffL;
                mantissa[i] = biased == 0 ? fraction : fraction | (1L << 52);
                exponent[i] = (biased == 0 ? 1 : biased) - 1075;
                if (mantissa[i] != 0) {
                    low = Math.min(low, exponent[i]);
                }
            }
            lowest = low;
            BigInteger total = BigInteger.ZERO;
            for (int i = 0; i < n; i++) {
                if (mantissa[i] != 0) {
                    total = total.add(BigInteger.valueOf(mantissa[i]).shiftLeft(exponent[i] - lowest));
                }
            }
            sum = total;
        }

        /** (total·wᵢ − n·Σw) / 2^e_min, exactly. */
        BigInteger timesTotalMinusSum(int i, long total, long n) {
            return BigInteger.valueOf(total).multiply(BigInteger.valueOf(mantissa[i])).shiftLeft(exponent[i] - lowest)
                    .subtract(sum.multiply(BigInteger.valueOf(n)));
        }

        /** An exact scaled integer back in the weights' units. */
        double scaled(BigInteger value) {
            return Math.scalb(value.doubleValue(), lowest);
        }
    }

    /** The definition: exact quotas in BigDecimal, remainders compared exactly. */
    static long[] apportionExact(long total, double[] weights) {
        check(total, weights);
        int n = weights.length;
        BigDecimal[] exact = new BigDecimal[n];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            exact[i] = new BigDecimal(weights[i]);
            sum = sum.add(exact[i]);
        }
        BigDecimal whole = BigDecimal.valueOf(total);
        long[] parts = new long[n];
        // remainders[i] / sum is the fractional part of quota i; all share the denominator, so compare numerators
        BigDecimal[] remainders = new BigDecimal[n];
        long left = total;
        for (int i = 0; i < n; i++) {
            BigDecimal[] quotient = whole.multiply(exact[i]).divideAndRemainder(sum);
            parts[i] = quotient[0].longValueExact();
            remainders[i] = quotient[1];
            left -= parts[i];
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer, BigDecimal>comparing(i -> remainders[i]).reversed()
                .thenComparing(i -> i));
        // left < n: the fractional parts sum to left and each is below 1
        for (int k = 0; k < left; k++) {
            parts[order[k]]++;
        }
        return parts;
    }

    private static void check(long total, double[] weights) {
        if (weights == null) {
            throw new IllegalArgumentException("weights must not be null");
        }
        if (total < 0) {
            throw new IllegalArgumentException("total must be ≥ 0; got " + total);
        }
        if (weights.length == 0) {
            throw new IllegalArgumentException("weights must not be empty");
        }
        boolean positive = false;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (!Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException("weights[" + i + "] must be finite and ≥ 0; got " + w);
            }
            positive |= w > 0;
        }
        if (!positive) {
            throw new IllegalArgumentException("weights must not all be zero; got " + Arrays.toString(weights));
        }
    }
}
