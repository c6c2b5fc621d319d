package org.airshed.core.study;

import java.util.OptionalDouble;

/**
 * One region's share of the allocation and the air it then breathes.
 *
 * @param baseline      baseline emissions of the region's sources (mass)
 * @param reduction     total abatement of its sources (mass)
 * @param emissions     baseline − reduction (mass)
 * @param cost          abatement cost of its sources (money)
 * @param concentration z_j = background_j + Σ_r T_jr·(E_r − A_r) (concentration)
 * @param limit         the receptor limit at the region, when the policy sets one (concentration)
 * @param receptorPrice μ_j ≥ 0, dual of that limit (money per concentration unit), when it is set
 * @param damage        δ_j·z_j (money per year)
 * @param price         price faced by every source of the region, w_r + λ + Σ_k μ_k T_kr
 *                      (money per mass)
 */
public record RegionOutcome(String id, double baseline, double reduction, double emissions, double cost,
                            double concentration, OptionalDouble limit, OptionalDouble receptorPrice,
                            double damage, double price) {
}
