package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compensation: the transfers of each rule to each region and how each region fares against going
 * alone (transfers.csv), each rule's verdicts, and how far each rule is from the core and the
 * least core (summary.json's {@code compensation}).
 */
final class CompensationCharts {
    static final String BALANCED = "budget balanced";
    static final String RATIONAL = "every region better off than alone";
    static final String CORE = "no group better off on its own (core)";

    private CompensationCharts() {
    }

    static Optional<ReportSection> of(RunFiles run) {
        JsonNode compensation = run.summary().path("compensation");
        if (!compensation.isObject()) {
            return Optional.empty();
        }
        List<Chart> charts = new ArrayList<>();
        Optional<CsvRows> transfers = run.csv(RunFiles.TRANSFERS);
        transfers.flatMap(t -> transfers(run, t)).ifPresent(charts::add);
        transfers.flatMap(t -> rationality(run, t)).ifPresent(charts::add);
        verdicts(compensation).ifPresent(charts::add);
        core(run, compensation).ifPresent(charts::add);
        if (charts.isEmpty()) {
            return Optional.empty();
        }
        double surplus = number(compensation.path("surplus"));
        return Optional.of(new ReportSection("Who pays whom", "Cooperating saves "
                + Readable.of(surplus, run.units().money()) + " a year in all (v(N)), but not every region"
                + " saves: a compensation rule moves money between regions so that each agrees to cooperate."
                + " Each rule divides the same saving differently.", charts));
    }

    private static List<CsvRows.Row> applied(CsvRows transfers) {
        return transfers.rows(r -> "applied".equals(r.text("status")) && Double.isFinite(r.number("transfer")));
    }

    private static Optional<Chart> transfers(RunFiles run, CsvRows csv) {
        DisplayUnits u = run.units();
        List<CsvRows.Row> applied = applied(csv);
        if (applied.isEmpty()) {
            return Optional.empty();
        }
        ArrayNode rows = Json.array();
        Set<String> rules = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        double largest = 0;
        for (CsvRows.Row r : applied) {
            ObjectNode row = rows.addObject();
            row.put("rule", r.text("rule"));
            row.put("region", r.text("region"));
            row.set("transfer", Json.number(r.number("transfer")));
            rules.add(r.text("rule"));
            regions.add(r.text("region"));
            largest = Math.max(largest, Math.abs(r.number("transfer")));
        }
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("transfers", rows);
        ObjectNode spec = VegaLite.spec("Transfers by rule and region", data);
        spec.put("width", VegaLite.WIDTH);
        spec.put("height", 14 * Math.max(1, regions.size()) * rules.size() + 10 * rules.size());
        spec.setAll(Json.template("""
                {"data": {"name": "transfers"}, "mark": {"type": "bar"},
                 "encoding": {
                   "y": {"field": "rule", "type": "nominal", "sort": {{rules}}, "title": null},
                   "yOffset": {"field": "region", "sort": {{regions}}},
                   "x": {"field": "transfer", "type": "quantitative", "axis": {{axis}}},
                   "color": {"field": "region", "type": "nominal", "sort": {{regions}}, "title": "region",
                             "legend": {"orient": "top"}},
                   "tooltip": {{tooltip}}}}
                """, Map.of("rules", VegaLite.strings(List.copyOf(rules)),
                "regions", VegaLite.strings(List.copyOf(regions)),
                "axis", MoneyAxis.of("received per year (paid if negative)", u.money(), largest),
                "tooltip", VegaLite.tooltips(List.of(VegaLite.tooltip("rule", "rule", false),
                        VegaLite.tooltip("region", "region", false),
                        VegaLite.tooltip("transfer", "received (" + u.money() + " per year)", true))))));
        Map<String, Double> largestByRule = new LinkedHashMap<>();
        for (CsvRows.Row r : applied) {
            largestByRule.merge(r.text("rule"), Math.abs(r.number("transfer")), Math::max);
        }
        List<String> tiny = new ArrayList<>();
        double tinyLargest = 0;
        for (Map.Entry<String, Double> e : largestByRule.entrySet()) {
            if (e.getValue() < 0.01 * largest) {
                tiny.add(e.getKey());
                tinyLargest = Math.max(tinyLargest, e.getValue());
            }
        }
        List<String> undefined = new ArrayList<>();
        for (CsvRows.Row r : csv.rows()) {
            if (!"applied".equals(r.text("status")) && !undefined.contains(r.text("rule"))) {
                undefined.add(r.text("rule"));
            }
        }
        String caption = "Money each region receives a year under each rule (a bar to the left: it pays). A"
                + " balanced rule's bars sum to zero: one region's receipt is another's payment."
                + (tiny.isEmpty() ? "" : " " + String.join(", ", tiny) + (tiny.size() == 1 ? " moves" : " move")
                + " too little to see at this scale (at most " + Readable.of(tinyLargest, u.money())
                + " to a region; point at a bar, or see transfers.csv).")
                + (undefined.isEmpty() ? "" : " Not shown, because they cannot apply to this game: "
                + String.join(", ", undefined) + " (summary.json says why).");
        return Optional.of(new Chart("transfers", "Transfers by rule and region", caption, spec));
    }

    private static Optional<Chart> rationality(RunFiles run, CsvRows csv) {
        DisplayUnits u = run.units();
        List<CsvRows.Row> applied = applied(csv);
        if (applied.isEmpty() || !csv.has("netGain") || !csv.has("standalone")) {
            return Optional.empty();
        }
        ArrayNode rows = Json.array();
        Set<String> rules = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        double largest = 0;
        for (CsvRows.Row r : applied) {
            ObjectNode row = rows.addObject();
            row.put("rule", r.text("rule"));
            row.put("region", r.text("region"));
            row.set("netGain", Json.number(r.number("netGain")));
            row.set("standalone", Json.number(r.number("standalone")));
            Boolean rational = r.flag("individuallyRational");
            row.put("individuallyRational", rational != null && rational);
            row.put("label", Readable.number(r.number("netGain") - r.number("standalone")));
            rules.add(r.text("rule"));
            regions.add(r.text("region"));
            largest = Math.max(largest, MoneyAxis.largest(r.number("netGain") - r.number("standalone")));
        }
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("gains", rows);
        ObjectNode spec = VegaLite.spec("Better off than alone?", data);
        spec.put("width", Math.max(240, 115 * regions.size()));
        spec.put("height", 26 * rules.size());
        spec.setAll(Json.template("""
                {"data": {"name": "gains"},
                 "transform": [{"calculate": "datum.netGain - datum.standalone", "as": "margin"}],
                 "encoding": {
                   "y": {"field": "rule", "type": "nominal", "sort": {{rules}}, "title": null},
                   "x": {"field": "region", "type": "nominal", "sort": {{regions}}, "title": null,
                         "axis": {"orient": "top", "labelAngle": 0}}},
                 "layer": [
                   {"mark": {"type": "rect", "stroke": "white"},
                    "encoding": {
                      "color": {"field": "individuallyRational", "type": "nominal",
                                "scale": {"domain": [true, false], "range": ["#a9dfbf", "#f5b7b1"]},
                                "legend": {"title": "better off than alone", "orient": "bottom",
                                           "labelExpr": "datum.label === 'true' ? 'yes' : 'no'"}},
                      "tooltip": {{tooltip}}}},
                   {"mark": {"type": "text", "fontSize": 11},
                    "encoding": {"text": {"field": "label"}}}]}
                """, Map.of("rules", VegaLite.strings(List.copyOf(rules)),
                "regions", VegaLite.strings(List.copyOf(regions)),
                "tooltip", VegaLite.tooltips(List.of(VegaLite.tooltip("rule", "rule", false),
                        VegaLite.tooltip("region", "region", false),
                        VegaLite.tooltip("netGain", "gain after transfers and joining costs (" + u.money() + ")",
                                true),
                        VegaLite.tooltip("standalone", "what it gets alone (" + u.money() + ")", true),
                        VegaLite.tooltip("margin", "better off by (" + u.money() + ")", true))))));
        String caption = "Each cell: how much more a region gains a year under the rule than it would on its own"
                + " (its gain after transfers and its cost of joining, minus what it gets alone), in "
                + u.money() + ". Green: better off, so it has a reason to join; red: worse off. A rule is"
                + " individually rational when its whole row is green.";
        return Optional.of(new Chart("individual-rationality", "Better off than alone?", caption, spec));
    }

    private static Optional<Chart> verdicts(JsonNode compensation) {
        JsonNode rules = compensation.path("rules");
        if (!rules.isObject() || rules.isEmpty()) {
            return Optional.empty();
        }
        ArrayNode rows = Json.array();
        List<String> order = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            order.add(e.getKey());
            boolean applied = "applied".equals(e.getValue().path("status").asText());
            verdict(rows, e.getKey(), BALANCED, applied, e.getValue().path("budgetBalanced"));
            verdict(rows, e.getKey(), RATIONAL, applied, e.getValue().path("individuallyRational"));
            verdict(rows, e.getKey(), CORE, applied, e.getValue().path("inCore"));
        }
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("verdicts", rows);
        ObjectNode spec = VegaLite.spec("What each rule achieves", data);
        spec.put("width", 540);
        spec.put("height", 26 * order.size());
        spec.setAll(Json.template("""
                {"data": {"name": "verdicts"},
                 "encoding": {
                   "y": {"field": "rule", "type": "nominal", "sort": {{rules}}, "title": null},
                   "x": {"field": "check", "type": "nominal", "sort": {{checks}}, "title": null,
                         "axis": {"orient": "top", "labelAngle": 0, "labelLimit": 180}}},
                 "layer": [
                   {"mark": {"type": "rect", "stroke": "white"},
                    "encoding": {"color": {"field": "verdict", "type": "nominal",
                                           "scale": {"domain": ["yes", "no", "undefined"],
                                                     "range": ["#a9dfbf", "#f5b7b1", "#e5e7e9"]},
                                           "legend": null}}},
                   {"mark": {"type": "text", "fontSize": 11}, "encoding": {"text": {"field": "verdict"}}}]}
                """, Map.of("rules", VegaLite.strings(order),
                "checks", VegaLite.strings(List.of(BALANCED, RATIONAL, CORE)))));
        String caption = "Budget balanced: the transfers sum to zero, nobody outside pays. Every region better off"
                + " than alone: individually rational, counting each region's cost of joining. No group better"
                + " off on its own: no coalition of regions would save more by cooperating among themselves, so"
                + " the division is in the core and stable. \"undefined\": the rule cannot apply to this game.";
        return Optional.of(new Chart("verdicts", "What each rule achieves", caption, spec));
    }

    private static void verdict(ArrayNode rows, String rule, String check, boolean applied, JsonNode value) {
        ObjectNode row = rows.addObject();
        row.put("rule", rule);
        row.put("check", check);
        row.put("verdict", !applied || !value.isBoolean() ? "undefined" : value.booleanValue() ? "yes" : "no");
    }

    private static Optional<Chart> core(RunFiles run, JsonNode compensation) {
        DisplayUnits u = run.units();
        ArrayNode rows = Json.array();
        List<String> order = new ArrayList<>();
        double low = 0;
        double high = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = compensation.path("rules").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode excess = e.getValue().path("maxExcess");
            if ("applied".equals(e.getValue().path("status").asText()) && excess.isNumber()) {
                ObjectNode row = rows.addObject();
                row.put("rule", e.getKey());
                row.set("maxExcess", Json.number(excess.doubleValue()));
                row.put("inCore", e.getValue().path("inCore").asBoolean(false));
                order.add(e.getKey());
                low = Math.min(low, excess.doubleValue());
                high = Math.max(high, excess.doubleValue());
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        double epsilon = number(compensation.path("leastCoreEpsilon"));
        if (Double.isFinite(epsilon)) {
            low = Math.min(low, epsilon);
            high = Math.max(high, epsilon);
        }
        double constant = Math.max(1, Math.min(Math.abs(low), high) / 10);
        // Room for the labels, but never past a double's range (an excess near -1.8e308 times 3).
        double left = low < 0 ? Math.max(low * 3, -Double.MAX_VALUE) : -constant;
        double right = high > 0 ? Math.min(high * 1.5, Double.MAX_VALUE) : constant;
        ArrayNode marks = Json.array();
        ObjectNode zero = marks.addObject();
        zero.put("label", "core: at or left of 0");
        zero.put("value", 0);
        if (Double.isFinite(epsilon)) {
            ObjectNode least = marks.addObject();
            least.put("label", "least core ε* = " + Readable.of(epsilon, u.money()));
            least.set("value", Json.number(epsilon));
        }
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("excess", rows);
        data.put("marks", marks);
        ObjectNode spec = VegaLite.spec("How far each rule is from the core", data);
        spec.put("width", VegaLite.WIDTH);
        spec.put("height", 28 * order.size());
        spec.setAll(Json.template("""
                {"layer": [
                   {"data": {"name": "excess"}, "mark": {"type": "bar"},
                    "encoding": {
                      "y": {"field": "rule", "type": "nominal", "sort": {{rules}}, "title": null},
                      "x": {"field": "maxExcess", "type": "quantitative",
                            "scale": {"type": "symlog", "constant": {{constant}}, "domain": {{domain}}, "nice": false},
                            "axis": {"title": {{axis}}, "values": {{ticks}}, "labelExpr": {{labels}},
                                     "labelOverlap": "greedy", "grid": true}},
                      "color": {"field": "inCore", "type": "nominal",
                                "scale": {"domain": [true, false], "range": ["#27ae60", "#c0392b"]},
                                "legend": {"title": "in the core", "orient": "bottom",
                                           "labelExpr": "datum.label === 'true' ? 'yes' : 'no'"}},
                      "tooltip": {{tooltip}}}},
                   {"data": {"name": "marks"}, "mark": {"type": "rule", "strokeDash": [4, 3], "color": "#34495e"},
                    "encoding": {"x": {"field": "value", "type": "quantitative"}}},
                   {"data": {"name": "marks"}, "mark": {"type": "text", "angle": 270, "align": "left",
                      "baseline": "bottom", "dx": 4, "dy": -3, "color": "#34495e"},
                    "encoding": {"x": {"field": "value", "type": "quantitative"}, "y": {"value": 0},
                                 "text": {"field": "label"}}}]}
                """, Map.of("rules", VegaLite.strings(order), "constant", constant,
                "domain", VegaLite.numbers(left, right),
                "ticks", SymlogTicks.of(left, right, constant),
                "labels", SymlogTicks.LABELS,
                "axis", "largest gain a group of regions would have by leaving (" + u.money()
                        + " per year, compressed scale)",
                "tooltip", VegaLite.tooltips(List.of(VegaLite.tooltip("rule", "rule", false),
                        VegaLite.tooltip("maxExcess", "largest gain by leaving (" + u.money() + ")", true))))));
        StringBuilder caption = new StringBuilder("For each rule, the most that any group of regions would gain a"
                + " year by leaving and cooperating on its own (the largest excess). At or below zero no group"
                + " gains by leaving: the rule is in the core.");
        if (Double.isFinite(epsilon)) {
            caption.append(" The least core ε* = ").append(Readable.of(epsilon, u.money()))
                    .append(" is the lowest this can be for any division of the saving")
                    .append(epsilon <= 0 ? " (below zero: the core is not empty" + (epsilon > -0.01 * Math.abs(
                            number(compensation.path("surplus"))) ? ", but thin)" : ")") : " (above zero: the core"
                            + " is empty, so every division leaves some group better off on its own)")
                    .append("; the nucleolus attains it.");
        }
        caption.append(" The scale is compressed so that large and small excesses both show.");
        return Optional.of(new Chart("core", "How far each rule is from the core", caption.toString(), spec));
    }

    private static double number(JsonNode node) {
        return node.isNumber() ? node.doubleValue() : Double.NaN;
    }
}
