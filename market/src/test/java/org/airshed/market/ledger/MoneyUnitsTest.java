package org.airshed.market.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MoneyUnitsTest {
    @Test
    void yuanBecomeFen() {
        assertEquals(100, MoneyUnits.PER_UNIT);
        assertEquals(430_000, MoneyUnits.of(4_300.0));
        assertEquals(12_345, MoneyUnits.of(123.45));
        assertEquals(-1, MoneyUnits.of(-0.01));
    }

    @Test
    void halvesRoundToEvenAsWritten() {
        assertEquals(12, MoneyUnits.of(0.125));
        assertEquals(14, MoneyUnits.of(0.135));
        assertEquals(-12, MoneyUnits.of(-0.125));
        // 1.005 prints as 1.005, so it is a tie and goes to the even 100, not to 101
        assertEquals(100, MoneyUnits.of(1.005));
    }

    @Test
    void roundTripsThroughDoublesAndText() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 100_000; i++) {
            long units = random.nextLong(-999_999_999_999_999L, 1_000_000_000_000_000L);
            assertEquals(units, MoneyUnits.of(MoneyUnits.toDouble(units)), "units " + units);
            assertEquals(units, MoneyUnits.ofExact(new BigDecimal(MoneyUnits.toPlainString(units))));
        }
        assertEquals("123.45", MoneyUnits.toPlainString(12_345));
        assertEquals("-0.50", MoneyUnits.toPlainString(-50));
        assertEquals(new BigDecimal("92233720368547758.07"), MoneyUnits.toDecimal(Long.MAX_VALUE));
    }

    @Test
    void rejectsNonFiniteOverflowingAndOverPreciseAmountsWithTheValue() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> MoneyUnits.of(Double.NaN));
        assertTrue(nan.getMessage().contains("NaN") && nan.getMessage().contains("money"), nan.getMessage());
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class, () -> MoneyUnits.of(1e17));
        assertTrue(big.getMessage().contains("1.0E17"), big.getMessage());
        IllegalArgumentException fine = assertThrows(IllegalArgumentException.class,
                () -> MoneyUnits.ofExact(new BigDecimal("0.001")));
        assertTrue(fine.getMessage().contains("0.001"), fine.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MoneyUnits.ofExact(null));
    }
}
