package org.airshed.scenarios.sweep;

import java.util.List;

/**
 * One thing a sweep varies.
 *
 * @param name        the column it gets in runs.csv
 * @param targets     the fields it changes (at least one)
 * @param values      where its values come from
 * @param independent for a draw whose paths name several fields: each field gets its own draw
 *                    (transfer-matrix uncertainty) instead of all taking the same one
 */
public record SweepParameter(String name, List<Target> targets, ParameterValues values, boolean independent) {
    public SweepParameter {
        targets = List.copyOf(targets);
        if (name == null || name.isBlank() || targets.isEmpty() || values == null) {
            throw new IllegalArgumentException("a parameter needs a name, a target and values: " + name);
        }
        if (independent && !(values instanceof ParameterValues.Draw)) {
            throw new IllegalArgumentException("only a draw can be independent per field: " + name);
        }
    }

    public boolean isDimension() {
        return values instanceof ParameterValues.Dimension;
    }
}
