package org.airshed.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The byte printer against its reference: on JDK 17, integers as longs and everything else as JDK
 * 17's Double.toString itself; on another JDK, {@link ResultNumbers#text(double)} (Jdk17DoubleText):
 * short decimals exhaustively (up to 5 digits; 7 with -Pslow) and at random, their neighbouring
 * doubles, sums and products such as a run makes, and random bit patterns.
 */
class ResultNumberBytesTest {
    private final CsvBytes bytes = new CsvBytes(64);

    @Test
    void namedValues() {
        for (double v : new double[] {0, -0.0, 1, -1, 0.1, 0.001, 0.0009999999999999998, 1e-3, 1e7, 9999999.999999998,
                1e15, 1e15 - 1, 1e15 + 2, -1e15, 2.5e-4, 123456789.123, 977.7859999999998, 6814.452550114943,
                Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, Long.MAX_VALUE,
                (double) Long.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0 / 7, 4.35, 0.30000000000000004, 1234567.125, 0.00125}) {
            check(v);
        }
        assertEquals("-5", printed(-5L));
        assertEquals("-9223372036854775808", printed(Long.MIN_VALUE));
        assertEquals("9223372036854775807", printed(Long.MAX_VALUE));
    }

    @Test
    void everyShortDecimalUpToFiveDigitsAndItsNeighbours() {
        everyShortDecimal(100_000, 6);
    }

    @Tag("slow")
    @Test
    void everyShortDecimalUpToSevenDigitsAndItsNeighbours() {
        everyShortDecimal(10_000_000, 9);
    }

    private void everyShortDecimal(int below, int maxFractionDigits) {
        for (int k = 1; k <= maxFractionDigits; k++) {
            double scale = Math.pow(10, k);
            for (int m = 1; m < below; m++) {
                double v = m / scale;
                check(v);
                check(-v);
                check(Math.nextUp(v));
                check(Math.nextDown(v));
            }
        }
    }

    @Test
    void seededDecimalsSumsAndBitPatterns() {
        sweep(new SplittableRandom(20261206L), 200_000);
    }

    @Tag("slow")
    @Test
    void largerSeededSweep() {
        sweep(new SplittableRandom(7L), 20_000_000);
    }

    private void sweep(SplittableRandom random, int count) {
        for (int i = 0; i < count; i++) {
            int k = random.nextInt(19);
            long m = random.nextLong(1, 1L << random.nextInt(1, 54));
            double v = m / Math.pow(10, k);
            check(v);
            check(Math.nextUp(v));
            double w = random.nextLong(1, 10_000_000) / Math.pow(10, random.nextInt(7));
            check(v - w);
            for (int again = 0; again < 3; again++) {
                check(v * w); // seen, kept, then printed from the cache
            }
            check(v + w);
            check(Double.longBitsToDouble(random.nextLong()));
            check(random.nextDouble() * Math.pow(10, random.nextInt(-5, 16)));
        }
    }

    private void check(double v) {
        bytes.truncate(0);
        bytes.number(v);
        String reference = reference(v);
        String printed = bytes.text(bytes.length());
        if (!printed.equals(reference == null ? "" : reference)) {
            fail("for " + Double.doubleToRawLongBits(v) + " (" + v + ") printed " + printed + ", reference " + reference);
        }
    }

    /**
     * What result files print, from the JDK where it can: {@code Double.toString} itself on JDK 17
     * (CI's), so that the byte printer is checked against the JDK, not against our own printer;
     * elsewhere {@link ResultNumbers#text}, whose digits Jdk17DoubleTextTest pins.
     */
    private static String reference(double v) {
        if (Runtime.version().feature() != 17 || !Double.isFinite(v) || v == Math.rint(v) && Math.abs(v) < 1e15) {
            return ResultNumbers.text(v);
        }
        return Double.toString(v);
    }

    private String printed(long v) {
        bytes.truncate(0);
        bytes.number(v);
        return bytes.text(bytes.length());
    }
}
