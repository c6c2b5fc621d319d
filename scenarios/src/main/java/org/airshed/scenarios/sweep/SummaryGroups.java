package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of summary.csv, numbered: 0 is every run ({@code all}); then, for each list or grid
 * parameter in order, one group per value as runs.csv writes it, in the parameter's order (two
 * values written alike are one group).
 */
final class SummaryGroups {
    private final List<String> parameters = new ArrayList<>();
    private final List<Map<String, Integer>> values = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final int[] first;

    SummaryGroups(SweepSpec spec) {
        List<SweepParameter> dimensions = spec.dimensions();
        first = new int[dimensions.size()];
        int next = 1;
        for (int d = 0; d < dimensions.size(); d++) {
            SweepParameter p = dimensions.get(d);
            Map<String, Integer> index = new LinkedHashMap<>();
            for (JsonNode value : ((ParameterValues.Dimension) p.values()).values()) {
                index.putIfAbsent(SweepTables.cell(SweepPlan.normalized(value)), index.size());
            }
            parameters.add(p.name());
            values.add(index);
            labels.addAll(index.keySet());
            first[d] = next;
            next += index.size();
        }
    }

    /** The list and grid parameters, whose values are groups. */
    int dimensions() {
        return parameters.size();
    }

    String parameter(int dimension) {
        return parameters.get(dimension);
    }

    /** Groups in all, {@code all} included. */
    int count() {
        return 1 + labels.size();
    }

    /** The groups of one parameter: {@code first(d) .. first(d) + size(d) - 1}. */
    int first(int dimension) {
        return first[dimension];
    }

    int size(int dimension) {
        return values.get(dimension).size();
    }

    /** The group of a value of parameter {@code dimension} as runs.csv writes it; -1 when it is none of them. */
    int group(int dimension, String cell) {
        Integer local = values.get(dimension).get(cell);
        return local == null ? -1 : first[dimension] + local;
    }

    /** summary.csv's {@code parameter} cell of group g. */
    String parameterOf(int group) {
        return group == 0 ? SweepTables.ALL : parameters.get(dimensionOf(group));
    }

    /** summary.csv's {@code value} cell of group g. */
    String valueOf(int group) {
        return group == 0 ? "" : labels.get(group - 1);
    }

    private int dimensionOf(int group) {
        int d = first.length - 1;
        while (first[d] > group) {
            d--;
        }
        return d;
    }
}
