package org.airshed.core.allocation.multi;

import java.util.List;
import org.airshed.core.allocation.AllocationStatus;

/**
 * The solver's answer for several pollutants. Arrays are owned by the solution and must not be modified.
 *
 * @param status         optimal, iteration-limit (with its certified gap) or infeasible (only with a proof)
 * @param abatement      a_ip, row-major {@code [i * P + p]} (mass); empty when infeasible
 * @param optionShares   x_o per global option index (see {@link MultiPollutantProblem#optionStart}); empty when infeasible
 * @param cost           Σ_i C_i, abatement cost only (money)
 * @param capPrices      λ_p ≥ 0 per pollutant (money per mass); 0 for a pollutant without a cap or with a slack one
 * @param receptorPrices μ_k ≥ 0 per receptor row (money per concentration unit)
 * @param relativeGap    certified gap, defined as for the one-pollutant solver; 0 when exact
 * @param iterations     outer iterations
 * @param reasons        why infeasible, or why stopped short (empty when optimal)
 */
public record MultiPollutantSolution(AllocationStatus status, double[] abatement, double[] optionShares, double cost,
                                     double[] capPrices, double[] receptorPrices, double relativeGap, int iterations,
                                     List<String> reasons) {
    public MultiPollutantSolution {
        reasons = List.copyOf(reasons);
    }

    public boolean isOptimal() {
        return status == AllocationStatus.OPTIMAL;
    }
}
