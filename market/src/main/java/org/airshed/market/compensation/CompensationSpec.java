package org.airshed.market.compensation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airshed.core.model.Checks;
import org.airshed.core.util.JsonPath;

/**
 * A scenario's {@code compensation} section: the baseline, the rules to compare, and their
 * settings.
 *
 * @param allowances         polluter-pays allowances by region (mass); a region without one is
 *                           allowed its emissions in the baseline plan
 * @param shapleyMethod      exact, sampled or auto
 * @param permutations       random orders drawn by sampled Shapley
 * @param confidence         level of the sampled Shapley confidence intervals, in (0, 1)
 * @param concentrationRules per-concentration rules by name; rule {@code concentration-<name>} uses one
 */
public record CompensationSpec(Baseline baseline, List<String> rules, Map<String, Double> allowances,
                               ShapleyMethod shapleyMethod, int permutations, double confidence,
                               Map<String, ConcentrationRule> concentrationRules) {
    public static final int EXACT_SHAPLEY_MAX_PLAYERS = 20;
    public static final int DEFAULT_PERMUTATIONS = 20_000;
    public static final double DEFAULT_CONFIDENCE = 0.95;

    public CompensationSpec {
        rules = List.copyOf(rules);
        allowances = Collections.unmodifiableMap(new LinkedHashMap<>(allowances));
        concentrationRules = Collections.unmodifiableMap(new LinkedHashMap<>(concentrationRules));
        Checks c = new Checks();
        c.require(baseline != null, "baseline", null, "is required: one of " + Baseline.keys());
        c.require(permutations >= 2, "shapley.permutations", permutations, "must be at least 2");
        c.require(confidence > 0 && confidence < 1, "shapley.confidence", confidence, "must be between 0 and 1");
        allowances.forEach((region, value) -> c.finiteNonNegative(JsonPath.child("allowances", region), value));
        c.throwIfAny();
    }
}
