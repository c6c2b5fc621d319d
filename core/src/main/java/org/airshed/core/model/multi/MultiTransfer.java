package org.airshed.core.model.multi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.airshed.core.model.Checks;
import org.airshed.core.util.JsonPath;

/**
 * Precursor transfer coefficients (FORMAT.md version 2): receptor region → pollutant → source region →
 * concentration at the receptor per unit of that pollutant emitted in the source region. Signed: a
 * negative coefficient (nitrate or ozone titration) means cutting that emission raises the concentration.
 * A missing entry is 0.
 */
public record MultiTransfer(Map<String, Map<String, Map<String, Double>>> coefficients) {
    public static final MultiTransfer EMPTY = new MultiTransfer(Map.of());

    public MultiTransfer {
        Checks c = new Checks();
        Map<String, Map<String, Map<String, Double>>> rows = new LinkedHashMap<>();
        if (coefficients != null) {
            coefficients.forEach((receptor, byPollutant) -> {
                Map<String, Map<String, Double>> row = new LinkedHashMap<>();
                byPollutant.forEach((pollutant, bySource) -> {
                    Map<String, Double> cells = new LinkedHashMap<>();
                    bySource.forEach((source, value) -> {
                        double v = value == null ? Double.NaN : value;
                        if (!Double.isFinite(v)) { // named only when wrong: a matrix has many cells
                            c.finite(JsonPath.child(JsonPath.child(JsonPath.key(receptor), pollutant), source), v);
                        }
                        cells.put(source, v);
                    });
                    row.put(pollutant, Collections.unmodifiableMap(cells));
                });
                rows.put(receptor, Collections.unmodifiableMap(row));
            });
        }
        c.throwIfAny();
        coefficients = Collections.unmodifiableMap(rows);
    }

    /** The coefficient of {@code pollutant} from {@code source} at {@code receptor}; 0 when absent. */
    public double coefficient(String receptor, String pollutant, String source) {
        return coefficients.getOrDefault(receptor, Map.of()).getOrDefault(pollutant, Map.of())
                .getOrDefault(source, 0.0);
    }
}
