package org.airshed.market.auction;

import org.airshed.market.ledger.Quantum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast clearing against the brute-force definition on seeded random instances with many ties,
 * reserve prices and containment reserves; every result is also checked against the equilibrium
 * conditions directly.
 */
class AuctionDifferentialTest {
    private static final int INSTANCES = 2_000;

    @Test
    void fastClearingEqualsTheReferenceOnRandomInstances() {
        SplittableRandom random = new SplittableRandom(1993);
        int[] statuses = new int[AuctionStatus.values().length];
        int ccrReleased = 0;
        int ecrWithheld = 0;
        int rationedTies = 0;
        for (int instance = 0; instance < INSTANCES; instance++) {
            AuctionRules rules = randomRules(random);
            List<Bid> bids = randomBids(random);
            long seed = random.nextLong();
            AuctionResult fast = UniformPriceAuction.clear(bids, rules, seed);
            AuctionResult reference = ReferenceAuction.clear(bids, rules, seed);
            String context = "instance " + instance + ": " + rules + " " + bids;
            assertEquals(reference, fast, context);
            checkEquilibrium(bids, rules, fast, context);
            statuses[fast.status().ordinal()]++;
            ccrReleased += fast.ccrReleased() > 0 ? 1 : 0;
            ecrWithheld += fast.ecrWithheld() > 0 && fast.status() == AuctionStatus.CLEARED ? 1 : 0;
            rationedTies += rationed(bids, fast) ? 1 : 0;
        }
        // The generator must reach every case, or the comparison proves little.
        for (AuctionStatus status : AuctionStatus.values()) {
            assertTrue(statuses[status.ordinal()] > 50, status + " in only " + statuses[status.ordinal()]);
        }
        assertTrue(ccrReleased > 50, "CCR released in " + ccrReleased);
        assertTrue(ecrWithheld > 50, "ECR withheld in " + ecrWithheld);
        assertTrue(rationedTies > 200, "rationed ties in " + rationedTies);
    }

    /**
     * Reviewer B, defect 3: an auction with no base supply (a cap of 0, or under the ledger's
     * 0.001) was refused; it clears like any other, against the same definition: at the highest bid
     * (or the reserve, or the CCR trigger when the CCR makes room), selling only what a CCR releases.
     */
    @Test
    void anAuctionWithNoBaseSupplyEqualsTheReference() {
        SplittableRandom random = new SplittableRandom(2026);
        int ccrReleased = 0;
        int empty = 0;
        for (int instance = 0; instance < 500; instance++) {
            long reserve = random.nextInt(3) == 0 ? 0 : random.nextLong(10);
            AuctionRules rules = AuctionRules.of(0, reserve).withUndersubscription(random.nextBoolean()
                    ? Undersubscription.CANCEL : Undersubscription.SELL_AT_RESERVE);
            if (random.nextBoolean()) {
                rules = rules.withCostContainmentReserve(reserve + 1 + random.nextLong(12), 1 + random.nextLong(100));
            }
            List<Bid> bids = randomBids(random);
            long seed = random.nextLong();
            AuctionResult fast = UniformPriceAuction.clear(bids, rules, seed);
            String context = "instance " + instance + ": " + rules + " " + bids;
            assertEquals(ReferenceAuction.clear(bids, rules, seed), fast, context);
            checkEquilibrium(bids, rules, fast, context);
            assertEquals(AuctionStatus.CLEARED, fast.status(), context + ": nothing offered, nothing undersubscribed");
            assertEquals(fast.ccrReleased(), fast.sold(), context + ": only the CCR sells");
            ccrReleased += fast.ccrReleased() > 0 ? 1 : 0;
            empty += fast.sold() == 0 ? 1 : 0;
        }
        assertTrue(ccrReleased > 50 && empty > 50, "CCR released in " + ccrReleased + ", nothing sold in " + empty);
    }

