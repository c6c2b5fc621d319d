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
 * The permit market from summary.json's {@code market}: the prices (what sellers get, what buyers
 * pay, the allocation's λ for reference, the auction's and each zone's), each region's net
 * purchase and payment, and the price path over periods with banking.
 */
final class MarketCharts {
    private MarketCharts() {
    }

    static Optional<ReportSection> of(RunFiles run) {
        JsonNode market = run.summary().path("market");
        if (!market.isObject() || market.has("pollutants")) {
            // A market with several pollutants: MultiMarketCharts.
            return Optional.empty();
        }
        List<Chart> charts = new ArrayList<>();
        prices(run, market).ifPresent(charts::add);
        regions(run, market).ifPresent(charts::add);
        periods(run, market).ifPresent(charts::add);
        if (charts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportSection("Permit market", "Sources receive permits for the cap's emissions"
                + " (" + market.path("allocation").asText("?") + ") and trade them ("
                + market.path("mechanism").asText("?") + "): a source that abates cheaply sells, one that"
                + " abates dearly buys.", charts));
    }

    private static Optional<Chart> prices(RunFiles run, JsonNode market) {
        DisplayUnits u = run.units();
        ArrayNode rows = Json.array();
        List<String> order = new ArrayList<>();
        add(rows, order, "sellers receive", market.path("clearingPrice"));
        add(rows, order, "buyers pay", market.path("buyerPrice"));
        add(rows, order, "auction clearing price", market.path("auction").path("clearingPrice"));
        for (Iterator<Map.Entry<String, JsonNode>> it = market.path("zones").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> zone = it.next();
            add(rows, order, "zone " + zone.getKey(), zone.getValue().path("price"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = market.path("ambient").path("permitValues").fields();
             it.hasNext(); ) {
            Map.Entry<String, JsonNode> value = it.next();
            add(rows, order, "permit value in " + value.getKey(), value.getValue());
        }
        add(rows, order, "cap price λ of the allocation", run.allocation().path("capPrice"));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("prices", rows);
        ObjectNode spec = VegaLite.spec("Permit prices", data);
        spec.put("width", VegaLite.WIDTH);
        spec.put("height", 34 * order.size());
        spec.setAll(Json.template("""
                {"data": {"name": "prices"}, "mark": {"type": "bar"},
                 "encoding": {
                   "y": {"field": "price", "type": "nominal", "sort": {{order}}, "title": null},
                   "x": {"field": "value", "type": "quantitative", "title": {{axis}}},
                   "color": {"condition": {"test": "datum.price === 'cap price λ of the allocation'",
                                           "value": "#95a5a6"}, "value": "#2e86c1"},
                   "tooltip": {{tooltip}}}}
                """, Map.of("order", VegaLite.strings(order), "axis", "price (" + u.price() + ")",
                "tooltip", VegaLite.tooltips(List.of(VegaLite.tooltip("price", "price", false),
                        VegaLite.tooltip("value", u.price(), true))))));
        double seller = number(market.path("clearingPrice"));
        double buyer = number(market.path("buyerPrice"));
        StringBuilder caption = new StringBuilder("What a permit to emit one ").append(u.mass())
                .append(" trades at. The grey bar is the allocation's cap price λ, the price at which the cap is met"
                        + " at least cost: a market without frictions finds it whoever got the permits.");
        if (Double.isFinite(seller) && Double.isFinite(buyer) && buyer > seller) {
            caption.append(" Buyers pay ").append(Readable.of(buyer - seller, u.price()))
                    .append(" more than sellers receive: the transaction cost, which makes fewer permits change"
                            + " hands.");
        }
        return Optional.of(new Chart("market-prices", "Permit prices", caption.toString(), spec));
    }

    private static Optional<Chart> regions(RunFiles run, JsonNode market) {
        DisplayUnits u = run.units();
        JsonNode regions = market.path("regions");
        if (!regions.isObject() || regions.isEmpty()) {
            return Optional.empty();
        }
        ArrayNode rows = Json.array();
        List<String> order = new ArrayList<>();
        double largestPayment = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = regions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            ObjectNode row = rows.addObject();
            row.put("region", e.getKey());
            order.add(e.getKey());
            for (String field : List.of("initialPermits", "emissions", "netPurchase", "payment")) {
                row.set(field, Json.number(number(e.getValue().path(field))));
            }
            largestPayment = Math.max(largestPayment, MoneyAxis.largest(number(e.getValue().path("payment"))));
        }
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("regions", rows);
        ObjectNode spec = VegaLite.spec("Permits bought and money paid, by region", data);
        spec.setAll(Json.template("""
                {"data": {"name": "regions"},
                 "hconcat": [
                   {"width": 300, "height": {{height}}, "mark": {"type": "bar"},
                    "encoding": {
                      "y": {"field": "region", "type": "nominal", "sort": {{order}}, "title": "region"},
                      "x": {"field": "netPurchase", "type": "quantitative", "title": {{mass}}},
                      "color": {"condition": {"test": "datum.netPurchase < 0", "value": "#27ae60"},
                                "value": "#c0392b"},
                      "tooltip": {{tooltip}}}},
                   {"width": 300, "height": {{height}}, "mark": {"type": "bar"},
                    "encoding": {
                      "y": {"field": "region", "type": "nominal", "sort": {{order}}, "title": null},
                      "x": {"field": "payment", "type": "quantitative", "axis": {{money}}},
                      "color": {"condition": {"test": "datum.payment < 0", "value": "#27ae60"},
                                "value": "#c0392b"},
                      "tooltip": {{tooltip}}}}]}
                """, Map.of("order", VegaLite.strings(order), "height", Math.max(120, 34 * order.size()),
                "mass", "net permits bought (" + u.mass() + ")",
                "money", MoneyAxis.of("net payment", u.money(), largestPayment),
                "tooltip", VegaLite.tooltips(List.of(VegaLite.tooltip("region", "region", false),
                        VegaLite.tooltip("initialPermits", "permits received (" + u.mass() + ")", true),
                        VegaLite.tooltip("emissions", "emissions (" + u.mass() + ")", true),
                        VegaLite.tooltip("netPurchase", "net bought (" + u.mass() + ")", true),
                        VegaLite.tooltip("payment", "net paid (" + u.money() + ")", true))))));
        String caption = "Left: permits each region's sources bought, net (red), or sold (green, below zero)."
                + " Right: what they paid for them, net of what they received (green: the region's sources earned"
                + " money selling permits). Payments include the transaction cost buyers pay.";
        return Optional.of(new Chart("market-regions", "Permits bought and money paid, by region", caption, spec));
    }

    private static Optional<Chart> periods(RunFiles run, JsonNode market) {
        DisplayUnits u = run.units();
        JsonNode periods = market.path("periods");
        if (!periods.isArray() || periods.isEmpty()) {
            return Optional.empty();
        }
        ArrayNode rows = Json.array();
        for (JsonNode p : periods) {
            ObjectNode row = rows.addObject();
            for (String field : List.of("period", "vintage", "cap", "price", "abatement", "emissions", "bank")) {
                row.set(field, Json.number(number(p.path(field))));
            }
        }
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("periods", rows);
        ObjectNode spec = VegaLite.spec("Permit price and bank over the periods", data);
        spec.setAll(Json.template("""
                {"data": {"name": "periods"},
                 "vconcat": [
                   {"width": {{width}}, "height": 200, "mark": {"type": "line", "point": true},
                    "encoding": {
                      "x": {"field": "period", "type": "ordinal", "title": "period", "axis": {"labelAngle": 0}},
                      "y": {"field": "price", "type": "quantitative", "title": {{price}}},
                      "tooltip": {{tooltip}}}},
                   {"width": {{width}}, "height": 160, "mark": {"type": "bar", "color": "#7fb3d5"},
                    "encoding": {
                      "x": {"field": "period", "type": "ordinal", "title": "period", "axis": {"labelAngle": 0}},
                      "y": {"field": "bank", "type": "quantitative", "title": {{bank}}},
                      "tooltip": {{tooltip}}}}]}
                """, Map.of("width", VegaLite.WIDTH, "price", "price (" + u.price() + ")",
                "bank", "permits banked (" + u.mass() + ")",
                "tooltip", VegaLite.tooltips(List.of(VegaLite.tooltip("period", "period", true),
                        VegaLite.tooltip("vintage", "vintage", true),
                        VegaLite.tooltip("cap", "cap (" + u.mass() + ")", true),
                        VegaLite.tooltip("price", "price (" + u.price() + ")", true),
                        VegaLite.tooltip("emissions", "emissions (" + u.mass() + ")", true),
                        VegaLite.tooltip("bank", "bank (" + u.mass() + ")", true))))));
        String caption = "Top: the permit price in each period. Bottom: permits saved for later periods. While the"
                + " bank holds permits the price rises at the discount rate (Hotelling); where it is empty the"
                + " price may fall.";
        return Optional.of(new Chart("market-periods", "Permit price and bank over the periods", caption, spec));
    }

    private static void add(ArrayNode rows, List<String> order, String label, JsonNode value) {
        if (value.isNumber()) {
            ObjectNode row = rows.addObject();
            row.put("price", label);
            row.set("value", Json.number(value.doubleValue()));
            order.add(label);
        }
    }

    private static double number(JsonNode node) {
        return node.isNumber() ? node.doubleValue() : Double.NaN;
    }
}
