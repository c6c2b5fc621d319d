package org.airshed.market.study;

/**
 * A region's sources summed (docs/FORMAT.md {@code market.regions}); mass and money in the scenario's
 * units, exact to PERMIT and MONEY quanta.
 *
 * @param payment                   money the region's sources paid, net of what they received (negative: received)
 * @param presentValueAbatementCost  abatement cost with period t's discounted by (1 + r)^t (the sum with one period)
 */
public record RegionPosition(String region, double initialPermits, double emissions, double netPurchase,
                             double payment, double abatementCost, double shortfall, double presentValueAbatementCost) {
}
