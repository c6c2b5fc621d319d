package org.airshed.market.game;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A Shapley value estimated from random orders: per-player mean marginal contribution and its
 * standard error, in the money units of the game (positive = gain), with the sample size and seed
 * that reproduce it.
 */
public record SampledShapley(double[] mean, double[] standardError, int permutations, long seed) {
    public SampledShapley {
        if (mean == null || standardError == null) {
            throw new IllegalArgumentException("mean and standardError must not be null");
        }
        if (mean.length != standardError.length) {
            throw new IllegalArgumentException("mean has " + mean.length + " players but standardError has "
                    + standardError.length);
        }
        if (permutations < 2) {
            throw new IllegalArgumentException("permutations must be at least 2; got " + permutations);
        }
        for (int p = 0; p < mean.length; p++) {
            if (!Double.isFinite(mean[p])) {
                throw new IllegalArgumentException("mean[" + p + "] must be finite; got " + mean[p]);
            }
            if (!(standardError[p] >= 0) || Double.isInfinite(standardError[p])) {
                throw new IllegalArgumentException("standardError[" + p + "] must be finite and ≥ 0; got "
                        + standardError[p]);
            }
        }
        mean = mean.clone();
        standardError = standardError.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] standardError() {
        return standardError.clone();
    }

    /** Half-width z·se of the two-sided normal confidence interval per player, money units. */
    public double[] halfWidth(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie strictly between 0 and 1; got " + confidence);
        }
        // No generator: only the quantile is needed, and sampling from it would hide randomness.
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + confidence / 2);
        double[] half = new double[standardError.length];
        for (int p = 0; p < half.length; p++) {
            half[p] = z * standardError[p];
        }
        return half;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SampledShapley s && permutations == s.permutations && seed == s.seed
                && Arrays.equals(mean, s.mean) && Arrays.equals(standardError, s.standardError);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(mean) + Arrays.hashCode(standardError)) + Long.hashCode(seed)
                + permutations;
    }

    @Override
    public String toString() {
        return "SampledShapley[mean=" + Arrays.toString(mean) + ", standardError="
                + Arrays.toString(standardError) + ", permutations=" + permutations + ", seed=" + seed + "]";
    }
}
