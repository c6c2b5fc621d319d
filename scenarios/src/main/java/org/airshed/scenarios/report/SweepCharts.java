package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airshed.scenarios.run.ResultNumbers;

/**
 * A sweep's charts: per swept parameter, the distribution of each headline number at each value
 * (box plots of summary.csv's percentiles) and the share of runs in which each rule is
 * individually rational and in the core (summary.csv's means of those yes/no columns); per pair of
 * swept parameters, heat maps over both (runs.csv, aggregated here).
 */
final class SweepCharts {
    /** Pairs of swept parameters drawn as heat maps, at most. */
    static final int MOST_PAIRS = 3;
    static final String RATIONAL = "every region better off than alone";
    static final String CORE = "in the core";
    /** Shows an ordinal value that is a number with thousands separators. */
    static final String VALUE_LABELS = "isValid(toNumber(datum.value)) ? format(toNumber(datum.value), ',~r')"
            + " : datum.value";

    private SweepCharts() {
    }

    static Chart distributions(String parameter, String slug, List<String> values, SweepStatistics stats,
                               List<SweepMetrics.Metric> metrics, DisplayUnits units) {
        ArrayNode rows = Json.array();
        ArrayNode panels = Json.array();
        for (SweepMetrics.Metric metric : metrics) {
            double largest = 0;
            for (CsvRows.Row r : stats.of(parameter, metric.path())) {
                ObjectNode row = rows.addObject();
                row.put("metric", metric.path());
                row.put("value", r.text("value"));
                for (String column : List.of("n", "mean", "min", "p5", "p25", "median", "p75", "p95", "max")) {
                    row.set(column, Json.number(r.number(column)));
                }
                largest = Math.max(largest, MoneyAxis.largest(r.number("min"), r.number("max")));
            }
            ObjectNode axis = switch (metric.kind()) {
                case MONEY -> MoneyAxis.of(metric.label(), units.money(), largest);
                case PRICE -> Json.template("{\"title\": {{t}}}", Map.of("t", SweepMetrics.title(metric, units)));
                case SHARE -> Json.template("{\"title\": {{t}}, \"format\": \".2~%\"}",
                        Map.of("t", SweepMetrics.title(metric, units)));
            };
            panels.add(Json.template("""
                    {"width": 280, "height": 180,
                     "transform": [{"filter": {"field": "metric", "equal": {{metric}}}}],
                     "encoding": {"x": {"field": "value", "type": "ordinal", "sort": {{values}}, "title": {{parameter}},
                                        "axis": {"labelExpr": {{labels}}, "labelAngle": 0, "labelOverlap": "greedy"}}},
                     "layer": [
                       {"mark": {"type": "rule", "color": "#5d6d7e"},
                        "encoding": {"y": {"field": "p5", "type": "quantitative", "axis": {{axis}},
                                           "scale": {"zero": false}},
                                     "y2": {"field": "p95"}}},
                       {"mark": {"type": "bar", "size": 16, "color": "#85c1e9"},
                        "encoding": {"y": {"field": "p25", "type": "quantitative"}, "y2": {"field": "p75"},
                                     "tooltip": {{tooltip}}}},
                       {"mark": {"type": "tick", "size": 16, "color": "#1b4f72", "thickness": 2},
                        "encoding": {"y": {"field": "median", "type": "quantitative"}}}]}
                    """, Map.of("metric", metric.path(), "values", VegaLite.strings(values), "parameter", parameter,
                    "labels", VALUE_LABELS, "axis", axis, "tooltip", VegaLite.tooltips(List.of(
                            VegaLite.tooltip("value", parameter, false),
                            VegaLite.tooltip("n", "ok runs", true),
                            VegaLite.tooltip("p5", "5th percentile", true),
                            VegaLite.tooltip("p25", "25th percentile", true),
                            VegaLite.tooltip("median", "median", true),
                            VegaLite.tooltip("p75", "75th percentile", true),
                            VegaLite.tooltip("p95", "95th percentile", true),
                            VegaLite.tooltip("mean", "mean", true))))));
        }
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("statistics", rows);
        String title = "Headline numbers by " + parameter;
        ObjectNode spec = VegaLite.spec(title, data);
        spec.putObject("data").put("name", "statistics");
        spec.put("columns", 2);
        spec.set("concat", panels);
        String caption = "How each headline number spreads over the runs at each value of " + parameter + ": the box"
                + " holds the middle half of the runs (25th to 75th percentile), the dark line in it is the median,"
                + " the thin line runs from the 5th to the 95th percentile. From summary.csv, over the runs that"
                + " solved (status ok).";
        return new Chart("distributions-" + slug, title, caption, spec);
    }

