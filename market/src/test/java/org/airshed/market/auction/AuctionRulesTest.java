package org.airshed.market.auction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airshed.core.model.InvalidModelException;
import org.junit.jupiter.api.Test;

class AuctionRulesTest {
    private static final AuctionRules RGGI_LIKE = AuctionRules.of(1_000, 200)
            .withEmissionsContainmentReserve(600, 100)
            .withCostContainmentReserve(1_300, 300);

    @Test
    void supplyIsAStepFunctionOfThePrice() {
        assertEquals(0, RGGI_LIKE.supplyAt(199));
        assertEquals(900, RGGI_LIKE.supplyAt(200));
        assertEquals(900, RGGI_LIKE.supplyAt(599));
        assertEquals(1_000, RGGI_LIKE.supplyAt(600));
        assertEquals(1_000, RGGI_LIKE.supplyAt(1_299));
        assertEquals(1_300, RGGI_LIKE.supplyAt(1_300));
        assertEquals(1_300, RGGI_LIKE.supplyAt(Long.MAX_VALUE));
    }

    @Test
    void withoutReservesSupplyIsTheBaseFromTheReservePriceUp() {
        AuctionRules plain = AuctionRules.of(50, 0);
        assertEquals(50, plain.supplyAt(0));
        assertEquals(0, plain.supplyAt(-1));
    }

    @Test
    void badValuesAreNamed() {
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> new AuctionRules(-1, -1, 0, 0, 0, 0, Undersubscription.CANCEL));
        assertTrue(e.getMessage().contains("baseSupply = -1"), e.getMessage());
        assertTrue(e.getMessage().contains("reservePrice = -1"), e.getMessage());
    }

    @Test
    void triggersMustLieAboveTheReserveInOrder() {
        assertThrows(InvalidModelException.class, () -> AuctionRules.of(100, 200).withCostContainmentReserve(200, 10));
        assertThrows(InvalidModelException.class,
                () -> AuctionRules.of(100, 200).withEmissionsContainmentReserve(150, 10));
        assertThrows(InvalidModelException.class, () -> AuctionRules.of(100, 200)
                .withCostContainmentReserve(500, 10).withEmissionsContainmentReserve(600, 10));
    }

    @Test
    void aTriggerWithoutAReserveIsATypo() {
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> AuctionRules.of(100, 0).withCostContainmentReserve(500, 0));
        assertTrue(e.getMessage().contains("ccrTrigger = 500"), e.getMessage());
    }

    @Test
    void theEcrCannotWithholdEverything() {
        assertThrows(InvalidModelException.class, () -> AuctionRules.of(100, 0).withEmissionsContainmentReserve(5, 100));
    }

    @Test
    void aCcrThatOverflowsTheSupplyIsRejected() {
        assertThrows(InvalidModelException.class,
                () -> AuctionRules.of(Long.MAX_VALUE - 5, 0).withCostContainmentReserve(10, 6));
    }

    @Test
    void theUndersubscriptionPolicyIsRequired() {
        assertThrows(InvalidModelException.class, () -> AuctionRules.of(100, 0).withUndersubscription(null));
    }
}
