package org.airshed.market.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PermitUnitsTest {
    @Test
    void tonnesBecomeKilograms() {
        assertEquals(1000, PermitUnits.PER_UNIT);
        assertEquals(1500, PermitUnits.of(1.5));
        assertEquals(-2750, PermitUnits.of(-2.75));
        assertEquals(0, PermitUnits.of(-0.0));
        assertEquals(0, PermitUnits.of(0.0004));
        assertEquals(1, PermitUnits.of(0.0006));
    }

    @Test
    void halvesRoundToEvenAsWritten() {
        assertEquals(2, PermitUnits.of(0.0015));
        assertEquals(2, PermitUnits.of(0.0025));
        assertEquals(4, PermitUnits.of(0.0035));
        assertEquals(-2, PermitUnits.of(-0.0025));
        assertEquals(12_345_678, PermitUnits.of(12_345.6785));
    }

    @Test
    void doublesRoundTripBelowFifteenDigits() {
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 100_000; i++) {
            long units = random.nextLong(-999_999_999_999_999L, 1_000_000_000_000_000L);
            assertEquals(units, PermitUnits.of(PermitUnits.toDouble(units)), "units " + units);
        }
    }

    @Test
    void decimalsRoundTripExactlyOverTheWholeRange() {
        SplittableRandom random = new SplittableRandom(16);
        for (long units : new long[] {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE, random.nextLong(), random.nextLong()}) {
            assertEquals(units, PermitUnits.ofExact(PermitUnits.toDecimal(units)));
            assertEquals(units, PermitUnits.ofExact(new BigDecimal(PermitUnits.toPlainString(units))));
        }
    }

    @Test
    void plainTextHasThreeDecimals() {
        assertEquals("1.500", PermitUnits.toPlainString(1500));
        assertEquals("-0.001", PermitUnits.toPlainString(-1));
        assertEquals("0.000", PermitUnits.toPlainString(0));
        assertEquals("9223372036854775.807", PermitUnits.toPlainString(Long.MAX_VALUE));
    }

    @Test
    void exactInputKeepsToThreeDecimals() {
        assertEquals(1230, PermitUnits.ofExact(new BigDecimal("1.2300")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PermitUnits.ofExact(new BigDecimal("1.0005")));
        assertTrue(e.getMessage().contains("1.0005") && e.getMessage().contains("3 decimals"), e.getMessage());
    }

    @Test
    void rejectsNonFiniteAndOverflowingAmountsWithTheValue() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PermitUnits.of(bad));
            assertTrue(e.getMessage().contains(Double.toString(bad)), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PermitUnits.of(9.3e15));
        assertTrue(e.getMessage().contains("9.3E15") && e.getMessage().contains("range"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PermitUnits.of(-1e300));
        assertEquals(Long.MAX_VALUE, PermitUnits.ofExact(new BigDecimal("9223372036854775.807")));
        assertThrows(IllegalArgumentException.class, () -> PermitUnits.ofExact(new BigDecimal("9223372036854775.808")));
    }
}
