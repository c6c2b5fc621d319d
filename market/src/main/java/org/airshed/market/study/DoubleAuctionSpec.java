package org.airshed.market.study;

import org.airshed.core.model.Checks;

/**
 * The continuous double auction ({@code $.market.doubleAuction}).
 *
 * @param maxRounds  rounds at most (each source may post one order per round)
 * @param idleRounds stop after this many rounds without a trade
 * @param lot        quantity per order (mass)
 */
public record DoubleAuctionSpec(int maxRounds, int idleRounds, double lot) {
    public static final DoubleAuctionSpec DEFAULT = new DoubleAuctionSpec(20_000, 200, 0);

    public DoubleAuctionSpec {
        new Checks().require(maxRounds >= 1, "maxRounds", maxRounds, "must be at least 1")
                .require(idleRounds >= 1, "idleRounds", idleRounds, "must be at least 1")
                .finiteNonNegative("lot", lot).throwIfAny();
    }
}
