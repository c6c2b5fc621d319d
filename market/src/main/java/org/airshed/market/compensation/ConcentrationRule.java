package org.airshed.market.compensation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airshed.core.model.Checks;
import org.airshed.core.util.JsonPath;

/**
 * A Chinese-practice compensation rule (docs/DOMAIN.md §4): a clearing house (the province) pays each
 * region for the improvement of its own concentration and charges it for a deterioration,
 * {@code factor_i × pollutantWeight × schedule(|Δz_i|)}, whoever caused the change. The budget
 * need not balance: what the clearing house pays out in total is the rule's deficit.
 *
 * @param source          where the coefficients come from (a preset name or "custom"), for reports
 * @param pollutantWeight the scenario pollutant's weight in the province's index (Shandong: SO2 0.15)
 * @param tiers           marginal rate bands, money per concentration unit, the last one unbounded
 * @param regionalFactors multipliers by region id (Shandong: 1.5 for coastal cities); 1 when absent
 */
public record ConcentrationRule(String source, double pollutantWeight, List<RateTier> tiers,
                                Map<String, Double> regionalFactors) {
    public ConcentrationRule {
        tiers = List.copyOf(tiers);
        regionalFactors = Collections.unmodifiableMap(new LinkedHashMap<>(regionalFactors));
        Checks c = new Checks().notBlank("source", source).finiteNonNegative("pollutantWeight", pollutantWeight);
        c.require(!tiers.isEmpty(), "tiers", "[]", "at least one rate band is required");
        for (int t = 0; t + 1 < tiers.size(); t++) {
            c.require(Double.isFinite(tiers.get(t).upTo()), "tiers[" + t + "].upTo", tiers.get(t).upTo(),
                    "only the last band is unbounded");
            c.require(tiers.get(t + 1).upTo() > tiers.get(t).upTo(), "tiers[" + (t + 1) + "].upTo",
                    tiers.get(t + 1).upTo(), "bands must have increasing upTo");
        }
        if (!tiers.isEmpty()) {
            c.require(Double.isInfinite(tiers.get(tiers.size() - 1).upTo()), "tiers[" + (tiers.size() - 1) + "].upTo",
                    tiers.get(tiers.size() - 1).upTo(), "the last band has no upTo: it covers every larger change");
        }
        regionalFactors.forEach((region, factor) -> c.finiteNonNegative(JsonPath.child("regionalFactors", region), factor));
        c.throwIfAny();
    }

    /**
     * What the clearing house pays region {@code region} for an improvement of its concentration
     * by {@code improvement} (negative: a deterioration, and the region pays).
     */
    public double payment(String region, double improvement) {
        double magnitude = Math.abs(improvement);
        double amount = 0;
        double from = 0;
        for (RateTier tier : tiers) {
            double to = Math.min(magnitude, tier.upTo());
            if (to > from) {
                amount += (to - from) * tier.rate();
            }
            from = tier.upTo();
            if (from >= magnitude) {
                break;
            }
        }
        double factor = regionalFactors.getOrDefault(region, 1.0);
        return Math.signum(improvement) * factor * pollutantWeight * amount;
    }
}
