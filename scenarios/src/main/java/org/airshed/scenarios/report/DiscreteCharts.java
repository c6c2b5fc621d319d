package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Discrete technologies against the EPA Control Strategy Tool's greedy: the total cost of the
 * hull bound, the rounded hull, the search's answer and the greedy (summary.json's
 * {@code discrete}); and how many sources install each option under the answer and under the
 * greedy (technologies.csv).
 */
final class DiscreteCharts {
    static final String BOUND = "lower bound (convex hull)";
    static final String CONSTRUCTION = "rounded hull (start)";
    static final String ANSWER = "chosen technologies";
    static final String GREEDY = "CoST average-cost greedy";

    private DiscreteCharts() {
    }

    static Optional<ReportSection> of(RunFiles run) {
        JsonNode discrete = run.summary().path("discrete");
        if (!discrete.isObject()) {
            return Optional.empty();
        }
        List<Chart> charts = new ArrayList<>();
        costs(run, discrete).ifPresent(charts::add);
        options(run).ifPresent(charts::add);
        if (charts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportSection("Whole technologies", "Real plants install a control technology"
                + " whole, or none. Choosing one per source at least cost is a hard combinatorial problem; the"
                + " convex hull of each source's options gives a bound no choice can beat.", charts));
    }

    private static Optional<Chart> costs(RunFiles run, JsonNode discrete) {
        DisplayUnits u = run.units();
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(BOUND, number(discrete.path("bound")));
        values.put(CONSTRUCTION, number(discrete.path("constructionCost")));
        values.put(ANSWER, number(discrete.path("cost")));
        values.put(GREEDY, number(discrete.path("greedy").path("cost")));
        ArrayNode rows = Json.array();
        double largest = 0;
        List<String> order = new ArrayList<>();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (Double.isFinite(e.getValue())) {
                ObjectNode row = rows.addObject();
                row.put("method", e.getKey());
                row.set("cost", Json.number(e.getValue()));
                order.add(e.getKey());
                largest = Math.max(largest, Math.abs(e.getValue()));
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("costs", rows);
        ObjectNode spec = VegaLite.spec("Total annual cost of the technologies chosen", data);
        spec.put("width", VegaLite.WIDTH);
        spec.put("height", 40 * order.size());
        spec.setAll(Json.template("""
                {"data": {"name": "costs"}, "mark": {"type": "bar"},
                 "encoding": {
                   "y": {"field": "method", "type": "nominal", "sort": {{order}}, "title": null},
                   "x": {"field": "cost", "type": "quantitative", "axis": {{axis}}},
                   "color": {"field": "method", "type": "nominal", "sort": {{order}}, "legend": null,
                             "scale": {"range": ["#bdc3c7", "#85c1e9", "#2e86c1", "#e67e22"]}},
                   "tooltip": {{tooltip}}}}
                """, Map.of("order", VegaLite.strings(order),
                "axis", MoneyAxis.of("annual cost", u.money(), largest),
                "tooltip", VegaLite.tooltips(List.of(VegaLite.tooltip("method", "method", false),
                        VegaLite.tooltip("cost", "cost (" + u.money() + " per year)", true))))));
        StringBuilder caption = new StringBuilder("What meeting the policy costs a year with whole technologies."
                + " No choice can cost less than the bound (the same sources with their options blended"
                + " continuously).");
        double gap = number(discrete.path("relativeGap"));
        if (Double.isFinite(gap)) {
            caption.append(" The chosen technologies are within ").append(Readable.percent(gap))
                    .append(" of it.");
        }
        double saving = number(discrete.path("savingOverGreedy"));
        if (Double.isFinite(saving)) {
            caption.append(" The EPA Control Strategy Tool's method (take the options with the lowest average cost"
                    + " per ").append(u.mass()).append(" until the cut is met) costs ")
                    .append(Readable.of(saving, u.money())).append(" more a year (")
                    .append(Readable.percent(number(discrete.path("relativeSavingOverGreedy")))).append(')');
            double overshoot = number(discrete.path("greedy").path("overshoot"));
            caption.append(Double.isFinite(overshoot) && overshoot > 0 ? ", partly because it overshoots the cut by "
                    + Readable.of(overshoot, u.mass()) + "." : ".");
        }
        return Optional.of(new Chart("discrete-costs", "Total annual cost of the technologies chosen",
                caption.toString(), spec));
    }

    private static Optional<Chart> options(RunFiles run) {
        Optional<CsvRows> read = run.csv(RunFiles.TECHNOLOGIES);
        if (read.isEmpty() || !read.get().has("option") || !read.get().has("greedyOption")) {
            return Optional.empty();
        }
        Map<String, int[]> counts = new TreeMap<>();
        for (CsvRows.Row row : read.get().rows()) {
            counts.computeIfAbsent(String.valueOf(row.text("option")), k -> new int[2])[0]++;
            counts.computeIfAbsent(String.valueOf(row.text("greedyOption")), k -> new int[2])[1]++;
        }
        ArrayNode rows = Json.array();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            for (int m = 0; m < 2; m++) {
                ObjectNode row = rows.addObject();
                row.put("option", e.getKey());
                row.put("method", m == 0 ? ANSWER : GREEDY);
                row.put("sources", e.getValue()[m]);
            }
        }
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("options", rows);
        ObjectNode spec = VegaLite.spec("Sources by technology installed", data);
        spec.put("width", VegaLite.WIDTH);
        spec.put("height", Math.max(120, 40 * counts.size()));
        spec.setAll(Json.template("""
                {"data": {"name": "options"}, "mark": {"type": "bar"},
                 "encoding": {
                   "y": {"field": "option", "type": "nominal", "title": "technology"},
                   "yOffset": {"field": "method", "sort": {{methods}}},
                   "x": {"field": "sources", "type": "quantitative", "title": "sources installing it"},
                   "color": {"field": "method", "type": "nominal", "sort": {{methods}}, "title": null,
                             "legend": {"orient": "top"}, "scale": {"range": ["#2e86c1", "#e67e22"]}},
                   "tooltip": {{tooltip}}}}
                """, Map.of("methods", VegaLite.strings(List.of(ANSWER, GREEDY)),
                "tooltip", VegaLite.tooltips(List.of(VegaLite.tooltip("option", "technology", false),
                        VegaLite.tooltip("method", "method", false),
                        VegaLite.tooltip("sources", "sources", true))))));
        String caption = "How many sources install each technology (\"none\" = no control) in the chosen plan and"
                + " under the CoST greedy, from technologies.csv, which lists both choices source by source.";
        return Optional.of(new Chart("discrete-options", "Sources by technology installed", caption, spec));
    }

    private static double number(JsonNode node) {
        return node.isNumber() ? node.doubleValue() : Double.NaN;
    }
}
