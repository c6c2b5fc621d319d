package org.airshed.market.auction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TicksTest {
    @Test
    void scalesAreKilogramsFenAndTheirProduct() {
        assertEquals(1_500, Ticks.quantity(1.5));
        assertEquals(1_234, Ticks.price(12.34));
        assertEquals(100_000, Ticks.REVENUE_PER_UNIT);
        assertEquals(12.34 * 1.5, Ticks.money(Ticks.revenue(1_234, 1_500)), 1e-12);
    }

    @Test
    void floorAndCeilBracketThePrice() {
        assertEquals(1_234, Ticks.priceFloor(12.349));
        assertEquals(1_235, Ticks.priceCeil(12.341));
        assertEquals(-1, Ticks.priceFloor(-0.001));
    }

    @Test
    void valuesOutsideALongAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Ticks.quantity(1e17));
        assertThrows(IllegalArgumentException.class, () -> Ticks.price(Double.NaN));
    }

    @Test
    void revenueOverflowIsAnErrorNotAWrap() {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Ticks.revenue(1L << 40, 1L << 30));
        assertTrue(e.getMessage().contains("overflows"), e.getMessage());
    }
}
