package org.airshed.market.auction;

import org.airshed.core.model.Checks;
import org.airshed.market.ledger.Quantum;

/**
 * A sealed bid: {@code bidder} will buy up to {@code quantity} permits at any uniform price up to
 * {@code price}. Amounts in {@link org.airshed.market.ledger.Quantum}: price in 1/100 money per mass unit (≥ 0), quantity in
 * 1/1000 mass unit (> 0).
 */
public record Bid(String bidder, long price, long quantity) {
    public Bid {
        new Checks().notBlank("bidder", bidder)
                .require(price >= 0, "price", price, "must be >= 0 (price ticks)")
                .require(quantity > 0, "quantity", quantity, "must be > 0 (quantity ticks)")
                .throwIfAny();
    }
}
