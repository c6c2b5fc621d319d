package org.airshed.core.model.multi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.airshed.core.model.Checks;
import org.airshed.core.util.JsonPath;

/**
 * What a several-pollutant allocation must meet (FORMAT.md version 2). Every part is optional.
 *
 * @param caps           pollutant id → maximum total emissions after abatement (mass)
 * @param receptorLimits region id → maximum concentration
 * @param duties         region id → pollutant id → the region's stand-alone reduction duty (mass)
 */
public record MultiPolicy(Map<String, Double> caps, Map<String, Double> receptorLimits,
                          Map<String, Map<String, Double>> duties) {
    public static final MultiPolicy NONE = new MultiPolicy(Map.of(), Map.of(), Map.of());

    public MultiPolicy {
        Checks c = new Checks();
        caps = nonNegative(caps, "caps", c);
        receptorLimits = nonNegative(receptorLimits, "receptorLimits", c);
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        if (duties != null) {
            duties.forEach((region, row) -> copy.put(region, nonNegative(row, JsonPath.child("duties", region), c)));
        }
        duties = Collections.unmodifiableMap(copy);
        c.throwIfAny();
    }

    /** Region {@code region}'s duty for {@code pollutant}; 0 when none is given. */
    public double duty(String region, String pollutant) {
        return duties.getOrDefault(region, Map.of()).getOrDefault(pollutant, 0.0);
    }

    private static Map<String, Double> nonNegative(Map<String, Double> values, String field, Checks c) {
        Map<String, Double> copy = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((k, v) -> {
                c.finiteNonNegative(JsonPath.child(field, k), v == null ? Double.NaN : v);
                copy.put(k, v);
            });
        }
        return Collections.unmodifiableMap(copy);
    }
}
