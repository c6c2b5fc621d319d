package org.airshed.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.airshed.core.util.JsonPath;

/**
 * What the allocation must meet. Every part is optional.
 *
 * @param cap            maximum total emissions after abatement (mass)
 * @param receptorLimits maximum concentration per receptor region
 * @param duties         each region's stand-alone reduction duty (mass), the administrative
 *                       region-by-region baseline that cooperation is compared with
 */
public record Policy(OptionalDouble cap, Map<String, Double> receptorLimits, Map<String, Double> duties) {
    public static final Policy NONE = new Policy(OptionalDouble.empty(), Map.of(), Map.of());

    public Policy {
        cap = cap == null ? OptionalDouble.empty() : cap;
        Checks c = new Checks();
        if (cap.isPresent()) {
            c.finiteNonNegative("cap", cap.getAsDouble());
        }
        receptorLimits = frozen(receptorLimits, "receptorLimits", c);
        duties = frozen(duties, "duties", c);
        c.throwIfAny();
    }

    private static Map<String, Double> frozen(Map<String, Double> values, String field, Checks c) {
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
