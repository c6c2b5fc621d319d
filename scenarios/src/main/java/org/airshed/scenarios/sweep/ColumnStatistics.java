package org.airshed.scenarios.sweep;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.util.FastMath;

/**
 * What summary.csv reports of one column over one group of runs: the numbers Commons Math's
 * {@code DescriptiveStatistics} gives for the same values added in run order (its default,
 * "legacy" percentile estimate), computed from a primitive array so that a column of a million
 * runs takes 8 MB. Mean and variance run over the values in run order, as
 * DescriptiveStatistics sums them; the order statistics come from the sorted values.
 *
 * @param sd the sample standard deviation; 0 for a single value
 */
record ColumnStatistics(long n, double mean, double sd, double min, double p5, double p25, double median, double p75,
                        double p95, double max) {
    /** No values: summary.csv leaves the statistics empty. */
    static final ColumnStatistics NONE = new ColumnStatistics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** The statistics of {@code values[0, n)}, given in run order; sorts them in place. */
    static ColumnStatistics of(double[] values, int n) {
        if (n == 0) {
            return NONE;
        }
        double mean = new Mean().evaluate(values, 0, n);
        double sd = n > 1 ? FastMath.sqrt(new Variance().evaluate(values, 0, n)) : 0;
        Arrays.sort(values, 0, n);
        return new ColumnStatistics(n, mean, sd, values[0], percentile(values, n, 5), percentile(values, n, 25),
                percentile(values, n, 50), percentile(values, n, 75), percentile(values, n, 95), values[n - 1]);
    }

    /**
     * Commons Math's legacy estimate from sorted values: position p(n + 1)/100, interpolated
     * between the order statistics on either side, clamped to the extremes.
     */
    static double percentile(double[] sorted, int n, double p) {
        if (n == 1) {
            return sorted[0];
        }
        double position = p / 100d * (n + 1);
        double floor = Math.floor(position);
        int below = (int) floor;
        if (position < 1) {
            return sorted[0];
        }
        if (position >= n) {
            return sorted[n - 1];
        }
        double lower = sorted[below - 1];
        double upper = sorted[below];
        return lower + (position - floor) * (upper - lower);
    }
}
