package org.airshed.market.trading;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Exact compounding: the rate as written, (1 + r)^t exact, every result rounded once. */
class CompoundGrowthTest {
    @Test
    void everyRateWithUpToFourDecimalsIsReadBackAsWritten() {
        for (int unscaled = 0; unscaled <= 20_000; unscaled++) {
            BigDecimal written = BigDecimal.valueOf(unscaled, 4);
            BigDecimal read = CompoundGrowth.shortestDecimal(written.doubleValue());
            assertEquals(0, written.compareTo(read), written + " read as " + read);
        }
    }

    @Test
    void theShortestDecimalReadsBackAndIsNoLongerThanNeeded() {
        SplittableRandom random = new SplittableRandom(4200);
        for (int k = 0; k < 100_000; k++) {
            double x = k % 2 == 0 ? random.nextDouble() : Math.scalb(random.nextDouble(), random.nextInt(-30, 30));
            BigDecimal d = CompoundGrowth.shortestDecimal(x);
            assertEquals(x, d.doubleValue(), "reads back");
            if (d.precision() > 1) {
                // Rounded to one digit fewer, no decimal reads back: the nearest of that length does not.
                BigDecimal shorter = new BigDecimal(x).round(new MathContext(d.precision() - 1, RoundingMode.HALF_EVEN));
                BigDecimal step = BigDecimal.ONE.movePointLeft(shorter.scale());
                assertNotEquals(x, shorter.doubleValue(), x + " as " + d);
                assertNotEquals(x, shorter.add(step).doubleValue(), x + " as " + d);
                assertNotEquals(x, shorter.subtract(step).doubleValue(), x + " as " + d);
            }
        }
        assertEquals(new BigDecimal("0.1234567890123456"), CompoundGrowth.shortestDecimal(0.1234567890123456));
        assertEquals(new BigDecimal("0.03125"), CompoundGrowth.shortestDecimal(0.03125));
        assertEquals(BigDecimal.ZERO, CompoundGrowth.shortestDecimal(0));
    }

    @Test
    void growsAndDiscountsTheDecimalsAsAPersonWould() {
        CompoundGrowth fivePerCent = CompoundGrowth.of(0.05);
        assertArrayEquals(new double[] {23, 24.15, 25.3575, 26.625375}, fivePerCent.path(new BigDecimal(23), 0, 4));
        assertArrayEquals(new double[] {24.15, 23, 100, 0}, fivePerCent.discount(24.15, 24.15, 110.25, 0));
        assertArrayEquals(new double[] {-23, -24.15}, fivePerCent.path(new BigDecimal(-23), 0, 2));
        assertArrayEquals(new double[] {7.5, 7.5, 7.5}, CompoundGrowth.of(0).path(new BigDecimal(7.5), 0, 3));
        assertArrayEquals(new double[0], fivePerCent.discount());
    }

    /** Against BigDecimal's own rounding of a 1,000-digit quotient (growing: the path test below). */
    @Test
    void discountIsTheNearestDoubleOnRandomAmounts() {
        SplittableRandom random = new SplittableRandom(4100);
        MathContext wide = new MathContext(1000, RoundingMode.HALF_EVEN);
        for (int k = 0; k < 300; k++) {
            BigDecimal rate = BigDecimal.valueOf(random.nextInt(100_000), 1 + random.nextInt(6));
            double[] amounts = new double[1 + random.nextInt(40)];
            for (int t = 0; t < amounts.length; t++) {
                amounts[t] = random.nextBoolean() ? random.nextInt(1_000_000) / 100.0
                        : Math.scalb(random.nextDouble(), random.nextInt(-40, 40));
            }
            CompoundGrowth growth = CompoundGrowth.of(rate.doubleValue());
            double[] discounted = growth.discount(amounts);
            for (int t = 0; t < amounts.length; t++) {
                BigDecimal factor = BigDecimal.ONE.add(rate).pow(t);
                BigDecimal amount = new BigDecimal(amounts[t]);
                String at = amounts[t] + " at r = " + rate + ", t = " + t;
                assertEquals(amount.divide(factor, wide).doubleValue(), discounted[t], "discount " + at);
            }
        }
    }

    /** A price of period j carried both ways, against BigDecimal; written decimals, exponents and doubles as they are. */
    @Test
    void aPathThroughPeriodJIsTheNearestDoubleInEveryPeriod() {
        SplittableRandom random = new SplittableRandom(4300);
        MathContext wide = new MathContext(1000, RoundingMode.HALF_EVEN);
        for (int k = 0; k < 2000; k++) {
            BigDecimal rate = BigDecimal.valueOf(random.nextInt(100_000), 1 + random.nextInt(6));
            BigDecimal value = switch (random.nextInt(3)) {
                case 0 -> BigDecimal.valueOf(1 + random.nextInt(1_000_000), random.nextInt(5));
                case 1 -> BigDecimal.valueOf(1 + random.nextInt(99), -random.nextInt(4));
                default -> new BigDecimal(Math.scalb(random.nextDouble(), random.nextInt(-20, 20)));
            };
            int periods = 1 + random.nextInt(12);
            int j = random.nextInt(periods);
            double[] path = CompoundGrowth.of(rate.doubleValue()).path(value, j, periods);
            for (int t = 0; t < periods; t++) {
                BigDecimal factor = BigDecimal.ONE.add(rate).pow(Math.abs(t - j));
                double expected = (t >= j ? value.multiply(factor) : value.divide(factor, wide)).doubleValue();
                assertEquals(expected, path[t], value + " in period " + j + " at r = " + rate + ", t = " + t);
            }
        }
        assertArrayEquals(new double[] {22, 23.1, 24.255, 25.46775},
                CompoundGrowth.of(0.05).path(new BigDecimal("23.1"), 1, 4));
        assertThrows(IllegalArgumentException.class, () -> CompoundGrowth.of(0.05).path(BigDecimal.ONE, 3, 3));
    }

    @Test
    void nearestBreaksTiesToEvenAndOnlyTies() {
        // 2^53 + 1 lies halfway between 2^53 and 2^53 + 2: to even, 2^53; a hair above it rounds up.
        BigInteger half = BigInteger.ONE.shiftLeft(53).add(BigInteger.ONE);
        assertEquals(0x1p53, CompoundGrowth.nearest(half, BigInteger.ONE));
        assertEquals(0x1p53 + 2, CompoundGrowth.nearest(half.multiply(BigInteger.valueOf(1000)).add(BigInteger.ONE),
                BigInteger.valueOf(1000)));
        assertEquals(0x1p53 + 4, CompoundGrowth.nearest(half.add(BigInteger.TWO), BigInteger.ONE));
        assertEquals(1.0 / 3, CompoundGrowth.nearest(BigInteger.ONE, BigInteger.valueOf(3)));
        assertEquals(-0.1, CompoundGrowth.nearest(BigInteger.valueOf(-1), BigInteger.TEN));
    }

    @Test
    void refusesWhatIsNoRate() {
        assertEquals("growth rate must be finite and ≥ 0, got -0.01",
                assertThrows(IllegalArgumentException.class, () -> CompoundGrowth.of(-0.01)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CompoundGrowth.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> CompoundGrowth.of(Double.POSITIVE_INFINITY));
    }
}
