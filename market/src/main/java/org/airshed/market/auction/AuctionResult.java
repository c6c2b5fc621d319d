package org.airshed.market.auction;

import java.util.Arrays;
import java.util.OptionalLong;
import org.airshed.market.ledger.Quantum;

/**
 * The outcome of a uniform-price auction. Quantities in quantity ticks, the price in price ticks,
 * revenue in revenue ticks (1/100,000 money unit, see {@link org.airshed.market.ledger.Quantum}); all exact. The permits add up:
 * {@code sold + unsold + ecrWithheld = baseSupply + ccrReleased}.
 *
 * @param status       cleared, cancelled or sold at the reserve
 * @param clearingPrice the uniform price every winner pays; empty when cancelled
 * @param awards       permits awarded to each bid, in the order the bids were given; owned by the
 *                     result, do not modify (use {@link #award(int)})
 * @param sold         Σ awards
 * @param unsold       base supply neither sold nor withheld: non-zero only when undersubscribed
 * @param ccrReleased  permits sold out of the cost-containment reserve (only what is demanded at the
 *                     clearing price is released)
 * @param ecrWithheld  permits withheld by the emissions-containment reserve: all of it below the ECR
 *                     trigger, what demand leaves over at the trigger (RGGI), none above it
 * @param revenue      clearing price × sold (revenue ticks)
 * @param seed         seed of the random order that broke ties at the clearing price
 */
public record AuctionResult(AuctionStatus status, OptionalLong clearingPrice, long[] awards, long sold,
                            long unsold, long ccrReleased, long ecrWithheld, long revenue, long seed) {
    public AuctionResult {
        if (status == null || clearingPrice == null || awards == null) {
            throw new IllegalArgumentException("status, clearingPrice and awards are required");
        }
    }

    /** Permits awarded to bid {@code bid} (its index in the input list). */
    public long award(int bid) {
        return awards[bid];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuctionResult r && status == r.status && clearingPrice.equals(r.clearingPrice)
                && Arrays.equals(awards, r.awards) && sold == r.sold && unsold == r.unsold
                && ccrReleased == r.ccrReleased && ecrWithheld == r.ecrWithheld && revenue == r.revenue
                && seed == r.seed;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(awards) + Long.hashCode(sold) + status.hashCode();
    }

    @Override
    public String toString() {
        return "AuctionResult[" + status + ", price=" + clearingPrice + ", sold=" + sold + ", unsold=" + unsold
                + ", ccrReleased=" + ccrReleased + ", ecrWithheld=" + ecrWithheld + ", revenue=" + revenue
                + ", seed=" + seed + ", awards=" + Arrays.toString(awards) + "]";
    }
}
