package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cost by region from regions.csv: with duties, each region's cost alone (meeting its own duty)
 * beside its cost cooperating (the same total at least cost); without, its cost in the
 * allocation.
 */
final class CostCharts {
    static final String ALONE = "alone: its own duty";
    static final String TOGETHER = "cooperating: same total, least cost";
    static final String ALLOCATION = "least-cost allocation";

    private CostCharts() {
    }

    static Optional<ReportSection> of(RunFiles run) {
        Optional<CsvRows> read = run.csv(RunFiles.REGIONS);
        if (read.isEmpty() || !read.get().has("cost")) {
            return Optional.empty();
        }
        CsvRows regions = read.get();
        DisplayUnits u = run.units();
        boolean duties = regions.has("standaloneCost") && regions.has("cooperativeCost");
        ArrayNode rows = Json.array();
        List<String> order = new ArrayList<>();
        List<String> payers = new ArrayList<>();
        double largest = 0;
        for (CsvRows.Row r : regions.rows()) {
            String id = r.text("region");
            order.add(id);
            if (duties) {
                largest = Math.max(largest, MoneyAxis.largest(r.number("standaloneCost"), r.number("cooperativeCost")));
                add(rows, id, ALONE, r.number("standaloneCost"));
                add(rows, id, TOGETHER, r.number("cooperativeCost"));
                if (r.number("saving") < 0) {
                    payers.add(id);
                }
            } else {
                largest = Math.max(largest, MoneyAxis.largest(r.number("cost")));
                add(rows, id, ALLOCATION, r.number("cost"));
            }
        }
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("costs", rows);
        String title = duties ? "Abatement cost by region: alone and cooperating" : "Abatement cost by region";
        ObjectNode spec = VegaLite.spec(title, data);
        spec.put("width", VegaLite.WIDTH);
        spec.put("height", Math.max(160, 44 * order.size()));
        spec.setAll(Json.template("""
                {"data": {"name": "costs"}, "mark": {"type": "bar"},
                 "encoding": {
                   "y": {"field": "region", "type": "nominal", "sort": {{order}}, "title": "region"},
                   "yOffset": {"field": "plan", "sort": {{plans}}},
                   "x": {"field": "cost", "type": "quantitative", "axis": {{axis}}},
                   "color": {"field": "plan", "type": "nominal", "sort": {{plans}}, "title": null,
                             "legend": {"orient": "top"}, "scale": {"range": ["#95a5a6", "#2e86c1"]}},
                   "tooltip": {{tooltip}}}}
                """, Map.of("order", VegaLite.strings(order),
                "plans", VegaLite.strings(duties ? List.of(ALONE, TOGETHER) : List.of(ALLOCATION)),
                "axis", MoneyAxis.of("abatement cost per year", u.money(), largest),
                "tooltip", VegaLite.tooltips(List.of(VegaLite.tooltip("region", "region", false),
                        VegaLite.tooltip("plan", "plan", false),
                        VegaLite.tooltip("cost", "cost (" + u.money() + " per year)", true))))));
        String caption;
        if (duties) {
            double saving = run.number("/cooperation/saving");
            caption = "Grey: what each region spends when it meets its own reduction duty alone. Blue: what it"
                    + " spends when the regions meet the same total together at least cost. Together they save "
                    + Readable.of(saving, u.money()) + " a year."
                    + (payers.isEmpty() ? "" : " " + String.join(", ", payers) + (payers.size() == 1 ? " spends"
                    : " spend") + " more cooperating than alone: the region" + (payers.size() == 1 ? "" : "s")
                    + " that compensation must pay for cooperation to be worth joining.");
        } else {
            caption = "What each region's sources spend on abatement a year in the least-cost allocation.";
        }
        Chart chart = new Chart("cost-by-region", title, caption, spec);
        return Optional.of(new ReportSection("Who pays for the cut", duties
                ? "Cooperating means cutting where it is cheapest, whichever region that is in."
                : "Abatement is done where it is cheapest.", List.of(chart)));
    }

    private static void add(ArrayNode rows, String region, String plan, double cost) {
        ObjectNode row = rows.addObject();
        row.put("region", region);
        row.put("plan", plan);
        row.set("cost", Json.number(cost));
    }
}
