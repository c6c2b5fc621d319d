package org.airshed.market.trading;

/**
 * One voluntary offset trade (PERMIT and MONEY counts): the seller gives up {@code given} permits,
 * the buyer receives {@code received} — fewer where the offset ratio at a binding receptor is below
 * one (the rest goes to the regulator's reserve), more where the trade makes room at every receptor
 * for permits the reserve holds. The buyer pays {@code payment} to the seller and {@code fee} (the
 * transaction cost per permit given) to the brokers; the payment is at least the seller's extra cost and
 * at most the buyer's saving net of its other payments. The
 * permits to or from the reserve are bought or sold by the regulator at the ambient cap price:
 * {@code reservePayment} is what the buyer pays the regulator for them (negative: receives).
 *
 * @param sellerCost  what giving up the permits costs the seller in extra abatement (money)
 * @param buyerSaving what receiving them saves the buyer in abatement and shortfall penalty (money)
 */
public record OffsetTrade(int seller, int buyer, long given, long received, long payment, long fee,
                          long reservePayment, double sellerCost, double buyerSaving) {
    public OffsetTrade {
        if (seller == buyer || given <= 0 || received <= 0 || payment < 0 || fee < 0
                || Long.signum(reservePayment) * Long.signum(received - given) < 0) {
            throw new IllegalArgumentException("offset trade " + seller + " -> " + buyer + ": given " + given
                    + ", received " + received + ", payment " + payment + ", fee " + fee);
        }
    }

    /** Permits the trade takes from (+) or adds to (−) the regulator's reserve. */
    public long fromReserve() {
        return received - given;
    }
}
