package org.airshed.benchmarks.market;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.airshed.market.auction.AuctionRules;
import org.airshed.market.auction.Bid;
import org.airshed.market.ledger.Quantum;

/**
 * Seeded sealed bids for a uniform-price permit auction, in {@link org.airshed.market.ledger.Quantum}:
 * prices log-normal around 15.00 money per permit (σ = 0.3, on the 0.01 price tick, so many bids
 * tie), quantities log-normal whole permits (median 10). The rules offer half of the demand above
 * a 10.00 reserve, RGGI style: a cost-containment reserve of a tenth of that from 20.00, an
 * emissions-containment reserve of a tenth withheld below 12.00.
 */
final class RandomBids {
    private static final int BIDDERS = 1_000;
    private static final long RESERVE = 1_000;

    private RandomBids() {
    }

    static List<Bid> draw(int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("bid count must be ≥ 1, got " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        String[] bidders = new String[BIDDERS];
        for (int b = 0; b < BIDDERS; b++) {
            bidders[b] = "bidder-" + b;
        }
        List<Bid> bids = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            long price = Math.round(1_500 * Math.exp(0.3 * random.nextGaussian()));
            long permits = Math.max(1, Math.round(10 * Math.exp(random.nextGaussian())));
            bids.add(new Bid(bidders[random.nextInt(BIDDERS)], price, permits * 1_000));
        }
        return bids;
    }

    static AuctionRules rules(List<Bid> bids) {
        long demand = 0;
        for (Bid bid : bids) {
            demand += bid.price() >= RESERVE ? bid.quantity() : 0;
        }
        long supply = Math.max(1, demand / 2);
        long reserve = supply / 10;
        AuctionRules rules = AuctionRules.of(supply, RESERVE);
        return reserve == 0 ? rules
                : rules.withCostContainmentReserve(2_000, reserve).withEmissionsContainmentReserve(1_200, reserve);
    }
}
