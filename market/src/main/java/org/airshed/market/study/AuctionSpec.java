package org.airshed.market.study;

import java.util.List;
import org.airshed.core.model.Checks;

/**
 * The uniform-price auction ({@code $.market.auction}); prices in money per mass unit,
 * quantities in mass units. A zero quantity switches a reserve off.
 *
 * @param share          fraction of the cap auctioned (the rest is given away by the allocation rule);
 *                       1 with the {@code auction} allocation rule
 * @param reservePrice   no permit sells below it
 * @param ccrTrigger     cost-containment reserve: released at or above this price …
 * @param ccrQuantity    … this many extra permits
 * @param ecrTrigger     emissions-containment reserve: below this price …
 * @param ecrQuantity    … up to this many permits are withheld (retired)
 * @param cancelIfUndersubscribed true: no sale when demand at the reserve price is below supply;
 *                       false: sell what is demanded at the reserve price
 * @param bids           bids given in the scenario; empty: each source bids its cost curve
 * @param quadraticSteps steps a quadratic curve's bids are cut into
 */
public record AuctionSpec(double share, double reservePrice, double ccrTrigger, double ccrQuantity,
                          double ecrTrigger, double ecrQuantity, boolean cancelIfUndersubscribed,
                          List<BidSpec> bids, int quadraticSteps) {
    public static final int DEFAULT_QUADRATIC_STEPS = 50;

    public AuctionSpec {
        bids = List.copyOf(bids);
        Checks c = new Checks();
        c.require(share > 0 && share <= 1, "share", share, "must be in (0, 1]");
        c.finiteNonNegative("reservePrice", reservePrice).finiteNonNegative("costContainmentReserve.trigger", ccrTrigger)
                .finiteNonNegative("costContainmentReserve.quantity", ccrQuantity)
                .finiteNonNegative("emissionsContainmentReserve.trigger", ecrTrigger)
                .finiteNonNegative("emissionsContainmentReserve.quantity", ecrQuantity);
        c.require(quadraticSteps >= 1, "quadraticSteps", quadraticSteps, "must be at least 1");
        c.throwIfAny();
    }

    /** A bid from the scenario: {@code bidder} is a source id. */
    public record BidSpec(String bidder, double price, double quantity) {
        public BidSpec {
            new Checks().notBlank("bidder", bidder).finiteNonNegative("price", price)
                    .require(quantity > 0 && Double.isFinite(quantity), "quantity", quantity, "must be > 0")
                    .throwIfAny();
        }
    }
}
