package org.airshed.core.study.multi;

/**
 * One pollutant's totals in an allocation (mass; capPrice money per mass).
 *
 * @param cap      the cap, NaN when the policy has none
 * @param capPrice λ_p ≥ 0, the cap's dual (0 without a cap or when it is slack)
 */
public record PollutantOutcome(String id, double baseline, double reduction, double emissions, double cap,
                               double capPrice) {
}
