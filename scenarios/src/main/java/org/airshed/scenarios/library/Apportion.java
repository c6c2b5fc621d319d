package org.airshed.scenarios.library;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Integer shares, exact roundings and weighted draws used by the generators (those of
 * {@code library.pm25} too); all deterministic.
 */
public final class Apportion {
    private Apportion() {
    }

    /**
     * Splits {@code total} into whole parts proportional to {@code weights} (largest remainder:
     * floors first, then one more to the largest fractional parts, ties to the lower index), so
     * the parts sum to {@code total} exactly.
     */
    public static long[] largestRemainder(long total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite and >= 0, got " + w);
            }
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights must not all be 0");
        }
        long[] parts = new long[weights.length];
        double[] remainders = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * (weights[i] / sum);
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        Integer[] order = new Integer[weights.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> remainders[a] != remainders[b]
                ? Double.compare(remainders[b], remainders[a]) : Integer.compare(a, b));
        for (int k = 0; given < total; k = (k + 1) % order.length) {
            parts[order[k]]++;
            given++;
        }
        return parts;
    }

    /** {@code value} rounded to {@code digits} significant digits (exactly, via BigDecimal). */
    public static double significant(double value, int digits) {
        return new BigDecimal(value).round(new MathContext(digits)).doubleValue();
    }

    /** {@code value} rounded half-even to {@code decimals} decimal places (exactly, via BigDecimal). */
    public static double decimals(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Index drawn with the given probabilities (which must sum to 1 within rounding). */
    static int draw(List<Double> probabilities, SplittableRandom random) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int i = 0; i < probabilities.size(); i++) {
            cumulative += probabilities.get(i);
            if (u < cumulative) {
                return i;
            }
        }
        return probabilities.size() - 1;
    }
}