    static Chart rules(String parameter, String slug, List<String> values, SweepStatistics stats, List<String> rules) {
        ArrayNode rows = Json.array();
        for (String rule : rules) {
            verdicts(rows, rule, RATIONAL, stats.of(parameter, "compensation.rules." + rule + ".individuallyRational"));
            verdicts(rows, rule, CORE, stats.of(parameter, "compensation.rules." + rule + ".inCore"));
        }
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("shares", rows);
        String title = "How often each rule works, by " + parameter;
        ObjectNode spec = VegaLite.spec(title, data);
        spec.setAll(shareHeatMap("shares", "value", parameter, values, "rule", null, rules, "check",
                List.of(RATIONAL, CORE), Math.max(160, 34 * values.size()), 22 * rules.size()));
        String caption = "The share of runs, at each value of " + parameter + ", in which a rule leaves every region"
                + " better off than alone (left) and in which no group of regions would do better on its own, so the"
                + " division is in the core (right). Darker is more often. From summary.csv (the mean of a yes/no"
                + " column is the share of yes), over the runs where the rule applied.";
        return new Chart("rules-" + slug, title, caption, spec);
    }

    private static void verdicts(ArrayNode rows, String rule, String check, List<CsvRows.Row> stats) {
        for (CsvRows.Row r : stats) {
            ObjectNode row = rows.addObject();
            row.put("rule", rule);
            row.put("check", check);
            row.put("value", r.text("value"));
            row.set("share", Json.number(r.number("mean")));
            row.set("n", Json.number(r.number("n")));
        }
    }

    static Chart grid(String x, String y, String pairSlug, List<String> xValues, List<String> yValues, SweepGrid grid,
                      SweepMetrics.Metric metric, DisplayUnits units) {
        ArrayNode rows = Json.array();
        for (String xv : xValues) {
            for (String yv : yValues) {
                SweepGrid.Cell cell = grid.cell(xv, yv);
                if (cell != null) {
                    ObjectNode row = rows.addObject();
                    row.put("x", xv);
                    row.put("y", yv);
                    row.put("runs", cell.ok);
                    row.set("mean", Json.number(cell.mean()));
                    row.put("label", Readable.number(cell.mean()));
                }
            }
        }
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("cells", rows);
        String title = "Mean " + metric.label() + " over " + x + " and " + y;
        ObjectNode spec = VegaLite.spec(title, data);
        spec.put("width", Math.max(200, 70 * xValues.size()));
        spec.put("height", Math.max(120, 30 * yValues.size()));
        spec.setAll(Json.template("""
                {"data": {"name": "cells"},
                 "encoding": {
                   "x": {"field": "x", "type": "ordinal", "sort": {{xs}}, "title": {{x}},
                         "axis": {"labelExpr": {{labels}}, "labelAngle": 0}},
                   "y": {"field": "y", "type": "ordinal", "sort": {{ys}}, "title": {{y}},
                         "axis": {"labelExpr": {{labels}}}}},
                 "layer": [
                   {"mark": {"type": "rect"},
                    "encoding": {"color": {"field": "mean", "type": "quantitative", "title": {{legend}},
                                           "scale": {"scheme": "viridis"}},
                                 "tooltip": {{tooltip}}}},
                   {"mark": {"type": "text", "fontSize": 10},
                    "encoding": {"text": {"field": "label"},
                                 "color": {"condition": {"test": {{dark}}, "value": "white"}, "value": "black"}}}]}
                """, Map.of("xs", VegaLite.strings(xValues), "ys", VegaLite.strings(yValues), "x", x, "y", y,
                "labels", VALUE_LABELS, "legend", SweepMetrics.title(metric, units),
                "dark", "datum.mean < " + darkBelow(rows),
                "tooltip", VegaLite.tooltips(List.of(VegaLite.tooltip("x", x, false), VegaLite.tooltip("y", y, false),
                        VegaLite.tooltip("runs", "ok runs", true),
                        VegaLite.tooltip("mean", SweepMetrics.title(metric, units), true))))));
        String caption = "The mean " + metric.label() + " over the runs that solved, for each pair of values of " + x
                + " (across) and " + y + " (up). Computed from runs.csv.";
        return new Chart("mean-" + pairSlug, title, caption, spec);
    }

