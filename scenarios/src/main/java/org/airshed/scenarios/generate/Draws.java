package org.airshed.scenarios.generate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;

/**
 * Random variates and roundings for the generator. Only {@link StrictMath} and
 * {@link SplittableRandom#nextDouble()} (whose algorithm is specified), so a seed gives the same
 * numbers on every JVM and machine.
 */
final class Draws {
    private static final MathContext FOUR_DIGITS = new MathContext(4);

    private Draws() {
    }

    static double uniform(SplittableRandom random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** Standard normal by Box–Muller (one of the pair; the generator is not short of draws). */
    static double normal(SplittableRandom random) {
        double u = 1 - random.nextDouble(); // (0, 1]: log stays finite
        double v = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }

    /** Lognormal with the given median and log standard deviation. */
    static double lognormal(SplittableRandom random, double median, double sigma) {
        return median * StrictMath.exp(sigma * normal(random));
    }

    /** Exponential with mean 1. */
    static double exponential(SplittableRandom random) {
        return -StrictMath.log(1 - random.nextDouble());
    }

    /** x rounded to the nearest multiple of 1/scale (files then print it short). */
    static double round(double x, double scale) {
        return Math.rint(x * scale) / scale;
    }

    /** x rounded down to a multiple of 1/scale (amounts stay within their baseline). */
    static double floor(double x, double scale) {
        return Math.floor(x * scale) / scale;
    }

    /** x to four significant digits. */
    static double fourDigits(double x) {
        return new BigDecimal(x).round(FOUR_DIGITS).doubleValue();
    }
}
