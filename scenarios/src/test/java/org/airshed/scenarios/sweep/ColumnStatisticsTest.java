package org.airshed.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.airshed.scenarios.run.ResultNumbers;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

/** The streamed summary's statistics against Commons Math's DescriptiveStatistics, the reference, on random columns. */
class ColumnStatisticsTest {
    private static final double[] PERCENTILES = {5, 25, 50, 75, 95};

    @Test
    void randomColumnsGiveDescriptiveStatisticsNumbers() {
        Random random = new Random(20261206);
        int checked = 0;
        for (int trial = 0; trial < 3000; trial++) {
            int n = trial < 200 ? 1 + trial % 40 : 1 + random.nextInt(trial < 2900 ? 300 : 20_000);
            double[] values = column(random, n, trial % 6);
            DescriptiveStatistics reference = new DescriptiveStatistics();
            for (double v : values) {
                reference.addValue(v);
            }
            ColumnStatistics s = ColumnStatistics.of(values.clone(), n);
            String where = "trial " + trial + ", n = " + n;
            assertEquals(reference.getN(), s.n(), where);
            same(reference.getMean(), s.mean(), where + ", mean");
            same(n > 1 ? reference.getStandardDeviation() : 0, s.sd(), where + ", sd");
            same(reference.getMin(), s.min(), where + ", min");
            same(reference.getMax(), s.max(), where + ", max");
            double[] mine = {s.p5(), s.p25(), s.median(), s.p75(), s.p95()};
            for (int i = 0; i < PERCENTILES.length; i++) {
                same(reference.getPercentile(PERCENTILES[i]), mine[i], where + ", p" + PERCENTILES[i]);
            }
            checked++;
        }
        assertEquals(3000, checked);
    }

    /** Equal as numbers (so 0 and -0 alike) and as the text summary.csv writes. */
    private static void same(double expected, double actual, String where) {
        assertEquals(ResultNumbers.text(expected), ResultNumbers.text(actual), where);
        assertTrue(expected == actual, where + ": " + expected + " against " + actual);
    }

    /** Smooth values, heavy ties, signed zeros, yes/no, wide magnitudes, or a constant. */
    private static double[] column(Random random, int n, int kind) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = switch (kind) {
                case 0 -> random.nextGaussian() * 1e6 + 3;
                case 1 -> random.nextInt(5) - 2;
                case 2 -> random.nextBoolean() ? 0.0 : -0.0;
                case 3 -> random.nextBoolean() ? 1 : 0;
                case 4 -> Math.pow(10, random.nextInt(30) - 15) * (random.nextBoolean() ? 1 : -1);
                default -> 2.0000000000000004;
            };
        }
        return values;
    }
}
