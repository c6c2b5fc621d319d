package org.airshed.core.study;

/**
 * One source's share of the allocation. Masses in the scenario's mass unit, money in its money
 * unit.
 *
 * @param baseline     emissions before abatement (mass)
 * @param abatement    reduction assigned to the source (mass, ≥ 0)
 * @param emissions    baseline − abatement (mass)
 * @param cost         abatement cost C_i(a_i) (money; negative when the abatement pays for itself)
 * @param marginalCost unit cost of the last unit abated (money per mass; the first block's at zero
 *                     abatement); NaN when the source cannot abate
 * @param price        price the source faces, w_r + λ + Σ_k μ_k T_kr (money per mass): at an
 *                     interior optimum it equals the marginal cost
 */
public record SourceOutcome(String id, String region, String sector, String department, double baseline,
                            double abatement, double emissions, double cost, double marginalCost, double price) {
}
