package org.airshed.core.model.multi;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airshed.core.model.AbatementCurve;
import org.airshed.core.model.Checks;
import org.airshed.core.model.OptionCurve;
import org.airshed.core.model.PaddedNames;
import org.airshed.core.util.JsonPath;

/**
 * A source emitting several pollutants (FORMAT.md version 2). It abates in exactly one way: independent
 * convex {@code curves} per pollutant (steps or quadratic, each bounded by that pollutant's baseline), or
 * co-control {@code options} applied in shares (an empty list: it cannot abate).
 *
 * @param emissions pollutant id → baseline emissions (mass per year, ≥ 0); an absent pollutant emits 0
 * @param curves    pollutant id → curve, or null when the source has options; a pollutant without a curve cannot be abated
 * @param options   the source's control measures, or null when it has curves
 */
public record MultiSource(String id, String region, String sector, String department, Map<String, Double> emissions,
                          Map<String, AbatementCurve> curves, List<CoControlOption> options) {
    public MultiSource {
        // Left out, empty or blank: none (""). Anything else is a name, taken as written.
        sector = sector == null || PaddedNames.isBlank(sector) ? "" : sector;
        department = department == null || PaddedNames.isBlank(department) ? "" : department;
        Checks c = new Checks().notBlank("id", id).name("id", id).notBlank("region", region).name("region", region)
                .name("sector", sector).name("department", department);
        Map<String, Double> e = new LinkedHashMap<>();
        if (emissions != null) {
            emissions.forEach((pollutant, amount) -> {
                double a = amount == null ? Double.NaN : amount;
                c.finiteNonNegative(JsonPath.child("emissions", pollutant), a);
                e.put(pollutant, a);
            });
        }
        emissions = Collections.unmodifiableMap(e);
        c.require(curves == null || options == null, "", "curves and options",
                "a source abates in exactly one way: give curves or options, not both");
        c.require(curves != null || options != null, "", null,
                "a source needs curves (per pollutant) or options (co-control measures; [] when it cannot abate)");
        if (curves != null) {
            Map<String, AbatementCurve> copy = new LinkedHashMap<>();
            curves.forEach((pollutant, curve) -> {
                c.require(!(curve instanceof OptionCurve), JsonPath.child("curves", pollutant), "options",
                        "a curve is steps or quadratic; co-control options go in the source's options");
                // A pollutant the source does not list may be undeclared: the scenario checks it by name first.
                if (e.containsKey(pollutant)) {
                    double baseline = e.get(pollutant);
                    c.require(curve.maxAbatement() <= baseline, JsonPath.child("curves", pollutant), curve.maxAbatement(),
                            "the curve abates more than the source emits of " + pollutant + " (" + baseline + ")");
                }
                copy.put(pollutant, curve);
            });
            curves = Collections.unmodifiableMap(copy);
        }
        if (options != null) {
            options = List.copyOf(options);
            Set<String> names = new HashSet<>();
            for (int o = 0; o < options.size(); o++) {
                c.require(names.add(options.get(o).name()), "options[" + o + "].name", options.get(o).name(),
                        "duplicate option name in this source");
            }
        }
        c.throwIfAny();
    }

    /** Baseline emissions of {@code pollutant} (mass); 0 when not emitted. */
    public double emissions(String pollutant) {
        return emissions.getOrDefault(pollutant, 0.0);
    }

    public boolean hasOptions() {
        return options != null;
    }
}
