package org.airshed.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.airshed.core.util.JsonPath;

/**
 * Source→receptor transfer coefficients: {@code coefficient(receptor, sourceRegion)} is the
 * concentration at the receptor region per unit of emission (mass) from the source region.
 * Missing entries are 0. Iteration order is the file's order.
 */
public record TransferMatrix(Map<String, Map<String, Double>> coefficients) {
    public static final TransferMatrix EMPTY = new TransferMatrix(Map.of());

    public TransferMatrix {
        Checks c = new Checks();
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        coefficients.forEach((receptor, row) -> {
            Map<String, Double> rowCopy = new LinkedHashMap<>();
            row.forEach((source, value) -> {
                double v = value == null ? Double.NaN : value;
                if (!(Double.isFinite(v) && v >= 0)) { // named only when wrong: a matrix has many cells
                    c.finiteNonNegative(JsonPath.child(JsonPath.key(receptor), source), v);
                }
                rowCopy.put(source, value);
            });
            copy.put(receptor, Collections.unmodifiableMap(rowCopy));
        });
        c.throwIfAny();
        coefficients = Collections.unmodifiableMap(copy);
    }

    public double coefficient(String receptor, String sourceRegion) {
        Map<String, Double> row = coefficients.get(receptor);
        if (row == null) {
            return 0;
        }
        Double value = row.get(sourceRegion);
        return value == null ? 0 : value;
    }
}
