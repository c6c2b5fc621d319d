package org.airshed.market.auction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Clearing and tie rules on small worked examples (docs/DOMAIN.md §3, RGGI auction design). */
class UniformPriceAuctionTest {
    private static final long SEED = 42;

    private static AuctionResult clear(AuctionRules rules, Bid... bids) {
        AuctionResult result = UniformPriceAuction.clear(List.of(bids), rules, SEED);
        assertEquals(ReferenceAuction.clear(List.of(bids), rules, SEED), result, "fast and reference differ");
        assertEquals(rules.baseSupply() + result.ccrReleased(), result.sold() + result.unsold() + result.ecrWithheld(),
                "permits created or lost: " + result);
        return result;
    }

    @Test
    void theMarginalBidSetsThePriceAndTakesTheRemainder() {
        AuctionResult r = clear(AuctionRules.of(15, 0), new Bid("a", 500, 10), new Bid("b", 400, 10),
                new Bid("c", 300, 10));
        assertEquals(AuctionStatus.CLEARED, r.status());
        assertEquals(OptionalLong.of(400), r.clearingPrice());
        assertArrayEquals(new long[] {10, 5, 0}, r.awards());
        assertEquals(15, r.sold());
        assertEquals(400 * 15, r.revenue());
    }

    @Test
    void awardsFollowTheInputOrderNotThePriceOrder() {
        AuctionResult r = clear(AuctionRules.of(15, 0), new Bid("c", 300, 10), new Bid("a", 500, 10),
                new Bid("b", 400, 10));
        assertArrayEquals(new long[] {0, 10, 5}, r.awards());
    }

    /**
     * Review finding: demand meeting the supply exactly at a bid cleared at that bid (the highest
     * price that sells everything, here 4.00) instead of the competitive price, the lowest at which
     * the bids above it fit: 3.00, the highest losing bid; λ of a cap-only allocation, likewise.
     */
    @Test
    void demandExactlyMeetingSupplyClearsAtTheHighestLosingBid() {
        AuctionResult r = clear(AuctionRules.of(20, 0), new Bid("a", 500, 10), new Bid("b", 400, 10),
                new Bid("c", 300, 10));
        assertEquals(OptionalLong.of(300), r.clearingPrice());
        assertArrayEquals(new long[] {10, 10, 0}, r.awards());
        assertEquals(300 * 20, r.revenue());
    }

    @Test
    void demandExactlyMeetingSupplyWithNoLosingBidClearsAtTheReserve() {
        assertEquals(OptionalLong.of(0), clear(AuctionRules.of(20, 0), new Bid("a", 500, 10),
                new Bid("b", 400, 10)).clearingPrice());
        AuctionResult r = clear(AuctionRules.of(20, 250), new Bid("a", 500, 10), new Bid("b", 400, 10),
                new Bid("c", 200, 10));
        assertEquals(OptionalLong.of(250), r.clearingPrice());
        assertEquals(AuctionStatus.CLEARED, r.status());
        assertArrayEquals(new long[] {10, 10, 0}, r.awards());
    }

    @Test
    void undersubscribedAuctionIsCancelled() {
        AuctionResult r = clear(AuctionRules.of(100, 200), new Bid("a", 500, 10), new Bid("b", 100, 500));
        assertEquals(AuctionStatus.CANCELLED, r.status());
        assertEquals(OptionalLong.empty(), r.clearingPrice());
        assertArrayEquals(new long[] {0, 0}, r.awards());
        assertEquals(0, r.revenue());
        assertEquals(100, r.unsold());
    }

    @Test
    void undersubscribedAuctionSellsAtTheReserveUnderRggiRules() {
        AuctionRules rules = AuctionRules.of(100, 200).withUndersubscription(Undersubscription.SELL_AT_RESERVE);
        AuctionResult r = clear(rules, new Bid("a", 500, 10), new Bid("b", 200, 20), new Bid("c", 199, 500));
        assertEquals(AuctionStatus.UNDERSUBSCRIBED_SOLD_AT_RESERVE, r.status());
        assertEquals(OptionalLong.of(200), r.clearingPrice());
        assertArrayEquals(new long[] {10, 20, 0}, r.awards());
        assertEquals(70, r.unsold());
        assertEquals(200 * 30, r.revenue());
    }

