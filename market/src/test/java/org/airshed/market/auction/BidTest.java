package org.airshed.market.auction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airshed.core.model.InvalidModelException;
import org.junit.jupiter.api.Test;

class BidTest {
    @Test
    void negativePriceIsRejectedWithTheValue() {
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> new Bid("a", -5, 10));
        assertEquals("price = -5: must be >= 0 (price ticks)", e.getMessage());
    }

    @Test
    void nonPositiveQuantityIsRejectedWithTheValue() {
        assertTrue(assertThrows(InvalidModelException.class, () -> new Bid("a", 5, 0)).getMessage()
                .contains("quantity = 0"));
        assertTrue(assertThrows(InvalidModelException.class, () -> new Bid("a", 5, -3)).getMessage()
                .contains("quantity = -3"));
    }

    @Test
    void blankBidderIsRejected() {
        assertThrows(InvalidModelException.class, () -> new Bid(" ", 5, 1));
        assertThrows(InvalidModelException.class, () -> new Bid(null, 5, 1));
    }

    @Test
    void everyBadFieldIsReported() {
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> new Bid("", -1, 0));
        assertEquals(3, e.violations().size());
    }

    @Test
    void aFreeBidIsAllowed() {
        assertEquals(0, new Bid("a", 0, 1).price());
    }
}
