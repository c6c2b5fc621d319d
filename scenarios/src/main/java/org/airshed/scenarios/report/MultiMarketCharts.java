package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A market with several pollutants from summary.json's {@code market.pollutants} and
 * {@code market.regions}: each permit's clearing price beside the allocation's cap price, and by
 * region the permits of each pollutant bought and the money paid for all of them.
 */
final class MultiMarketCharts {
    private MultiMarketCharts() {
    }

    static Optional<ReportSection> of(RunFiles run) {
        JsonNode market = run.summary().path("market");
        if (!market.path("pollutants").isObject() || market.path("pollutants").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportSection("Permit market", "One permit per capped pollutant, handed out ("
                + market.path("allocation").asText("?") + ") and traded (" + market.path("mechanism").asText("?")
                + "): a source that abates a pollutant cheaply sells its permits, one that abates it dearly buys.",
                List.of(prices(run, market), regions(run, market))));
    }

    private static Chart prices(RunFiles run, JsonNode market) {
        DisplayUnits u = run.units();
        ArrayNode rows = Json.array();
        List<String> pollutants = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = market.path("pollutants").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            pollutants.add(p.getKey());
            price(rows, p.getKey(), "clearing price", p.getValue().path("clearingPrice"));
            price(rows, p.getKey(), "cap price λ of the allocation", run.allocation().path("capPrices")
                    .path(p.getKey()));
        }
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("prices", rows);
        ObjectNode spec = VegaLite.spec("Permit prices", data);
        spec.put("width", VegaLite.WIDTH);
        spec.put("height", 40 * pollutants.size());
        spec.setAll(Json.template("""
                {"data": {"name": "prices"}, "mark": {"type": "bar"},
                 "encoding": {
                   "y": {"field": "pollutant", "type": "nominal", "sort": {{pollutants}}, "title": null},
                   "yOffset": {"field": "price", "sort": ["clearing price", "cap price λ of the allocation"]},
                   "x": {"field": "value", "type": "quantitative", "title": {{axis}}},
                   "color": {"field": "price", "type": "nominal", "title": null, "legend": {"orient": "top"},
                             "scale": {"domain": ["clearing price", "cap price λ of the allocation"],
                                       "range": ["#2e86c1", "#95a5a6"]}},
                   "tooltip": {{tooltip}}}}
                """, Map.of("pollutants", VegaLite.strings(pollutants), "axis", "price (" + u.price() + ")",
                "tooltip", VegaLite.tooltips(List.of(VegaLite.tooltip("pollutant", "permit", false),
                        VegaLite.tooltip("price", "price", false), VegaLite.tooltip("value", u.price(), true))))));
        return new Chart("market-prices", "Permit prices", "What a permit to emit one " + u.mass() + " of each"
                + " pollutant trades at (blue), beside the allocation's cap price λ (grey). The market clears at the"
                + " prices of the caps alone: where the allocation also holds receptor limits its prices differ,"
                + " and the market does not hold those limits.", spec);
    }

    private static Chart regions(RunFiles run, JsonNode market) {
        DisplayUnits u = run.units();
        ArrayNode bought = Json.array();
        ArrayNode paid = Json.array();
        List<String> regions = new ArrayList<>();
        List<String> pollutants = new ArrayList<>();
        market.path("pollutants").fieldNames().forEachRemaining(pollutants::add);
        double largestPayment = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = market.path("regions").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> region = it.next();
            regions.add(region.getKey());
            for (String pollutant : pollutants) {
                JsonNode p = region.getValue().path("pollutants").path(pollutant);
                ObjectNode row = bought.addObject();
                row.put("region", region.getKey());
                row.put("pollutant", pollutant);
                for (String field : List.of("initialPermits", "emissions", "netPurchase", "payment")) {
                    row.set(field, Json.number(p.path(field).isNumber() ? p.path(field).doubleValue() : Double.NaN));
                }
            }
            ObjectNode row = paid.addObject();
            row.put("region", region.getKey());
            double payment = region.getValue().path("payment").asDouble(Double.NaN);
            row.set("payment", Json.number(payment));
            largestPayment = Math.max(largestPayment, MoneyAxis.largest(payment));
        }
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("bought", bought);
        data.put("paid", paid);
        ObjectNode spec = VegaLite.spec("Permits bought and money paid, by region", data);
        spec.setAll(Json.template("""
                {"hconcat": [
                   {"data": {"name": "bought"}, "width": 300, "height": {{height}}, "mark": {"type": "bar"},
                    "encoding": {
                      "y": {"field": "region", "type": "nominal", "sort": {{regions}}, "title": "region"},
                      "yOffset": {"field": "pollutant", "sort": {{pollutants}}},
                      "x": {"field": "netPurchase", "type": "quantitative", "title": {{mass}}},
                      "color": {"field": "pollutant", "type": "nominal", "sort": {{pollutants}},
                                "legend": {"orient": "top"}},
                      "tooltip": {{tooltip}}}},
                   {"data": {"name": "paid"}, "width": 300, "height": {{height}}, "mark": {"type": "bar"},
                    "encoding": {
                      "y": {"field": "region", "type": "nominal", "sort": {{regions}}, "title": null},
                      "x": {"field": "payment", "type": "quantitative", "axis": {{money}}},
                      "color": {"condition": {"test": "datum.payment < 0", "value": "#27ae60"},
                                "value": "#c0392b"},
                      "tooltip": {{paidTooltip}}}}]}
                """, Map.of("regions", VegaLite.strings(regions), "pollutants", VegaLite.strings(pollutants),
                "height", Math.max(120, 14 * pollutants.size() * regions.size() + 10 * regions.size()),
                "mass", "net permits bought (" + u.mass() + ")",
                "money", MoneyAxis.of("net payment, every pollutant", u.money(), largestPayment),
                "tooltip", VegaLite.tooltips(List.of(VegaLite.tooltip("region", "region", false),
                        VegaLite.tooltip("pollutant", "permit", false),
                        VegaLite.tooltip("initialPermits", "permits received (" + u.mass() + ")", true),
                        VegaLite.tooltip("emissions", "emissions (" + u.mass() + ")", true),
                        VegaLite.tooltip("netPurchase", "net bought (" + u.mass() + ")", true),
                        VegaLite.tooltip("payment", "net paid (" + u.money() + ")", true))),
                "paidTooltip", VegaLite.tooltips(List.of(VegaLite.tooltip("region", "region", false),
                        VegaLite.tooltip("payment", "net paid (" + u.money() + ")", true))))));
        return new Chart("market-regions", "Permits bought and money paid, by region", "Left: permits of each"
                + " pollutant a region's sources bought, net (sold: below zero). Right: what they paid for the permits"
                + " of every pollutant together, net of what they received (green: they earned money selling).",
                spec);
    }

    private static void price(ArrayNode rows, String pollutant, String label, JsonNode value) {
        if (value.isNumber()) {
            ObjectNode row = rows.addObject();
            row.put("pollutant", pollutant);
            row.put("price", label);
            row.set("value", Json.number(value.doubleValue()));
        }
    }
}
