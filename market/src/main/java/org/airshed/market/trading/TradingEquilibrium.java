package org.airshed.market.trading;

/**
 * A single-period competitive permit market at equilibrium. Mass and money are the problem's
 * units (e.g. tonnes, yuan). Arrays are per source and copied in and out.
 *
 * @param transactionCost   t ≥ 0, paid by the buyer on every unit bought (money per mass)
 * @param sellerPrice       p ≥ 0, what a seller receives per unit (money per mass)
 * @param abatement         a_i per source (mass)
 * @param emissions         baseline_i − a_i per source (mass)
 * @param netPurchase       permits bought (+) or sold (−) per source (mass); Σ = 0
 * @param volume            permits changing hands, Σ of the purchases (mass)
 * @param abatementCost     Σ_i C_i(a_i) (money)
 * @param transactionCosts  t · volume (money)
 * @param unusedPermits     permits held beyond emissions after trading (mass); positive only at price 0
 */
public record TradingEquilibrium(double transactionCost, double sellerPrice, double[] abatement, double[] emissions,
                                 double[] netPurchase, double volume, double abatementCost, double transactionCosts,
                                 double unusedPermits) {
    public TradingEquilibrium {
        abatement = abatement.clone();
        emissions = emissions.clone();
        netPurchase = netPurchase.clone();
    }

    /** What a buyer pays per unit, p + t (money per mass). */
    public double buyerPrice() {
        return sellerPrice + transactionCost;
    }

    /** Abatement cost plus transaction costs (money). */
    public double totalCost() {
        return abatementCost + transactionCosts;
    }

    @Override
    public double[] abatement() {
        return abatement.clone();
    }

    @Override
    public double[] emissions() {
        return emissions.clone();
    }

    @Override
    public double[] netPurchase() {
        return netPurchase.clone();
    }
}
