package org.airshed.market.auction;

import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The uniform-price auction by its definition, for tests of {@link UniformPriceAuction}: a price p ≥
 * reserve clears when the bids strictly above it fit into {@code supplyAt(p)}; the clearing price
 * is the lowest such p (the competitive price: below it, the bids at or above it would not fit).
 * Demand and supply change only at bid prices, triggers and the reserve, so trying those is enough.
 * O(n²); obviously correct, not fast. Ties are broken exactly as the fast auction does, so that
 * results compare equal.
 */
public final class ReferenceAuction {
    private ReferenceAuction() {
    }

    public static AuctionResult clear(List<Bid> bids, AuctionRules rules, long seed) {
        TreeSet<Long> candidates = new TreeSet<>();
        candidates.add(rules.reservePrice());
        candidates.add(rules.ecrTrigger());
        candidates.add(rules.ccrTrigger());
        for (Bid bid : bids) {
            candidates.add(bid.price());
        }
        long clearing = -1;
        for (long p : candidates) {
            if (clearing < 0 && p >= rules.reservePrice() && demandAbove(bids, p) <= rules.supplyAt(p)) {
                clearing = p;
            }
        }
        UniformPriceAuction.totalQuantity(bids);
        long demand = demandAtOrAbove(bids, clearing);
        long[] awards = new long[bids.size()];
        boolean undersubscribed = demandAtOrAbove(bids, rules.reservePrice()) < rules.supplyAt(rules.reservePrice());
        if (undersubscribed && rules.undersubscription() == Undersubscription.CANCEL) {
            long withheld = rules.ecrQuantity();
            return new AuctionResult(AuctionStatus.CANCELLED, OptionalLong.empty(), awards, 0,
                    rules.baseSupply() - withheld, 0, withheld, 0, seed);
        }
        long sold = Math.min(demand, rules.supplyAt(clearing));
        long[] quantities = new long[bids.size()];
        int[] tied = new int[bids.size()];
        int tiedCount = 0;
        for (int i = 0; i < bids.size(); i++) {
            quantities[i] = bids.get(i).quantity();
            if (bids.get(i).price() > clearing) {
                awards[i] = quantities[i];
            } else if (bids.get(i).price() == clearing) {
                tied[tiedCount++] = i;
            }
        }
        TieBreak.share(quantities, tied, tiedCount, sold - demandAbove(bids, clearing), new SplittableRandom(seed),
                awards);
        // Sales come out of the base supply first, then out of the CCR.
        long ccrReleased = Math.max(0, sold - rules.baseSupply());
        long baseLeft = rules.baseSupply() - (sold - ccrReleased);
        long withheld;
        if (rules.ecrQuantity() == 0 || clearing > rules.ecrTrigger()) {
            withheld = 0;
        } else if (clearing < rules.ecrTrigger()) {
            withheld = rules.ecrQuantity();
        } else {
            withheld = Math.min(rules.ecrQuantity(), baseLeft);
        }
        AuctionStatus status = undersubscribed ? AuctionStatus.UNDERSUBSCRIBED_SOLD_AT_RESERVE : AuctionStatus.CLEARED;
        return new AuctionResult(status, OptionalLong.of(clearing), awards, sold, baseLeft - withheld, ccrReleased,
                withheld, Math.multiplyExact(clearing, sold), seed);
    }

    private static long demandAbove(List<Bid> bids, long price) {
        long total = 0;
        for (Bid bid : bids) {
            if (bid.price() > price) {
                total = Math.addExact(total, bid.quantity());
            }
        }
        return total;
    }

    private static long demandAtOrAbove(List<Bid> bids, long price) {
        long total = 0;
        for (Bid bid : bids) {
            if (bid.price() >= price) {
                total = Math.addExact(total, bid.quantity());
            }
        }
        return total;
    }
}
