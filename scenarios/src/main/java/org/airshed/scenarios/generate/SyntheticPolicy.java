package org.airshed.scenarios.generate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.airshed.core.model.Policy;

/**
 * The policy set from the drawn inventory: a cap requiring {@code capShare} of the largest
 * possible total abatement and, at each receptor, a limit requiring {@code receptorShare} of
 * the largest possible concentration reduction there. Every source at its maximum meets all of
 * them at once, so the scenario is feasible by construction.
 *
 * <p>The requirements are computed from the rounded cap and limits the file states, in the same
 * order and arithmetic as {@code ScenarioProblem}, so the in-memory problem equals the one read
 * back from the files bit for bit.
 *
 * @param cap                  maximum total emissions (t per year)
 * @param capRequirement       Σ baselines − cap (t per year)
 * @param receptorRegions      region index of each receptor, in region order
 * @param limits               maximum concentration per receptor (µg/m³)
 * @param receptorRequirements background + Σ_r T_kr E_r − limit per receptor (µg/m³)
 */
record SyntheticPolicy(double cap, double capRequirement, int[] receptorRegions, double[] limits,
                       double[] receptorRequirements) {
    private static final double CAP_SCALE = 1_000;
    private static final double LIMIT_SCALE = 10_000;

    static SyntheticPolicy of(GeneratorSpec spec, SyntheticRegions regions, SourceTotals totals) {
        double cap = Draws.round(totals.totalBaseline - spec.capShare() * totals.totalMaxAbatement, CAP_SCALE);
        double capRequirement = totals.totalBaseline - cap;
        int[] receptors = regions.receptorRegions();
        double[] limits = new double[receptors.length];
        double[] requirements = new double[receptors.length];
        for (int j = 0; j < receptors.length; j++) {
            int k = receptors[j];
            double atBaseline = regions.background(k);
            double reducible = 0;
            for (int r = 0; r < regions.count(); r++) {
                double t = regions.transfer(k, r);
                atBaseline += t * totals.regionBaseline[r];
                reducible += t * totals.regionMaxAbatement[r];
            }
            limits[j] = Math.max(regions.background(k),
                    Draws.round(atBaseline - spec.receptorShare() * reducible, LIMIT_SCALE));
            requirements[j] = atBaseline - limits[j];
        }
        return new SyntheticPolicy(cap, capRequirement, receptors, limits, requirements);
    }

    /** The model policy: the cap and the receptor limits keyed by region id; no duties. */
    Policy modelPolicy(SyntheticRegions regions) {
        Map<String, Double> receptorLimits = new LinkedHashMap<>();
        for (int j = 0; j < receptorRegions.length; j++) {
            receptorLimits.put(regions.id(receptorRegions[j]), limits[j]);
        }
        return new Policy(OptionalDouble.of(cap), receptorLimits, Map.of());
    }
}
