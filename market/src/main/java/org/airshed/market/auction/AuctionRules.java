package org.airshed.market.auction;

import org.airshed.core.model.Checks;
import org.airshed.market.ledger.Quantum;

/**
 * The supply side of a uniform-price auction (RGGI design). Amounts in {@link org.airshed.market.ledger.Quantum}. Supply is a
 * step function of the price p ({@link #supplyAt}):
 * <pre>
 *   p &lt; reservePrice                  0
 *   reservePrice ≤ p &lt; ecrTrigger     baseSupply − ecrQuantity   (emissions-containment reserve withheld)
 *   otherwise                          baseSupply
 *   p ≥ ccrTrigger                     + ccrQuantity             (cost-containment reserve released)
 * </pre>
 * At a trigger price itself the auction may use part of a reserve: it releases only the CCR permits
 * demanded there and withholds only the ECR permits demand leaves over (see {@link UniformPriceAuction}).
 * A reserve with quantity 0 is absent and its trigger must then be 0. When present, each trigger
 * lies above the reserve price and the ECR trigger does not exceed the CCR trigger, so supply never
 * falls as the price rises.
 *
 * @param baseSupply        permits offered (quantity ticks, ≥ 0; with 0, the bids only set the price)
 * @param reservePrice      lowest price at which anything is sold (price ticks, ≥ 0)
 * @param ccrTrigger        price from which the cost-containment reserve is offered (price ticks)
 * @param ccrQuantity       size of the cost-containment reserve (quantity ticks, ≥ 0)
 * @param ecrTrigger        price below which the emissions-containment reserve is withheld (price ticks)
 * @param ecrQuantity       permits withheld below the ECR trigger (quantity ticks, 0, or &gt; 0 and &lt; baseSupply)
 * @param undersubscription what happens when demand at the reserve price falls short of supply there
 */
public record AuctionRules(long baseSupply, long reservePrice, long ccrTrigger, long ccrQuantity, long ecrTrigger,
                           long ecrQuantity, Undersubscription undersubscription) {
    public AuctionRules {
        Checks checks = new Checks()
                .require(baseSupply >= 0, "baseSupply", baseSupply, "must be >= 0 (quantity ticks)")
                .require(reservePrice >= 0, "reservePrice", reservePrice, "must be >= 0 (price ticks)")
                .require(ccrQuantity >= 0, "ccrQuantity", ccrQuantity, "must be >= 0 (quantity ticks)")
                .require(ecrQuantity >= 0, "ecrQuantity", ecrQuantity, "must be >= 0 (quantity ticks)")
                .require(ecrQuantity == 0 || ecrQuantity < baseSupply, "ecrQuantity", ecrQuantity,
                        "must be < baseSupply " + baseSupply + ": something must be offered")
                .require(baseSupply <= Long.MAX_VALUE - Math.max(0, ccrQuantity), "ccrQuantity", ccrQuantity,
                        "baseSupply + ccrQuantity overflows a long")
                .require(undersubscription != null, "undersubscription", undersubscription,
                        "must be CANCEL or SELL_AT_RESERVE");
        if (ccrQuantity == 0) {
            checks.require(ccrTrigger == 0, "ccrTrigger", ccrTrigger, "must be 0 when there is no CCR (ccrQuantity 0)");
        } else {
            checks.require(ccrTrigger > reservePrice, "ccrTrigger", ccrTrigger,
                    "must be above the reserve price " + reservePrice);
        }
        if (ecrQuantity == 0) {
            checks.require(ecrTrigger == 0, "ecrTrigger", ecrTrigger, "must be 0 when there is no ECR (ecrQuantity 0)");
        } else {
            checks.require(ecrTrigger > reservePrice, "ecrTrigger", ecrTrigger,
                    "must be above the reserve price " + reservePrice);
            checks.require(ccrQuantity == 0 || ecrTrigger <= ccrTrigger, "ecrTrigger", ecrTrigger,
                    "must not exceed the CCR trigger " + ccrTrigger);
        }
        checks.throwIfAny();
    }

    /** {@code baseSupply} at {@code reservePrice}, no containment reserves, cancelled when undersubscribed. */
    public static AuctionRules of(long baseSupply, long reservePrice) {
        return new AuctionRules(baseSupply, reservePrice, 0, 0, 0, 0, Undersubscription.CANCEL);
    }

    /** These rules with a cost-containment reserve of {@code quantity} offered from {@code trigger}. */
    public AuctionRules withCostContainmentReserve(long trigger, long quantity) {
        return new AuctionRules(baseSupply, reservePrice, trigger, quantity, ecrTrigger, ecrQuantity,
                undersubscription);
    }

    /** These rules with {@code quantity} withheld while the price is below {@code trigger}. */
    public AuctionRules withEmissionsContainmentReserve(long trigger, long quantity) {
        return new AuctionRules(baseSupply, reservePrice, ccrTrigger, ccrQuantity, trigger, quantity,
                undersubscription);
    }

    public AuctionRules withUndersubscription(Undersubscription policy) {
        return new AuctionRules(baseSupply, reservePrice, ccrTrigger, ccrQuantity, ecrTrigger, ecrQuantity, policy);
    }

    /** Permits offered at a uniform price of {@code price} ticks (quantity ticks). */
    public long supplyAt(long price) {
        if (price < reservePrice) {
            return 0;
        }
        long supply = baseSupply;
        if (ecrQuantity > 0 && price < ecrTrigger) {
            supply -= ecrQuantity;
        }
        if (ccrQuantity > 0 && price >= ccrTrigger) {
            supply += ccrQuantity;
        }
        return supply;
    }
}
