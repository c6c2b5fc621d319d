package org.airshed.scenarios.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * summary.csv read back: per swept parameter, its values in sweep order, and the statistics of
 * each metric over the ok runs at each value (the group "all" is every run).
 */
final class SweepStatistics {
    static final String ALL = "all";
    private final CsvRows rows;
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    SweepStatistics(CsvRows rows) {
        this.rows = rows;
        for (CsvRows.Row row : rows.rows()) {
            String parameter = row.text("parameter");
            if (parameter != null && !parameter.equals(ALL)) {
                List<String> list = values.computeIfAbsent(parameter, k -> new ArrayList<>());
                String value = row.text("value");
                if (value != null && !list.contains(value)) {
                    list.add(value);
                }
            }
        }
    }

    /** The list and grid parameters, each with its values in sweep order. */
    Map<String, List<String>> parameters() {
        return values;
    }

    /** The rows of one parameter and metric, in value order. */
    List<CsvRows.Row> of(String parameter, String metric) {
        return rows.rows(r -> parameter.equals(r.text("parameter")) && metric.equals(r.text("metric")));
    }

    /** The row of metric over every run; null when absent. */
    CsvRows.Row overall(String metric) {
        List<CsvRows.Row> all = of(ALL, metric);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every metric, in file order. */
    List<String> metrics() {
        List<String> metrics = new ArrayList<>();
        for (CsvRows.Row row : rows.rows()) {
            String metric = row.text("metric");
            if (metric != null && !metrics.contains(metric)) {
                metrics.add(metric);
            }
        }
        return metrics;
    }
}
