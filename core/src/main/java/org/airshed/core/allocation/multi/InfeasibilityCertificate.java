package org.airshed.core.allocation.multi;

import java.util.List;

/**
 * Phase 1's proof that no allocation meets the coupling rows (a Farkas certificate): weights ≥ 0 on
 * the rows, the largest 1, such that the weighted requirement exceeds the most any allocation gives
 * the weighted rows (every source choosing, on its own, what the weighted rows like best).
 *
 * @param rows                the rows with a positive weight, caps first, then receptors, each in problem order
 * @param weightedRequirement Σ weight × requirement
 * @param weightedReach       the most any allocation reaches on the weighted rows (below the requirement)
 * @param iterations          outer iterations of phase 1
 */
public record InfeasibilityCertificate(List<WeightedRow> rows, double weightedRequirement, double weightedReach,
                                       int iterations) {
    public InfeasibilityCertificate {
        rows = List.copyOf(rows);
    }

    /** How far the most any allocation reaches falls short of the weighted requirement (> 0). */
    public double shortfall() {
        return weightedRequirement - weightedReach;
    }

    /**
     * One row of the proof.
     *
     * @param pollutant   the capped pollutant's index for a cap row, −1 for a receptor row
     * @param receptor    the receptor row's index (problem order) for a receptor row, −1 for a cap row
     * @param weight      the row's weight (> 0, the largest 1)
     * @param requirement the reduction from no abatement the row needs: emissions for a cap (mass), the
     *                    concentration for a receptor (concentration units; negative: the rise it allows)
     */
    public record WeightedRow(int pollutant, int receptor, double weight, double requirement) {
        public boolean isCap() {
            return receptor < 0;
        }
    }
}
