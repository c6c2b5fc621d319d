package org.airshed.market.trading;

import org.airshed.core.allocation.AllocationProblem;

/**
 * One compliance period: its sources (baselines and cost curves; cap, receptors and welfare
 * weights of the problem play no part) and the permits issued for it.
 *
 * @param sources    the period's sources (mass, money in current terms)
 * @param allowances permits issued for the period (mass ≥ 0)
 */
public record CompliancePeriod(AllocationProblem sources, double allowances) {
    public CompliancePeriod {
        if (sources == null) {
            throw new IllegalArgumentException("a compliance period needs its sources");
        }
        if (!Double.isFinite(allowances) || allowances < 0) {
            throw new IllegalArgumentException("allowances must be finite and ≥ 0, got " + allowances);
        }
    }

    /** Σ_i baseline_i (mass). */
    public double baselineEmissions() {
        double total = 0;
        for (int i = 0; i < sources.sourceCount(); i++) {
            total += sources.baseline(i);
        }
        return total;
    }
}
