package org.airshed.market.compensation;

import org.airshed.core.model.Checks;

/**
 * One band of a per-concentration rate schedule: {@code rate} money per concentration unit for the
 * part of a change up to {@code upTo} (concentration units; infinite for the last band). Bands are
 * marginal, like income-tax brackets: Shanxi's "100,000 yuan per µg/m³ up to 5, 200,000 above"
 * pays 500,000 + 200,000 × (Δ − 5) for Δ > 5.
 */
public record RateTier(double upTo, double rate) {
    public RateTier {
        new Checks().require(upTo > 0 && !Double.isNaN(upTo), "upTo", upTo, "must be > 0 (leave it out on the last band)")
                .finiteNonNegative("rate", rate)
                .throwIfAny();
    }
}
