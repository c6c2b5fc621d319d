package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The marginal-abatement-cost curves of mac.csv: the total, with the cap price λ (summary.json)
 * and the cut the cap asks for (the baselines of regions.csv minus scenario.json's cap) marked;
 * and each region's, with the price its sources face and what they abate there (regions.csv).
 */
final class MacCharts {
    /** Regions drawn one by one; with more, the ones abating most (mac.csv has them all). */
    static final int MAX_REGION_PANELS = 12;
    private static final String LAMBDA_COLOR = "#c0392b";
    private static final String CUT_COLOR = "#34495e";

    private MacCharts() {
    }

    /** @param read mac.csv's curves, total first (as {@link MacCsvReader} reads them); empty without mac.csv */
    static Optional<ReportSection> of(RunFiles run, Optional<List<MacCurve>> read) {
        if (read.isEmpty()) {
            return Optional.empty();
        }
        MacCurve total = null;
        Map<String, MacCurve> regions = new LinkedHashMap<>();
        for (MacCurve curve : read.get()) {
            if (curve.region() == null) {
                total = curve;
            } else {
                regions.put(curve.region(), curve);
            }
        }
        List<Chart> charts = new ArrayList<>();
        if (total != null && total.size() > 0) {
            charts.add(total(run, total));
        }
        Optional<CsvRows> regionRows = run.csv(RunFiles.REGIONS);
        if (!regions.isEmpty() && regionRows.isPresent()) {
            regionsChart(run, regions, regionRows.get()).ifPresent(charts::add);
        }
        if (charts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportSection("What abatement costs",
                "A marginal-abatement-cost curve lines up every control measure from the cheapest to the"
                        + " dearest tonne. Read across at a price to see how much is cut when every source"
                        + " cuts as long as that is cheaper than the price.", charts));
    }

    private static Chart total(RunFiles run, MacCurve total) {
        DisplayUnits u = run.units();
        double lambda = run.number("/allocation/capPrice");
        double cut = cut(run);
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("curve", ChartCurve.rows(total));
        boolean priced = Double.isFinite(lambda) && lambda > 0;
        if (priced) {
            ArrayNode marks = Json.array();
            ObjectNode mark = marks.addObject();
            mark.put("label", "cap price λ = " + Readable.of(lambda, u.price()));
            mark.set("price", Json.number(lambda));
            data.put("lambda", marks);
        }
        if (Double.isFinite(cut)) {
            ArrayNode marks = Json.array();
            ObjectNode mark = marks.addObject();
            mark.put("label", "cut = " + Readable.of(cut, u.mass()));
            mark.set("abatement", Json.number(cut));
            data.put("cut", marks);
        }
        double top = ChartCurve.top(total, priced ? lambda : Double.NaN);
        double bottom = ChartCurve.bottom(total);
        ObjectNode spec = VegaLite.spec("Marginal abatement cost, all regions", data);
        spec.put("width", VegaLite.WIDTH);
        spec.put("height", VegaLite.HEIGHT);
        ArrayNode layers = spec.putArray("layer");
        layers.add(curveLayer("curve", u, bottom, top, "#1f77b4"));
        if (priced) {
            layers.add(rule("lambda", "y", "price", LAMBDA_COLOR, "[6, 4]"));
            layers.add(Json.template("""
                    {"data": {"name": "lambda"}, "mark": {"type": "text", "align": "left", "baseline": "bottom",
                      "dx": 4, "dy": -3, "color": {{color}}, "fontWeight": "bold"},
                     "encoding": {"x": {"value": 0}, "y": {"field": "price", "type": "quantitative"},
                                  "text": {"field": "label"}}}
                    """, Map.of("color", LAMBDA_COLOR)));
        }
        if (Double.isFinite(cut)) {
            layers.add(rule("cut", "x", "abatement", CUT_COLOR, "[2, 3]"));
            layers.add(Json.template("""
                    {"data": {"name": "cut"}, "mark": {"type": "text", "align": "right", "baseline": "top",
                      "dx": -4, "dy": 4, "color": {{color}}, "fontWeight": "bold"},
                     "encoding": {"x": {"field": "abatement", "type": "quantitative"}, "y": {"value": 0},
                                  "text": {"field": "label"}}}
                    """, Map.of("color", CUT_COLOR)));
        }
        StringBuilder caption = new StringBuilder("How much all sources together cut (across) when each cuts"
                + " as long as a " + u.mass() + " costs it less than the price (up). Each step is a control"
                + " measure: its width is what it removes, its height what removing one " + u.mass()
                + " costs.");
        if (priced) {
            caption.append(" The dashed line is the cap price λ = ").append(Readable.of(lambda, u.price()))
                    .append(": what the last ").append(u.mass()).append(" of the cut costs.");
        }
        if (Double.isFinite(cut)) {
            caption.append(" The dotted line is the cut the cap asks for, ").append(Readable.of(cut, u.mass()))
                    .append(" (baseline emissions minus the cap).");
        }
        if (priced && receptorLimitBinds(run)) {
            caption.append(" A receptor limit binds too, so the regions whose emissions reach it face more than λ"
                    + " (next chart): the cut is met at a price above λ on this curve.");
        }
        if (top < ChartCurve.highest(total)) {
            caption.append(" Prices above ").append(Readable.of(top, u.price()))
                    .append(" are cut off the chart; the dearest measure costs ")
                    .append(Readable.of(ChartCurve.highest(total), u.price())).append('.');
        }
        caption.append(thinned(total, "mac.csv"));
        return new Chart("mac-total", "Marginal abatement cost, all regions", caption.toString(), spec);
    }

    private static Optional<Chart> regionsChart(RunFiles run, Map<String, MacCurve> curves, CsvRows regionRows) {
        DisplayUnits u = run.units();
        Map<String, String> names = run.regionNames();
        List<CsvRows.Row> rows = new ArrayList<>();
        for (CsvRows.Row row : regionRows.rows()) {
            MacCurve curve = curves.get(row.text("region"));
            if (curve != null && curve.size() > 0) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<CsvRows.Row> shown = rows;
        if (rows.size() > MAX_REGION_PANELS) {
            List<CsvRows.Row> largest = new ArrayList<>(rows);
            // Each key parsed once, not at every comparison (which made Double.parseDouble hot enough
            // to be JIT-compiled late in a run); the same order and the same first bad cell reported.
            Map<CsvRows.Row, Double> reduction = new IdentityHashMap<>();
            largest.sort(Comparator.comparingDouble((CsvRows.Row r) ->
                    reduction.computeIfAbsent(r, row -> -orZero(row.number("reduction")))));
            // By identity: rows of one file differ by their line, and a record's equals compares every cell.
            Set<CsvRows.Row> kept = Collections.newSetFromMap(new IdentityHashMap<>());
            kept.addAll(largest.subList(0, MAX_REGION_PANELS));
            shown = rows.stream().filter(kept::contains).toList();
        }
        ArrayNode curveRows = Json.array();
        ArrayNode points = Json.array();
        ArrayNode panels = Json.array();
        for (CsvRows.Row row : shown) {
            String id = row.text("region");
            MacCurve curve = curves.get(id);
            curveRows.addAll(ChartCurve.rows(curve));
            double price = row.number("price");
            double reduction = row.number("reduction");
            ObjectNode point = points.addObject();
            point.put("region", id);
            point.set("price", Json.number(price));
            point.set("reduction", Json.number(reduction));
            double top = ChartCurve.top(curve, price);
            ObjectNode panel = Json.object();
            panel.put("title", names.getOrDefault(id, id) + (names.getOrDefault(id, id).equals(id) ? "" : " (" + id + ")"));
            panel.put("width", 290);
            panel.put("height", 190);
            ArrayNode layers = panel.putArray("layer");
            ObjectNode line = curveLayer("curves", u, ChartCurve.bottom(curve), top, "#1f77b4");
            line.putArray("transform").addObject().putObject("filter").put("field", "region").put("equal", id);
            layers.add(line);
            ObjectNode dot = Json.template("""
                    {"data": {"name": "allocation"}, "transform": [{"filter": {"field": "region", "equal": {{id}}}}],
                     "mark": {"type": "point", "filled": true, "size": 70, "color": {{color}}, "clip": true},
                     "encoding": {"x": {"field": "reduction", "type": "quantitative"},
                                  "y": {"field": "price", "type": "quantitative"},
                                  "tooltip": {{tooltip}}}}
                    """, Map.of("id", id, "color", LAMBDA_COLOR, "tooltip", VegaLite.tooltips(List.of(
                    VegaLite.tooltip("region", "region", false),
                    VegaLite.tooltip("reduction", "abates (" + u.mass() + ")", true),
                    VegaLite.tooltip("price", "at the price (" + u.price() + ")", true)))));
            layers.add(dot);
            panels.add(panel);
        }
        Map<String, ArrayNode> data = new LinkedHashMap<>();
        data.put("curves", curveRows);
        data.put("allocation", points);
        ObjectNode spec = VegaLite.spec("Marginal abatement cost by region", data);
        spec.put("columns", 2);
        spec.set("concat", panels);
        StringBuilder caption = new StringBuilder("Each region's own curve, and the dot where its sources stand in"
                + " the least-cost allocation: what they cut (across) and the price they face (up): the cap price"
                + " λ, plus the price of any binding receptor limit their emissions reach");
        caption.append(run.text("/allocation/objectiveKind") != null
                && run.text("/allocation/objectiveKind").equals("welfare") ? ", plus the damage a "
                + u.mass() + " does." : ".");
        caption.append(" Every source cuts while that is cheaper than its region's price, so the dot sits on the"
                + " curve.");
        if (shown.size() < rows.size()) {
            caption.append(" The ").append(shown.size()).append(" regions cutting most are shown, of ")
                    .append(rows.size()).append("; mac.csv has every region's curve.");
        }
        return Optional.of(new Chart("mac-regions", "Marginal abatement cost by region", caption.toString(), spec));
    }

    private static ObjectNode curveLayer(String dataset, DisplayUnits u, double bottom, double top, String color) {
        return Json.template("""
                {"data": {"name": {{dataset}}},
                 "mark": {"type": "line", "clip": true, "color": {{color}}, "strokeWidth": 2},
                 "encoding": {
                   "x": {"field": "abatement", "type": "quantitative", "title": {{x}}},
                   "y": {"field": "price", "type": "quantitative", "title": {{y}},
                         "scale": {"domain": {{domain}}}},
                   "order": {"field": "point", "type": "quantitative"},
                   "tooltip": {{tooltip}}}}
                """, Map.of("dataset", dataset, "color", color, "x", "abatement (" + u.mass() + ")",
                "y", "marginal cost (" + u.price() + ")", "domain", VegaLite.numbers(bottom, top),
                "tooltip", VegaLite.tooltips(List.of(
                        VegaLite.tooltip("price", "price (" + u.price() + ")", true),
                        VegaLite.tooltip("abatement", "abatement (" + u.mass() + ")", true),
                        VegaLite.tooltip("cost", "least cost (" + u.money() + ")", true)))));
    }

    private static ObjectNode rule(String dataset, String channel, String field, String color, String dash) {
        return Json.template("""
                {"data": {"name": {{dataset}}}, "mark": {"type": "rule", "color": {{color}}, "strokeWidth": 2,
                  "strokeDash": DASH, "clip": true},
                 "encoding": {{{channel}}: {"field": {{field}}, "type": "quantitative"}}}
                """.replace("DASH", dash), Map.of("dataset", dataset, "color", color, "channel", channel,
                "field", field));
    }

    /** The cut the cap asks for: the sum of regions.csv's baselines minus scenario.json's cap; NaN without a cap. */
    static double cut(RunFiles run) {
        double cap = run.scenario().map(ScenarioFacts::cap).orElse(Double.NaN);
        Optional<CsvRows> regions = run.csv(RunFiles.REGIONS);
        if (!Double.isFinite(cap) || regions.isEmpty()) {
            return Double.NaN;
        }
        double baseline = 0;
        for (CsvRows.Row row : regions.get().rows()) {
            baseline += orZero(row.number("baseline"));
        }
        return baseline - cap;
    }

    private static boolean receptorLimitBinds(RunFiles run) {
        for (var price : run.allocation().path("receptorPrices")) {
            if (price.isNumber() && price.doubleValue() > 0) {
                return true;
            }
        }
        return false;
    }

    static String thinned(MacCurve curve, String file) {
        return curve.size() > 2 * ChartCurve.SPREAD + 2
                ? " The chart draws " + (2 * ChartCurve.SPREAD + 2) + " or fewer of the curve's " + curve.size()
                + " points, spread evenly along it; " + file + " has them all."
                : "";
    }

    private static double orZero(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
