package org.airshed.market.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The market's one set of exact scales: permits, money, prices and their product. */
class QuantumTest {
    @Test
    void tonnesBecomeKilogramsYuanFenAndPricesFenPerTonne() {
        assertEquals(1000, Quantum.PERMIT.perUnit());
        assertEquals(100, Quantum.MONEY.perUnit());
        assertEquals(0.001, Quantum.PERMIT.size());
        assertEquals(1500, Quantum.PERMIT.of(1.5));
        assertEquals(-2750, Quantum.PERMIT.of(-2.75));
        assertEquals(0, Quantum.PERMIT.of(-0.0));
        assertEquals(0, Quantum.PERMIT.of(0.0004));
        assertEquals(1, Quantum.PERMIT.of(0.0006));
        assertEquals(430_000, Quantum.MONEY.of(4_300.0));
        assertEquals(12_345, Quantum.MONEY.of(123.45));
        assertEquals(-1, Quantum.MONEY.of(-0.01));
        assertEquals(1_234, Quantum.PRICE.of(12.34));
    }

    @Test
    void halvesRoundToEvenAsWritten() {
        assertEquals(2, Quantum.PERMIT.of(0.0015));
        assertEquals(2, Quantum.PERMIT.of(0.0025));
        assertEquals(4, Quantum.PERMIT.of(0.0035));
        assertEquals(-2, Quantum.PERMIT.of(-0.0025));
        assertEquals(12_345_678, Quantum.PERMIT.of(12_345.6785));
        assertEquals(12, Quantum.MONEY.of(0.125));
        assertEquals(14, Quantum.MONEY.of(0.135));
        // 1.005 prints as 1.005, so it is a tie and goes to the even 100, not to 101
        assertEquals(100, Quantum.MONEY.of(1.005));
    }

    @Test
    void floorAndCeilReadTheDecimalNotTheBinaryDouble() {
        assertEquals(1_234, Quantum.PRICE.floor(12.349));
        assertEquals(1_235, Quantum.PRICE.ceil(12.341));
        assertEquals(-1, Quantum.PRICE.floor(-0.001));
        // 1.1 × 100 is 110.00000000000001 in binary; 1.1 is 110 fen exactly
        assertEquals(110, Quantum.PRICE.ceil(1.1));
        assertEquals(85_000, Quantum.PERMIT.floor(85.0007));
        assertEquals(85_001, Quantum.PERMIT.ceil(85.0007));
        assertEquals(85_000, Quantum.PERMIT.floor(85.0));
    }

    /** The fast path against its definition, the double's decimal rounded by BigDecimal. */
    @Test
    void theFastPathAgreesWithTheDecimalReadingEverywhere() {
        SplittableRandom random = new SplittableRandom(15);
        RoundingMode[] modes = {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING};
        for (int i = 0; i < 300_000; i++) {
            Quantum q = Quantum.values()[random.nextInt(3)];
            double value = switch (random.nextInt(4)) {
                case 0 -> random.nextDouble(-1e6, 1e6);
                case 1 -> Math.pow(10, random.nextDouble(-6, 12)) * (random.nextBoolean() ? 1 : -1);
                // ties and exact counts, as decimals
                case 2 -> new BigDecimal(random.nextLong(-1_000_000_000L, 1_000_000_000L))
                        .movePointLeft(q.decimals() + random.nextInt(2)).add(random.nextBoolean()
                                ? BigDecimal.ZERO : BigDecimal.valueOf(5, q.decimals() + 1)).doubleValue();
                default -> random.nextLong(-1_000_000, 1_000_000) / (double) q.perUnit();
            };
            long fastNearest = q.of(value);
            long fastFloor = q.floor(value);
            long fastCeil = q.ceil(value);
            long[] fast = {fastNearest, fastFloor, fastCeil};
            for (int m = 0; m < modes.length; m++) {
                assertEquals(q.ofReference(value, modes[m]), fast[m], q + " " + modes[m] + " of " + value);
            }
        }
    }

    @Test
    void doublesAndTextRoundTrip() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 100_000; i++) {
            long units = random.nextLong(-999_999_999_999_999L, 1_000_000_000_000_000L);
            for (Quantum q : Quantum.values()) {
                assertEquals(units, q.of(q.toDouble(units)), q + " units " + units);
                assertEquals(units, q.ofExact(new BigDecimal(q.toPlainString(units))));
            }
        }
        for (long units : new long[] {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE}) {
            assertEquals(units, Quantum.PERMIT.ofExact(Quantum.PERMIT.toDecimal(units)));
        }
    }

    @Test
    void plainTextHasTheQuantumsDecimals() {
        assertEquals("1.500", Quantum.PERMIT.toPlainString(1500));
        assertEquals("-0.001", Quantum.PERMIT.toPlainString(-1));
        assertEquals("0.000", Quantum.PERMIT.toPlainString(0));
        assertEquals("9223372036854775.807", Quantum.PERMIT.toPlainString(Long.MAX_VALUE));
        assertEquals("123.45", Quantum.MONEY.toPlainString(12_345));
        assertEquals("-0.50", Quantum.MONEY.toPlainString(-50));
        assertEquals(new BigDecimal("92233720368547758.07"), Quantum.MONEY.toDecimal(Long.MAX_VALUE));
    }

    @Test
    void paymentsArePriceTimesQuantityRoundedOnceToTheFen() {
        assertEquals(100_000, Quantum.REVENUE.perUnit());
        assertEquals(1_851_000, Quantum.revenue(1_234, 1_500));
        assertEquals(1_851, Quantum.payment(1_234, 1_500));
        // 0.005 yuan is a tie: to the even fen
        assertEquals(0, Quantum.payment(100, 5));
        assertEquals(2, Quantum.payment(300, 5));
        assertEquals(-2, Quantum.payment(-300, 5));
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Quantum.revenue(1L << 40, 1L << 30));
        assertTrue(e.getMessage().contains("overflows"), e.getMessage());
    }

    @Test
    void rejectsNonFiniteOverflowingAndOverPreciseAmountsWithTheValue() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantum.PERMIT.of(bad));
            assertTrue(e.getMessage().contains(Double.toString(bad)), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantum.PERMIT.of(9.3e15));
        assertTrue(e.getMessage().contains("9.3E15") && e.getMessage().contains("range"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Quantum.PERMIT.of(-1e300));
        assertThrows(IllegalArgumentException.class, () -> Quantum.PRICE.floor(1e300));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> Quantum.MONEY.of(Double.NaN));
        assertTrue(nan.getMessage().contains("NaN") && nan.getMessage().contains("money"), nan.getMessage());
        assertEquals(Long.MAX_VALUE, Quantum.PERMIT.ofExact(new BigDecimal("9223372036854775.807")));
        assertThrows(IllegalArgumentException.class,
                () -> Quantum.PERMIT.ofExact(new BigDecimal("9223372036854775.808")));
        IllegalArgumentException fine = assertThrows(IllegalArgumentException.class,
                () -> Quantum.MONEY.ofExact(new BigDecimal("0.001")));
        assertTrue(fine.getMessage().contains("0.001") && fine.getMessage().contains("2 decimals"), fine.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Quantum.MONEY.ofExact(null));
    }
}
