package org.airshed.market.auction;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.airshed.market.ledger.Quantum;

/**
 * Uniform-price sealed-bid auction (docs/DOMAIN.md §3, RGGI). Bids are ranked by price descending; the
 * clearing price p* is the competitive one: the lowest price p ≥ reserve at which the bids priced
 * above it, D(p⁺), fit into the supply there, {@code rules.supplyAt(p)} (prices in ticks). So p* is
 * the price of the marginal bid when that bid is needed; the highest losing bid (or the reserve)
 * when the bids above it meet the supply exactly, as λ of a cap-only allocation at a step of the
 * cost curve is the lower end of its dual interval; a trigger price when the containment reserve
 * released there makes room for the bids above it (the CCR then sells only what is demanded; at
 * the ECR trigger only the surplus is withheld); the reserve price when undersubscribed. Every bid
 * above p* then fits and is filled in full; the bids at p* share what is left in a random order
 * drawn from the seed. O(n log n), primitive arrays.
 *
 * @see ReferenceAuction the brute-force definition it is tested against
 */
public final class UniformPriceAuction {
    private UniformPriceAuction() {
    }

    /** Clears {@code bids} under {@code rules}; ties at the clearing price are broken from {@code seed}. */
    public static AuctionResult clear(List<Bid> bids, AuctionRules rules, long seed) {
        totalQuantity(bids);
        int n = bids.size();
        long[] price = new long[n];
        long[] quantity = new long[n];
        long[] eligible = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            Bid bid = bids.get(i);
            price[i] = bid.price();
            quantity[i] = bid.quantity();
            if (price[i] >= rules.reservePrice()) {
                eligible[m++] = price[i];
            }
        }
        Arrays.sort(eligible, 0, m);
        int distinct = unique(eligible, m);
        long[] demandAtPrice = new long[distinct];
        for (int i = 0; i < n; i++) {
            if (price[i] >= rules.reservePrice()) {
                int k = Arrays.binarySearch(eligible, 0, distinct, price[i]);
                demandAtPrice[k] = Math.addExact(demandAtPrice[k], quantity[i]);
            }
        }
        long clearing = clearingPrice(eligible, demandAtPrice, distinct, rules);
        return settle(price, quantity, clearing, rules, seed);
    }

    /**
     * Walks candidate prices (bid prices, triggers, reserve) downwards while the bids above each fit
     * the supply there; the last that fits is the lowest price that clears. Between candidates
     * neither the demand above a price nor the supply changes, and the demand above falls while the
     * supply rises with the price, so no other price can be lower.
     */
    private static long clearingPrice(long[] prices, long[] demandAtPrice, int distinct, AuctionRules rules) {
        long[] candidates = Arrays.copyOf(prices, distinct + 3);
        candidates[distinct] = rules.reservePrice();
        candidates[distinct + 1] = rules.ecrQuantity() > 0 ? rules.ecrTrigger() : rules.reservePrice();
        candidates[distinct + 2] = rules.ccrQuantity() > 0 ? rules.ccrTrigger() : rules.reservePrice();
        Arrays.sort(candidates);
        long demandAbove = 0;
        int k = distinct - 1;
        long clearing = candidates[candidates.length - 1];
        for (int c = candidates.length - 1; c >= 0; c--) {
            long p = candidates[c];
            while (k >= 0 && prices[k] > p) {
                demandAbove = Math.addExact(demandAbove, demandAtPrice[k--]);
            }
            if (demandAbove > rules.supplyAt(p)) {
                return clearing;
            }
            clearing = p;
        }
        return clearing;
    }

    /** Awards at the clearing price and the accounts of the result. */
    private static AuctionResult settle(long[] price, long[] quantity, long clearing, AuctionRules rules, long seed) {
        int n = price.length;
        long[] awards = new long[n];
        int[] tied = new int[n];
        int tiedCount = 0;
        long above = 0;
        long demand = 0;
        for (int i = 0; i < n; i++) {
            if (price[i] > clearing) {
                awards[i] = quantity[i];
                above = Math.addExact(above, quantity[i]);
            } else if (price[i] == clearing) {
                tied[tiedCount++] = i;
            }
            if (price[i] >= clearing) {
                demand = Math.addExact(demand, quantity[i]);
            }
        }
        long offered = rules.supplyAt(clearing);
        boolean undersubscribed = clearing == rules.reservePrice() && demand < offered;
        if (undersubscribed && rules.undersubscription() == Undersubscription.CANCEL) {
            long withheld = ecrWithheld(rules, clearing, 0);
            return new AuctionResult(AuctionStatus.CANCELLED, OptionalLong.empty(), new long[n], 0,
                    rules.baseSupply() - withheld, 0, withheld, 0, seed);
        }
        if (above > offered) {
            throw new AssertionError("bids above the clearing price " + clearing + " exceed the supply " + offered);
        }
        long sold = Math.min(demand, offered);
        TieBreak.share(quantity, tied, tiedCount, sold - above, new SplittableRandom(seed), awards);
        long baseSold = Math.min(sold, rules.baseSupply());
        long withheld = ecrWithheld(rules, clearing, baseSold);
        AuctionStatus status = undersubscribed ? AuctionStatus.UNDERSUBSCRIBED_SOLD_AT_RESERVE : AuctionStatus.CLEARED;
        return new AuctionResult(status, OptionalLong.of(clearing), awards, sold,
                rules.baseSupply() - baseSold - withheld, sold - baseSold, withheld, Quantum.revenue(clearing, sold), seed);
    }

    /** All of the ECR below its trigger; at the trigger only what demand leaves of the base supply. */
    private static long ecrWithheld(AuctionRules rules, long clearing, long baseSold) {
        if (rules.ecrQuantity() == 0 || clearing > rules.ecrTrigger()) {
            return 0;
        }
        if (clearing < rules.ecrTrigger()) {
            return rules.ecrQuantity();
        }
        return Math.min(rules.ecrQuantity(), rules.baseSupply() - baseSold);
    }

    /** Σ bid quantities (quantity ticks); rejects a total a long cannot hold. */
    static long totalQuantity(List<Bid> bids) {
        long total = 0;
        for (Bid bid : bids) {
            if (total > Long.MAX_VALUE - bid.quantity()) {
                throw new IllegalArgumentException("the total quantity of the " + bids.size()
                        + " bids overflows a long (quantity ticks)");
            }
            total += bid.quantity();
        }
        return total;
    }

    private static int unique(long[] sorted, int length) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            if (out == 0 || sorted[out - 1] != sorted[i]) {
                sorted[out++] = sorted[i];
            }
        }
        return out;
    }
}
