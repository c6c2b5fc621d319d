package org.airshed.core.model.multi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.airshed.core.model.Checks;
import org.airshed.core.model.TechnologyOption;
import org.airshed.core.util.JsonPath;

/**
 * A control measure that may cut several pollutants at once (wet FGD: SO2 and PM2.5), applied in
 * a share x ∈ [0, 1] of the source (FORMAT.md version 2, {@code options[]}).
 *
 * @param removal    pollutant id → fraction of that pollutant's baseline removed at full application, in [0, 1];
 *                   a pollutant not named is not removed
 * @param annualCost cost at full application (money per year, ≥ 0)
 */
public record CoControlOption(String name, Map<String, Double> removal, double annualCost) {
    public CoControlOption {
        Checks c = new Checks().notBlank("name", name).name("name", name)
                .require(name == null || !TechnologyOption.NO_CONTROL.equalsIgnoreCase(name.strip()), "name", name,
                        "is reserved for no control, which is always allowed")
                .finiteNonNegative("annualCost", annualCost);
        Map<String, Double> copy = new LinkedHashMap<>();
        if (removal != null) {
            removal.forEach((pollutant, fraction) -> {
                double f = fraction == null ? Double.NaN : fraction;
                c.require(f >= 0 && f <= 1, JsonPath.child("removal", pollutant), f, "must be a fraction in [0, 1]");
                copy.put(pollutant, f);
            });
        }
        c.throwIfAny();
        removal = Collections.unmodifiableMap(copy);
    }

    /** The fraction of {@code pollutant} removed at full application; 0 when not named. */
    public double removal(String pollutant) {
        return removal.getOrDefault(pollutant, 0.0);
    }
}
