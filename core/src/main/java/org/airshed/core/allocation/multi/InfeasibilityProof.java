package org.airshed.core.allocation.multi;

import java.util.ArrayList;
import java.util.List;

/**
 * Words for a Farkas certificate of infeasibility: weights y ≥ 0 on the coupling rows such that
 * the weighted requirement Σ_j y_j b_j exceeds the most any allocation gives the weighted rows,
 * Σ_r max_{A_r} Σ_j y_j row_j(A_r) (every source choosing, on its own, what the weighted rows
 * like best). Any feasible allocation would reach at least the weighted requirement, so none
 * exists. With signed transfer coefficients one row at a time is not enough (rows conflict), so
 * the proof names the rows that conflict, with the weights and numbers a reader can check.
 */
final class InfeasibilityProof {
    private InfeasibilityProof() {
    }

    /** The proof in numbers: the rows with weight above rounding, scaled so that the largest weight is 1. */
    static InfeasibilityCertificate certificate(CouplingRows rows, double[] y, double weightedRequirement,
                                                double weightedReach, int iterations) {
        double largest = 0;
        for (double v : y) {
            largest = Math.max(largest, v);
        }
        List<InfeasibilityCertificate.WeightedRow> weighted = new ArrayList<>();
        for (int j = 0; j < y.length; j++) {
            if (y[j] > 1e-12 * largest) {
                weighted.add(new InfeasibilityCertificate.WeightedRow(j < rows.caps ? rows.capPollutant[j] : -1,
                        j < rows.caps ? -1 : j - rows.caps, y[j] / largest, rows.requirement[j]));
            }
        }
        return new InfeasibilityCertificate(weighted, weightedRequirement / largest, weightedReach / largest,
                iterations);
    }

    static List<String> explain(MultiPollutantProblem q, CouplingRows rows, double[] y, double weightedRequirement,
                                double weightedReach) {
        double largest = 0;
        for (double v : y) {
            largest = Math.max(largest, v);
        }
        List<Integer> involved = new ArrayList<>();
        for (int j = 0; j < y.length; j++) {
            if (y[j] > 1e-12 * largest) {
                involved.add(j);
            }
        }
        List<String> reasons = new ArrayList<>();
        if (involved.size() == 1) {
            int j = involved.get(0);
            double most = weightedReach / y[j];
            reasons.add(rows.name(q, j) + " cannot be met: the most any allocation reaches is " + most
                    + ", less than required " + rows.requirement[j] + " (short by " + (rows.requirement[j] - most) + ")");
            return reasons;
        }
        StringBuilder names = new StringBuilder();
        StringBuilder weights = new StringBuilder();
        for (int n = 0; n < involved.size(); n++) {
            int j = involved.get(n);
            String sep = n == 0 ? "" : n == involved.size() - 1 ? " and " : ", ";
            names.append(sep).append(rows.name(q, j));
            weights.append(n == 0 ? "" : ", ").append(rows.name(q, j)).append(" × ").append(y[j] / largest)
                    .append(" (requirement ").append(rows.requirement[j]).append(')');
        }
        reasons.add(names + " cannot be met together: weighting the rows " + weights
                + ", the weighted requirement is " + weightedRequirement / largest
                + " but no allocation reaches more than " + weightedReach / largest
                + " (short by " + (weightedRequirement - weightedReach) / largest + ")");
        return reasons;
    }
}
