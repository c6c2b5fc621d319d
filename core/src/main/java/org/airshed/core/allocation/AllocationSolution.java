package org.airshed.core.allocation;

import java.util.List;

/**
 * The solver's answer. Arrays are owned by the solution and must not be modified.
 *
 * @param status         optimal or infeasible
 * @param abatement      a_i per source (mass); empty when infeasible
 * @param cost           Σ_i C_i(a_i), abatement cost only (money)
 * @param capPrice       λ ≥ 0, dual of the cap (money per mass; 0 when there is no cap or it is slack)
 * @param receptorPrices μ_k ≥ 0 per receptor constraint (money per concentration unit)
 * @param relativeGap    certified gap: (objective − Lagrangian bound at the reported duals) divided by
 *                       max(1, |objective|, abatement cost) — the cost term keeps a welfare objective
 *                       near zero, where avoided damages cancel costs, from inflating it; 0 when exact
 * @param iterations     outer iterations (0 for the direct cap-only selection)
 * @param reasons        why the problem is infeasible (empty when optimal)
 */
public record AllocationSolution(AllocationStatus status, double[] abatement, double cost, double capPrice,
                                 double[] receptorPrices, double relativeGap, int iterations, List<String> reasons) {
    public AllocationSolution {
        reasons = List.copyOf(reasons);
    }

    public static AllocationSolution infeasible(List<String> reasons, int receptors) {
        return new AllocationSolution(AllocationStatus.INFEASIBLE, new double[0], Double.NaN, Double.NaN,
                new double[receptors], Double.NaN, 0, reasons);
    }

    public boolean isOptimal() {
        return status == AllocationStatus.OPTIMAL;
    }

    /** Total abatement Σ_i a_i (mass). */
    public double totalAbatement() {
        double total = 0;
        for (double a : abatement) {
            total += a;
        }
        return total;
    }

    /** Price faced by every source of region r: w_r + λ + Σ_k μ_k T_kr (money per mass). */
    public double regionPrice(AllocationProblem problem, int r) {
        return problem.regionPrice(r, capPrice, receptorPrices);
    }
}
