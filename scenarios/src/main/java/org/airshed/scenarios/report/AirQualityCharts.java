package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Concentration at each receptor against its limit: with no abatement (scenario.json's
 * background plus its transfer coefficients times regions.csv's baselines), in the least-cost
 * allocation (regions.csv), and in whatever other plan the summary reports a concentration for
 * (compensation's baseline and cooperative plans, the market after trading: summary.json's
 * {@code market.receptors}).
 */
final class AirQualityCharts {
    static final String NONE = "no abatement";
    static final String ALLOCATION = "least-cost allocation";
    static final String MARKET = "after trading";
    /** Grey for no abatement, blue for the allocation, then the other plans; red is the limits'. */
    private static final List<String> COLORS = List.of("#aab7b8", "#2e86c1", "#a569bd", "#48c9b0", "#f5b041");

    private AirQualityCharts() {
    }

    static Optional<ReportSection> of(RunFiles run) {
        Optional<CsvRows> regionsCsv = run.csv(RunFiles.REGIONS);
        Optional<ScenarioFacts> facts = run.scenario();
        if (regionsCsv.isEmpty() || facts.isEmpty() || !regionsCsv.get().has("concentration")) {
            return Optional.empty();
        }
        List<String> receptors = facts.get().receptors();
        Map<String, CsvRows.Row> byRegion = new LinkedHashMap<>();
        for (CsvRows.Row row : regionsCsv.get().rows()) {
            byRegion.put(row.text("region"), row);
        }
        receptors = receptors.stream().filter(byRegion::containsKey).toList();
        if (receptors.isEmpty()) {
            return Optional.empty();
        }
        DisplayUnits u = run.units();
        JsonNode summary = run.summary();
        Map<String, JsonNode> plans = new LinkedHashMap<>();
        JsonNode compensation = summary.path("compensation").path("plans");
        String baseline = summary.path("compensation").path("baseline").asText("");
        if (compensation.path("baseline").isObject()) {
            plans.put(baseline.equals("duties") ? "each region alone (its duty)" : "compensation baseline ("
                    + baseline + ")", compensation.path("baseline"));
        }
        if (compensation.path("cooperative").isObject()) {
            plans.put("cooperating (compensation game)", compensation.path("cooperative"));
        }
        if (summary.path("market").path("receptors").isObject()) {
            // market.receptors: each limited receptor after trading (the worst period with several).
            plans.put(MARKET, summary.path("market").path("receptors"));
        }
        List<String> states = new ArrayList<>(List.of(NONE, ALLOCATION));
        ArrayNode rows = Json.array();
        ArrayNode limits = Json.array();
        List<String> above = new ArrayList<>();
        // Each region's baseline parsed once, not once per receptor (a receptor per region made it
        // 40 000 parses, enough for the JIT to compile parseDouble late in a run); in row order, as the
        // first receptor's pass read them, so a bad cell is the same one reported.
        List<CsvRows.Row> sources = regionsCsv.get().rows();
        double[] baselines = new double[sources.size()];
        for (int s = 0; s < baselines.length; s++) {
            baselines[s] = sources.get(s).number("baseline");
        }
        for (String receptor : receptors) {
            CsvRows.Row row = byRegion.get(receptor);
            double before = facts.get().background(receptor);
            for (int s = 0; s < baselines.length; s++) {
                double baselineEmissions = baselines[s];
                if (Double.isFinite(baselineEmissions)) {
                    before += facts.get().transfer(receptor, sources.get(s).text("region")) * baselineEmissions;
                }
            }
            add(rows, receptor, NONE, before);
            add(rows, receptor, ALLOCATION, row.number("concentration"));
            for (Map.Entry<String, JsonNode> plan : plans.entrySet()) {
                JsonNode z = plan.getValue().path(receptor).path("concentration");
                if (z.isNumber()) {
                    add(rows, receptor, plan.getKey(), z.doubleValue());
                    if (!states.contains(plan.getKey())) {
                        states.add(plan.getKey());
                    }
                    double limit = row.number("limit");
                    if (Double.isFinite(limit) && z.doubleValue() > limit * (1 + 1e-9)) {
                        above.add(receptor + " in \"" + plan.getKey() + "\"");
                    }
                }
            }
            double limit = row.number("limit");
            if (Double.isFinite(limit)) {
                ObjectNode l = limits.addObject();
                l.put("region", receptor);
                l.set("limit", Json.number(limit));
            }
        }
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("concentrations", rows);
        data.put("limits", limits);
        ObjectNode spec = VegaLite.spec("Concentration at each receptor", data);
        spec.put("width", VegaLite.WIDTH);
        spec.put("height", Math.max(160, 22 * states.size() * receptors.size()));
        ArrayNode layers = spec.putArray("layer");
        String axis = "concentration (" + u.concentration() + ")";
        layers.add(Json.template("""
                {"data": {"name": "concentrations"}, "mark": {"type": "bar"},
                 "encoding": {
                   "y": {"field": "region", "type": "nominal", "sort": {{receptors}}, "title": "receptor"},
                   "yOffset": {"field": "plan", "sort": {{states}}},
                   "x": {"field": "concentration", "type": "quantitative", "title": {{axis}}},
                   "color": {"field": "plan", "type": "nominal", "title": null,
                             "scale": {"domain": {{states}}, "range": {{colors}}},
                             "legend": {"orient": "top", "columns": 3}},
                   "tooltip": {{tooltip}}}}
                """, Map.of("receptors", VegaLite.strings(receptors), "states", VegaLite.strings(states),
                "colors", VegaLite.strings(COLORS.subList(0, states.size())), "axis", axis, "tooltip", VegaLite.tooltips(List.of(VegaLite.tooltip("region", "receptor", false),
                        VegaLite.tooltip("plan", "plan", false),
                        VegaLite.tooltip("concentration", axis, true))))));
        if (!limits.isEmpty()) {
            layers.add(Json.template("""
                    {"data": {"name": "limits"}, "mark": {"type": "tick", "color": "#c0392b", "thickness": 3},
                     "encoding": {
                       "y": {"field": "region", "type": "nominal", "sort": {{receptors}}},
                       "x": {"field": "limit", "type": "quantitative"},
                       "tooltip": {{tooltip}}}}
                    """, Map.of("receptors", VegaLite.strings(receptors), "tooltip", VegaLite.tooltips(List.of(
                    VegaLite.tooltip("region", "receptor", false),
                    VegaLite.tooltip("limit", "limit (" + u.concentration() + ")", true))))));
        }
        StringBuilder caption = new StringBuilder("The concentration each receptor region breathes (across), with no"
                + " abatement and after it");
        caption.append(limits.isEmpty() ? "; no receptor has a limit." : ". The red mark is the receptor's limit;"
                + " the least-cost allocation keeps every limit.");
        caption.append(" No abatement is the background plus every region's baseline emissions times its"
                + " transfer coefficient.");
        if (!above.isEmpty()) {
            caption.append(" Plans that leave a receptor above its limit: ").append(String.join(", ", above))
                    .append('.');
        }
        Chart chart = new Chart("concentration", "Concentration at each receptor", caption.toString(), spec);
        return Optional.of(new ReportSection("Air quality", "What the cut does to the air where people live.",
                List.of(chart)));
    }

    private static void add(ArrayNode rows, String region, String plan, double concentration) {
        ObjectNode row = rows.addObject();
        row.put("region", region);
        row.put("plan", plan);
        row.set("concentration", Json.number(concentration));
    }
}
