package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A version-2 run's air quality and health by region, from receptors.csv: how far each region's
 * concentration falls from its baseline in the allocation, with the deaths avoided and their value
 * where the scenario gives a health function (in the tooltip and the caption).
 */
final class HealthCharts {

    private HealthCharts() {
    }

    static Optional<ReportSection> of(RunFiles run) {
        Optional<CsvRows> read = run.csv(RunFiles.RECEPTORS);
        if (read.isEmpty() || !read.get().has("baselineConcentration") || !read.get().has("deathsAvoided")) {
            return Optional.empty();
        }
        DisplayUnits u = run.units();
        ArrayNode rows = Json.array();
        List<String> order = new ArrayList<>();
        double deaths = 0;
        boolean health = false;
        for (CsvRows.Row r : read.get().rows()) {
            String id = r.text("region");
            order.add(id);
            ObjectNode row = rows.addObject();
            row.put("region", id);
            row.set("fall", Json.number(r.number("baselineConcentration") - r.number("concentration")));
            row.set("deathsAvoided", Json.number(r.number("deathsAvoided")));
            row.set("value", Json.number(r.number("healthValue")));
            if (!Double.isNaN(r.number("deathsAvoided"))) {
                deaths += r.number("deathsAvoided");
                health = true;
            }
        }
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("receptors", rows);
        String title = "Fall in concentration by region";
        ObjectNode spec = VegaLite.spec(title, data);
        spec.put("width", VegaLite.WIDTH);
        spec.put("height", Math.max(160, 28 * order.size()));
        spec.setAll(Json.template("""
                {"data": {"name": "receptors"}, "mark": {"type": "bar", "color": "#2e86c1"},
                 "encoding": {
                   "y": {"field": "region", "type": "nominal", "sort": {{order}}, "title": "region"},
                   "x": {"field": "fall", "type": "quantitative", "title": {{axis}}},
                   "tooltip": {{tooltip}}}}
                """, Map.of("order", VegaLite.strings(order),
                "axis", "fall from the baseline (" + u.concentration() + ")",
                "tooltip", VegaLite.tooltips(List.of(VegaLite.tooltip("region", "region", false),
                        VegaLite.tooltip("fall", "fall (" + u.concentration() + ")", true),
                        VegaLite.tooltip("deathsAvoided", "deaths avoided a year", true),
                        VegaLite.tooltip("value", "their value (" + u.money() + " a year)", true))))));
        String caption = "How far each region's concentration falls from the baseline (no abatement) in the"
                + " least-cost allocation: every pollutant's cut times its transfer coefficient, which may be"
                + " negative (a NOx cut can raise nitrate)."
                + (health ? " The scenario's health functions count " + Readable.of(deaths, "") .strip()
                + " deaths avoided a year (tooltip: per region, and their value)." : "");
        Chart chart = new Chart("concentration-fall", title, caption, spec);
        return Optional.of(new ReportSection("Air quality and health", "What the caps and limits buy, region by"
                + " region.", List.of(chart)));
    }
}
