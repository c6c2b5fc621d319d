package org.airshed.market.orderbook;

import org.airshed.core.model.Checks;

/**
 * Settings of a {@link DoubleAuctionMarket} run.
 *
 * @param lot          permits per order (quantity ticks, &gt; 0): every order is one lot
 * @param priceCeiling highest ask a seller draws (price ticks, ≥ 0); a seller whose cost is higher
 *                     asks its cost
 * @param maxRounds    round limit (≥ 1)
 * @param quietRounds  stop after this many consecutive rounds without a trade (≥ 1)
 * @param fee          transaction cost a buyer pays on top of the price (price ticks, ≥ 0): buyers
 *                     bid at most their value minus it
 */
public record DoubleAuctionSettings(long lot, long priceCeiling, int maxRounds, int quietRounds, long fee) {
    /** Without a transaction cost. */
    public DoubleAuctionSettings(long lot, long priceCeiling, int maxRounds, int quietRounds) {
        this(lot, priceCeiling, maxRounds, quietRounds, 0);
    }

    public DoubleAuctionSettings {
        new Checks().require(lot > 0, "lot", lot, "must be > 0 (quantity ticks)")
                .require(priceCeiling >= 0, "priceCeiling", priceCeiling, "must be >= 0 (price ticks)")
                .require(maxRounds >= 1, "maxRounds", maxRounds, "must be >= 1")
                .require(quietRounds >= 1, "quietRounds", quietRounds, "must be >= 1")
                .require(fee >= 0, "fee", fee, "must be >= 0 (price ticks)")
                .throwIfAny();
    }
}
