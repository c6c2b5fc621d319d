package org.airshed.core.study.multi;

/**
 * One region in a several-pollutant allocation: its cost, its concentration as a receptor and, per
 * pollutant (index p of the scenario's pollutants), what its sources emit and abate.
 *
 * @param cost                  Σ over its sources of their abatement cost (money per year)
 * @param baselineConcentration background plus every baseline emission's contribution
 * @param concentration         after abatement
 * @param limit                 its receptor limit, NaN when none
 * @param receptorPrice         μ_j ≥ 0 of its limit (money per concentration unit), NaN when none
 * @param damage                δ_j × concentration (money per year; δ_j as the objective counts it)
 * @param deathsAvoided         population × mortalityRate × (1 − exp(−beta × ΔC)), NaN without health
 * @param healthValue           deathsAvoided × vsl (money per year), NaN without health
 * @param baseline              per pollutant, its sources' baseline emissions (mass)
 * @param reduction             per pollutant, their abatement (mass)
 */
public record MultiRegionOutcome(String id, String name, double cost, double baselineConcentration,
                                 double concentration, double limit, double receptorPrice, double damage,
                                 double deathsAvoided, double healthValue, double[] baseline, double[] reduction) {
    public MultiRegionOutcome {
        baseline = baseline.clone();
        reduction = reduction.clone();
    }

    public double baseline(int p) {
        return baseline[p];
    }

    public double reduction(int p) {
        return reduction[p];
    }

    public double emissions(int p) {
        return baseline[p] - reduction[p];
    }

    /** ΔC: the fall in concentration from the baseline (negative: a rise). */
    public double concentrationFall() {
        return baselineConcentration - concentration;
    }
}