    private static void checkEquilibrium(List<Bid> bids, AuctionRules rules, AuctionResult r, String context) {
        long sum = 0;
        for (long award : r.awards()) {
            sum += award;
        }
        assertEquals(r.sold(), sum, context);
        assertEquals(rules.baseSupply() + r.ccrReleased(), r.sold() + r.unsold() + r.ecrWithheld(), context);
        if (r.status() == AuctionStatus.CANCELLED) {
            assertEquals(0, r.sold(), context);
            return;
        }
        long p = r.clearingPrice().orElseThrow();
        assertTrue(p >= rules.reservePrice(), context);
        assertTrue(r.sold() <= rules.supplyAt(p), context);
        assertEquals(Quantum.revenue(p, r.sold()), r.revenue(), context);
        int partial = 0;
        long unmet = 0;
        for (int i = 0; i < bids.size(); i++) {
            Bid bid = bids.get(i);
            long award = r.award(i);
            if (bid.price() > p) {
                assertEquals(bid.quantity(), award, context + " bid " + i + " above the price");
            } else if (bid.price() < p) {
                assertEquals(0, award, context + " bid " + i + " below the price");
            } else {
                assertTrue(award >= 0 && award <= bid.quantity(), context);
                partial += award > 0 && award < bid.quantity() ? 1 : 0;
                unmet += bid.quantity() - award;
            }
        }
        assertTrue(partial <= 1, context + ": " + partial + " partial awards");
        // Either the supply at the price is exhausted or every bid at it is met.
        assertTrue(unmet == 0 || r.sold() == rules.supplyAt(p), context);
        // The competitive price: the bids above p fit at p, and no lower price clears (below p, the
        // bids at or above p would not fit).
        long demandAbove = bids.stream().filter(b -> b.price() > p).mapToLong(Bid::quantity).sum();
        assertTrue(demandAbove <= rules.supplyAt(p), context);
        if (p > rules.reservePrice()) {
            long demandAtOrAbove = bids.stream().filter(b -> b.price() >= p).mapToLong(Bid::quantity).sum();
            assertTrue(demandAtOrAbove > rules.supplyAt(p - 1), context);
        }
    }

    private static boolean rationed(List<Bid> bids, AuctionResult r) {
        if (r.clearingPrice().isEmpty()) {
            return false;
        }
        int tiedUnmet = 0;
        for (int i = 0; i < bids.size(); i++) {
            if (bids.get(i).price() == r.clearingPrice().getAsLong() && r.award(i) < bids.get(i).quantity()) {
                tiedUnmet++;
            }
        }
        return tiedUnmet >= 2;
    }

    private static AuctionRules randomRules(SplittableRandom random) {
        long base = 1 + random.nextLong(300);
        long reserve = random.nextInt(4) == 0 ? 0 : random.nextLong(10);
        AuctionRules rules = AuctionRules.of(base, reserve);
        long ccrTrigger = reserve + 1 + random.nextLong(12);
        if (random.nextBoolean()) {
            rules = rules.withCostContainmentReserve(ccrTrigger, 1 + random.nextLong(100));
        }
        if (random.nextBoolean()) {
            long ecrTrigger = reserve + 1 + random.nextLong(ccrTrigger - reserve);
            long ecrQuantity = random.nextLong(base);
            rules = rules.withEmissionsContainmentReserve(ecrQuantity == 0 ? 0 : ecrTrigger, ecrQuantity);
        }
        return rules.withUndersubscription(random.nextBoolean() ? Undersubscription.CANCEL
                : Undersubscription.SELL_AT_RESERVE);
    }

    private static List<Bid> randomBids(SplittableRandom random) {
        int n = random.nextInt(25);
        List<Bid> bids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // A small price range makes ties and hits on the triggers common.
            bids.add(new Bid("b" + random.nextInt(8), random.nextLong(20), 1 + random.nextLong(60)));
        }
        return bids;
    }
}