    @Test
    void anAuctionWithoutBidsSellsNothing() {
        assertEquals(AuctionStatus.CANCELLED, clear(AuctionRules.of(10, 0)).status());
        AuctionResult r = clear(AuctionRules.of(10, 0).withUndersubscription(Undersubscription.SELL_AT_RESERVE));
        assertEquals(0, r.sold());
        assertEquals(10, r.unsold());
    }

    @Test
    void thePriceNeverFallsBelowTheReserve() {
        // Bids below the reserve do not count: the 10 above 2.00 fit the 10 offered, so the reserve clears.
        AuctionResult r = clear(AuctionRules.of(10, 200), new Bid("a", 500, 10), new Bid("b", 150, 1_000));
        assertEquals(OptionalLong.of(200), r.clearingPrice());
        assertArrayEquals(new long[] {10, 0}, r.awards());
        AuctionResult cheap = clear(AuctionRules.of(10, 200), new Bid("a", 500, 30));
        assertEquals(OptionalLong.of(500), cheap.clearingPrice());
    }

    @Test
    void ccrIsReleasedWhenDemandAboveItsTriggerExceedsTheBase() {
        AuctionRules rules = AuctionRules.of(80, 0).withCostContainmentReserve(1_000, 30);
        // Below 10.00 only 80 are offered but 100 are wanted at 12.00; at 10.00 the CCR adds 30.
        AuctionResult r = clear(rules, new Bid("a", 1_200, 100), new Bid("b", 800, 50));
        assertEquals(OptionalLong.of(1_000), r.clearingPrice());
        assertArrayEquals(new long[] {100, 0}, r.awards());
        assertEquals(20, r.ccrReleased());
        assertEquals(0, r.unsold());
    }

    @Test
    void anExhaustedCcrLetsThePriceRiseAboveItsTrigger() {
        AuctionRules rules = AuctionRules.of(80, 0).withCostContainmentReserve(1_000, 30);
        AuctionResult r = clear(rules, new Bid("a", 1_200, 100), new Bid("b", 1_100, 30), new Bid("c", 800, 50));
        assertEquals(OptionalLong.of(1_100), r.clearingPrice());
        assertArrayEquals(new long[] {100, 10, 0}, r.awards());
        assertEquals(30, r.ccrReleased());
    }

    @Test
    void ccrStaysUntouchedBelowItsTrigger() {
        AuctionRules rules = AuctionRules.of(80, 0).withCostContainmentReserve(1_000, 30);
        AuctionResult r = clear(rules, new Bid("a", 900, 100));
        assertEquals(OptionalLong.of(900), r.clearingPrice());
        assertEquals(80, r.sold());
        assertEquals(0, r.ccrReleased());
    }

    @Test
    void ecrIsWithheldWhenThePriceWouldFallBelowItsTrigger() {
        AuctionRules rules = AuctionRules.of(80, 200).withEmissionsContainmentReserve(600, 20);
        AuctionResult r = clear(rules, new Bid("a", 500, 50), new Bid("b", 300, 50));
        assertEquals(OptionalLong.of(300), r.clearingPrice());
        assertArrayEquals(new long[] {50, 10}, r.awards());
        assertEquals(20, r.ecrWithheld());
        assertEquals(0, r.unsold());
    }

    @Test
    void ecrIsOfferedAboveItsTrigger() {
        AuctionRules rules = AuctionRules.of(80, 200).withEmissionsContainmentReserve(600, 20);
        AuctionResult r = clear(rules, new Bid("a", 900, 100), new Bid("b", 300, 50));
        assertEquals(OptionalLong.of(900), r.clearingPrice());
        assertEquals(80, r.sold());
        assertEquals(0, r.ecrWithheld());
    }

