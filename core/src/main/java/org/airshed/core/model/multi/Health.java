package org.airshed.core.model.multi;

import org.airshed.core.model.Checks;

/**
 * A receptor region's concentration–response function (FORMAT.md version 2, {@code regions[].health}).
 * Deaths avoided for a fall ΔC in concentration: population × mortalityRate × (1 − exp(−beta × ΔC)).
 *
 * @param mortalityRate baseline deaths per person per year, in [0, 1]
 * @param beta          log-linear coefficient per concentration unit (≥ 0)
 * @param vsl           value of a statistical life (money, ≥ 0)
 */
public record Health(double mortalityRate, double beta, double vsl) {
    public Health {
        new Checks().require(Double.isFinite(mortalityRate) && mortalityRate >= 0 && mortalityRate <= 1,
                        "mortalityRate", mortalityRate, "must be a rate of deaths per person per year in [0, 1]")
                .finiteNonNegative("beta", beta)
                .finiteNonNegative("vsl", vsl).throwIfAny();
    }

    /** Deaths avoided a year in a population of {@code population} when concentration falls by {@code fall} (may be negative: a rise). */
    public double deathsAvoided(double population, double fall) {
        return population * mortalityRate * -Math.expm1(-beta * fall);
    }

    /** The damage value linearised at no change: money per concentration unit per year. */
    public double linearisedDamage(double population) {
        return population * mortalityRate * beta * vsl;
    }
}
