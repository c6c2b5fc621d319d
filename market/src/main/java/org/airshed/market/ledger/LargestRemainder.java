package org.airshed.market.ledger;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Turns real-valued shares into exact ledger units by the largest-remainder (Hamilton) method:
 * everyone gets the floor of their exact quota, and the units left over go one each to the
 * largest remainders, ties to the lower index. The arithmetic is exact (BigDecimal on the
 * weights as given), so the result depends only on the inputs, never on summation order.
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
        if (weights == null) {
            throw new IllegalArgumentException("weights must not be null");
        }
        if (total < 0) {
            throw new IllegalArgumentException("total must be ≥ 0; got " + total);
        }
        if (weights.length == 0) {
            throw new IllegalArgumentException("weights must not be empty");
        }
        int n = weights.length;
        BigDecimal[] exact = new BigDecimal[n];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            double w = weights[i];
            if (!Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException("weights[" + i + "] must be finite and ≥ 0; got " + w);
            }
            exact[i] = new BigDecimal(w);
            sum = sum.add(exact[i]);
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("weights must not all be zero; got " + Arrays.toString(weights));
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
}
