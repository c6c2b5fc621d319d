package org.airshed.market.trading;

/**
 * The answer to a proposed trade: the seller gives up {@code sellerReduction} permits (mass), the
 * buyer receives {@code buyerIncrease} = ratio × that (mass). Zero amounts when rejected.
 *
 * @param code            {@link ApprovalCode#APPROVED} or why not
 * @param seller          seller's source index
 * @param buyer           buyer's source index
 * @param sellerReduction permits the seller gives up (mass)
 * @param buyerIncrease   permits the buyer receives (mass)
 * @param ratio           buyer's units per seller unit (NaN when rejected before it was computed)
 */
public record TradeApproval(ApprovalCode code, int seller, int buyer, double sellerReduction, double buyerIncrease,
                            double ratio) {
    static TradeApproval rejected(ApprovalCode code, int seller, int buyer, double ratio) {
        return new TradeApproval(code, seller, buyer, 0, 0, ratio);
    }

    public boolean approved() {
        return code == ApprovalCode.APPROVED;
    }

    /** The holdings after the trade (a copy; unchanged when rejected). */
    public double[] applyTo(double[] holdings) {
        double[] after = holdings.clone();
        if (approved()) {
            after[seller] -= sellerReduction;
            after[buyer] += buyerIncrease;
        }
        return after;
    }
}
