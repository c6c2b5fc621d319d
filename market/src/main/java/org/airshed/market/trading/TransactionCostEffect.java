package org.airshed.market.trading;

/**
 * Stavins (1995): the same initial permits traded without and with a per-unit transaction cost.
 *
 * @param frictionless the equilibrium at t = 0 (the least-cost allocation, Montgomery)
 * @param withCost     the equilibrium at the given t
 */
public record TransactionCostEffect(TradingEquilibrium frictionless, TradingEquilibrium withCost) {
    /** Total cost (abatement + transaction costs) above the frictionless case (money, ≥ 0). */
    public double loss() {
        return withCost.totalCost() - frictionless.totalCost();
    }

    /** Permits that no longer change hands (mass, ≥ 0 up to ties). */
    public double volumeReduction() {
        return frictionless.volume() - withCost.volume();
    }
}