    @Test
    void atTheEcrTriggerOnlyTheSurplusIsWithheld() {
        AuctionRules rules = AuctionRules.of(80, 200).withEmissionsContainmentReserve(600, 20);
        // 70 wanted above 6.00: below the trigger 60 would be offered, too few; at it, 80, too many.
        AuctionResult r = clear(rules, new Bid("a", 900, 70), new Bid("b", 300, 50));
        assertEquals(OptionalLong.of(600), r.clearingPrice());
        assertArrayEquals(new long[] {70, 0}, r.awards());
        assertEquals(10, r.ecrWithheld());
        assertEquals(0, r.unsold());
    }

    @Test
    void undersubscriptionIsJudgedAgainstTheSupplyLeftByTheEcr() {
        AuctionRules rules = AuctionRules.of(80, 200).withEmissionsContainmentReserve(600, 20)
                .withUndersubscription(Undersubscription.SELL_AT_RESERVE);
        AuctionResult r = clear(rules, new Bid("a", 900, 50));
        assertEquals(AuctionStatus.UNDERSUBSCRIBED_SOLD_AT_RESERVE, r.status());
        assertEquals(20, r.ecrWithheld());
        assertEquals(10, r.unsold());
    }

    @Test
    void tiedBidsAtTheClearingPriceShareTheRemainderInSeededRandomOrder() {
        List<Bid> bids = List.of(new Bid("top", 900, 4), new Bid("x", 500, 5), new Bid("y", 500, 5),
                new Bid("z", 500, 5), new Bid("low", 100, 50));
        AuctionRules rules = AuctionRules.of(12, 0);
        int[] servedFirst = new int[5];
        for (long seed = 0; seed < 300; seed++) {
            AuctionResult r = UniformPriceAuction.clear(bids, rules, seed);
            assertEquals(r, UniformPriceAuction.clear(bids, rules, seed), "same seed, same awards");
            assertEquals(OptionalLong.of(500), r.clearingPrice());
            assertEquals(4, r.award(0));
            assertEquals(0, r.award(4));
            List<Long> tied = List.of(r.award(1), r.award(2), r.award(3));
            // 8 left for three bids of 5: one full, one partial (3), one empty.
            assertTrue(tied.contains(5L) && tied.contains(3L) && tied.contains(0L), "seed " + seed + ": " + tied);
            for (int b = 1; b <= 3; b++) {
                if (r.award(b) == 5) {
                    servedFirst[b]++;
                }
            }
            assertEquals(seed, r.seed());
        }
        for (int b = 1; b <= 3; b++) {
            // Each is served first with probability 1/3: 100 ± 4σ (σ ≈ 8.2).
            assertTrue(Math.abs(servedFirst[b] - 100) < 33, "bid " + b + " served first " + servedFirst[b] + " times");
        }
    }

    @Test
    void tiesThatAllFitAreFilledWithoutRationing() {
        AuctionResult r = clear(AuctionRules.of(30, 0), new Bid("x", 500, 10), new Bid("y", 500, 10),
                new Bid("z", 400, 100));
        assertArrayEquals(new long[] {10, 10, 10}, r.awards());
        assertEquals(OptionalLong.of(400), r.clearingPrice());
    }

    @Test
    void revenueIsExactForLargeAmounts() {
        long price = 123_456_789L;
        long quantity = 9_876_543_210L;
        // One permit more is wanted than offered, so the bid's price clears.
        AuctionResult r = clear(AuctionRules.of(quantity, 0), new Bid("a", price, quantity + 1));
        assertEquals(OptionalLong.of(price), r.clearingPrice());
        assertEquals(1_219_326_311_126_352_690L, r.revenue());
    }

    @Test
    void revenueOverflowIsAnError() {
        assertThrows(ArithmeticException.class, () -> UniformPriceAuction.clear(
                List.of(new Bid("a", Long.MAX_VALUE / 2, 11)), AuctionRules.of(10, 0), SEED));
    }

    @Test
    void aTotalBidQuantityBeyondALongIsAnError() {
        List<Bid> bids = new ArrayList<>();
        bids.add(new Bid("a", 1, Long.MAX_VALUE));
        bids.add(new Bid("b", 1, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UniformPriceAuction.clear(bids, AuctionRules.of(10, 0), SEED));
        assertTrue(e.getMessage().contains("overflows"), e.getMessage());
    }
}