    /** Labels go white on the darker half of the viridis scale. */
    static String darkBelow(ArrayNode rows) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (var row : rows) {
            if (row.path("mean").isNumber()) {
                low = Math.min(low, row.path("mean").doubleValue());
                high = Math.max(high, row.path("mean").doubleValue());
            }
        }
        if (low > high) {
            return "0";
        }
        // As the chart's numbers print (Json.number's rule, JDK 17's digits), not Jackson's text of the node.
        String text = ResultNumbers.text(low + (high - low) / 2);
        return text != null ? text : "null";
    }

    static Chart ruleGrid(String x, String y, String pairSlug, List<String> xValues, List<String> yValues,
                          SweepGrid grid, boolean core) {
        ArrayNode rows = Json.array();
        List<String> rules = grid.rules();
        for (int r = 0; r < rules.size(); r++) {
            for (String xv : xValues) {
                for (String yv : yValues) {
                    SweepGrid.Cell cell = grid.cell(xv, yv);
                    int defined = cell == null ? 0 : core ? cell.coreDefined[r] : cell.rationalDefined[r];
                    if (defined > 0) {
                        ObjectNode row = rows.addObject();
                        row.put("rule", rules.get(r));
                        row.put("x", xv);
                        row.put("y", yv);
                        row.put("runs", defined);
                        row.set("share", Json.number((double) (core ? cell.core[r] : cell.rational[r]) / defined));
                    }
                }
            }
        }
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("shares", rows);
        String what = core ? "in the core" : "every region better off than alone";
        String title = "Share of runs " + what + ", over " + x + " and " + y;
        ObjectNode spec = VegaLite.spec(title, data);
        spec.setAll(Json.template("""
                {"data": {"name": "shares"},
                 "facet": {"field": "rule", "type": "nominal", "sort": {{rules}}, "title": null},
                 "columns": 4,
                 "spec": {
                   "width": {{width}}, "height": {{height}}, "mark": {"type": "rect"},
                   "encoding": {
                     "x": {"field": "x", "type": "ordinal", "sort": {{xs}}, "title": {{x}},
                           "axis": {"labelExpr": {{labels}}, "labelOverlap": "greedy"}},
                     "y": {"field": "y", "type": "ordinal", "sort": {{ys}}, "title": {{y}},
                           "axis": {"labelExpr": {{labels}}}},
                     "color": {"field": "share", "type": "quantitative", "title": "share of runs",
                               "scale": {"domain": [0, 1], "scheme": "greens"}, "legend": {"format": ".0%"}},
                     "tooltip": {{tooltip}}}}}
                """, Map.of("rules", VegaLite.strings(rules), "xs", VegaLite.strings(xValues),
                "ys", VegaLite.strings(yValues), "x", x, "y", y, "labels", VALUE_LABELS,
                "width", Math.max(90, 14 * xValues.size()), "height", Math.max(60, 14 * yValues.size()),
                "tooltip", VegaLite.tooltips(List.of(VegaLite.tooltip("rule", "rule", false),
                        VegaLite.tooltip("x", x, false), VegaLite.tooltip("y", y, false),
                        VegaLite.tooltip("runs", "runs where the rule applied", true),
                        VegaLite.tooltip("share", "share " + what, true))))));
        String caption = "For each rule, the share of runs (over those that solved and where the rule applied) in"
                + " which " + (core ? "no group of regions would do better on its own (the core)"
                : "every region is better off than alone") + ", for each pair of values of " + x + " (across) and "
                + y + " (up). Darker green is more often; a blank cell has no such run. Computed from runs.csv.";
        return new Chart((core ? "core-" : "rational-") + pairSlug, title, caption, spec);
    }

    /** A heat map of shares: {@code column} values across, {@code row} values down, one panel per {@code panel} value. */
    private static ObjectNode shareHeatMap(String dataset, String column, String columnTitle, List<String> columns,
                                           String row, String rowTitle, List<String> rows, String panel,
                                           List<String> panels, int width, int height) {
        return Json.template("""
                {"data": {"name": {{dataset}}},
                 "facet": {"field": {{panel}}, "type": "nominal", "sort": {{panels}}, "title": null},
                 "columns": 2,
                 "spec": {
                   "width": {{width}}, "height": {{height}},
                   "encoding": {
                     "x": {"field": {{column}}, "type": "ordinal", "sort": {{columns}}, "title": {{columnTitle}},
                           "axis": {"labelExpr": {{labels}}, "labelAngle": 0, "labelOverlap": "greedy"}},
                     "y": {"field": {{row}}, "type": "nominal", "sort": {{rows}}, "title": {{rowTitle}}}},
                   "layer": [
                     {"mark": {"type": "rect"},
                      "encoding": {"color": {"field": "share", "type": "quantitative", "title": "share of runs",
                                             "scale": {"domain": [0, 1], "scheme": "greens"},
                                             "legend": {"format": ".0%"}},
                                   "tooltip": [{"field": "share", "type": "quantitative", "format": ".1%",
                                                "title": "share of runs"},
                                               {"field": "n", "type": "quantitative", "title": "runs"}]}},
                     {"mark": {"type": "text", "fontSize": 9},
                      "encoding": {"text": {"field": "share", "type": "quantitative", "format": ".0%"},
                                   "color": {"condition": {"test": "datum.share > 0.6", "value": "white"},
                                             "value": "black"}}}]}}
                """, Json.values("dataset", dataset, "panel", panel, "panels", VegaLite.strings(panels),
                "width", width, "height", height, "column", column, "columns", VegaLite.strings(columns),
                "columnTitle", columnTitle, "labels", VALUE_LABELS, "row", row, "rows", VegaLite.strings(rows),
                "rowTitle", rowTitle == null ? Json.object().nullNode() : rowTitle));
    }
}
