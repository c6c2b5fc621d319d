package org.airshed.scenarios.report;

import static org.airshed.scenarios.report.ReadBack.chart;
import static org.airshed.scenarios.report.ReadBack.csv;
import static org.airshed.scenarios.report.ReadBack.dataset;
import static org.airshed.scenarios.report.ReadBack.json;
import static org.airshed.scenarios.report.ReadBack.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every chart's data equals the result files it draws, read back independently ({@link ReadBack}):
 * mac.csv, regions.csv, transfers.csv, technologies.csv, scenario.json and summary.json.
 */
class ReportDataTest {
    @ParameterizedTest
    @ValueSource(strings = {"yrd-so2-compensation", "yrd-so2-market", "yrd-so2", "two-regions-banking",
            "two-regions-technologies"})
    void theMacChartsAreMacCsvWithTheCapPriceAndTheCut(String scenario) {
        Path dir = ReportRuns.of(scenario);
        List<Map<String, String>> mac = csv(dir.resolve("mac.csv"));
        JsonNode summary = json(dir.resolve("summary.json"));
        List<Map<String, String>> regions = csv(dir.resolve("regions.csv"));

        JsonNode total = chart(dir, "mac-total");
        List<Map<String, String>> totalRows = mac.stream().filter(r -> r.get("curve").equals("total")).toList();
        assertSameCurve(totalRows, dataset(total, "curve"), scenario + " total");
        assertEquals(number(summary.at("/allocation/capPrice")), dataset(total, "lambda").get(0).path("price")
                .doubleValue());
        double baseline = regions.stream().mapToDouble(r -> number(r.get("baseline"))).sum();
        double cap = json(dir.resolve("scenario.json")).at("/policy/cap").doubleValue();
        assertEquals(baseline - cap, dataset(total, "cut").get(0).path("abatement").doubleValue(), 1e-9 * baseline);

        JsonNode byRegion = chart(dir, "mac-regions");
        List<Map<String, String>> regionRows = mac.stream().filter(r -> r.get("curve").equals("region")).toList();
        assertSameCurve(regionRows, dataset(byRegion, "curves"), scenario + " regions");
        List<JsonNode> points = dataset(byRegion, "allocation");
        assertEquals(regions.size(), points.size());
        for (int i = 0; i < regions.size(); i++) {
            assertEquals(regions.get(i).get("region"), points.get(i).path("region").asText());
            assertEquals(number(regions.get(i).get("reduction")), points.get(i).path("reduction").doubleValue());
            assertEquals(number(regions.get(i).get("price")), points.get(i).path("price").doubleValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"yrd-so2-compensation", "yrd-so2", "two-regions-banking"})
    void everyRegionsAllocationLiesOnItsCurveInMacCsv(String scenario) {
        Path dir = ReportRuns.of(scenario);
        List<Map<String, String>> mac = csv(dir.resolve("mac.csv"));
        for (Map<String, String> region : csv(dir.resolve("regions.csv"))) {
            double price = number(region.get("price"));
            double reduction = number(region.get("reduction"));
            List<double[]> curve = mac.stream().filter(r -> region.get("region").equals(r.get("region")))
                    .map(r -> new double[] {number(r.get("price")), number(r.get("abatement"))}).toList();
            // The solver's prices carry rounding (λ + μ·T): read the curve a hair either side.
            double hair = 1e-9 * Math.max(1, Math.abs(price));
            double[] range = {abatementAt(curve, price - hair)[0], abatementAt(curve, price + hair)[1]};
            double slack = 1e-7 * Math.max(1, reduction);
            assertTrue(range[0] - slack <= reduction && reduction <= range[1] + slack, scenario + " "
                    + region.get("region") + ": abates " + reduction + " at price " + price + ", the curve gives "
                    + range[0] + " to " + range[1]);
        }
    }

    /** The least and most abatement the curve (price, abatement points, linear between) has at {@code price}. */
    private static double[] abatementAt(List<double[]> curve, double price) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < curve.size(); k++) {
            double[] p = curve.get(k);
            if (p[0] == price) {
                low = Math.min(low, p[1]);
                high = Math.max(high, p[1]);
            } else if (k > 0 && curve.get(k - 1)[0] < price && price < p[0]) {
                double[] q = curve.get(k - 1);
                double a = q[1] + (p[1] - q[1]) * (price - q[0]) / (p[0] - q[0]);
                low = Math.min(low, a);
                high = Math.max(high, a);
            }
        }
        if (low > high) {
            double last = curve.get(curve.size() - 1)[1];
            return price < curve.get(0)[0] ? new double[] {0, 0} : new double[] {last, last};
        }
        return new double[] {low, high};
    }

    @ParameterizedTest
    @ValueSource(strings = {"yrd-so2-compensation", "two-regions-banking"})
    void costByRegionIsRegionsCsvAloneAndCooperating(String scenario) {
        Path dir = ReportRuns.of(scenario);
        List<JsonNode> costs = dataset(chart(dir, "cost-by-region"), "costs");
        List<Map<String, String>> regions = csv(dir.resolve("regions.csv"));
        assertEquals(2 * regions.size(), costs.size());
        for (int i = 0; i < regions.size(); i++) {
            assertEquals(regions.get(i).get("region"), costs.get(2 * i).path("region").asText());
            assertEquals(number(regions.get(i).get("standaloneCost")), costs.get(2 * i).path("cost").doubleValue());
            assertEquals(number(regions.get(i).get("cooperativeCost")), costs.get(2 * i + 1).path("cost").doubleValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"yrd-so2-compensation", "yrd-so2", "yrd-so2-market", "two-regions-banking"})
    void concentrationsAreRegionsCsvScenarioJsonTheCompensationPlansAndTheMarket(String scenario) {
        Path dir = ReportRuns.of(scenario);
        JsonNode chart = chart(dir, "concentration");
        JsonNode scenarioJson = json(dir.resolve("scenario.json"));
        JsonNode summary = json(dir.resolve("summary.json"));
        List<Map<String, String>> regions = csv(dir.resolve("regions.csv"));
        Map<String, Double> expected = new TreeMap<>();
        Map<String, Double> limits = new TreeMap<>();
        for (Iterator<String> it = scenarioJson.path("transfer").fieldNames(); it.hasNext(); ) {
            String receptor = it.next();
            Map<String, String> row = regions.stream().filter(r -> r.get("region").equals(receptor)).findFirst()
                    .orElseThrow();
            double before = 0;
            for (JsonNode region : scenarioJson.path("regions")) {
                if (region.path("id").asText().equals(receptor)) {
                    before += region.path("background").asDouble();
                }
            }
            for (Map<String, String> source : regions) {
                before += scenarioJson.path("transfer").path(receptor).path(source.get("region")).asDouble(0)
                        * number(source.get("baseline"));
            }
            expected.put(receptor + "|" + AirQualityCharts.NONE, before);
            expected.put(receptor + "|" + AirQualityCharts.ALLOCATION, number(row.get("concentration")));
            JsonNode plans = summary.at("/compensation/plans");
            if (plans.isObject()) {
                expected.put(receptor + "|each region alone (its duty)",
                        plans.path("baseline").path(receptor).path("concentration").doubleValue());
                expected.put(receptor + "|cooperating (compensation game)",
                        plans.path("cooperative").path(receptor).path("concentration").doubleValue());
            }
            JsonNode afterTrading = summary.at("/market/receptors/" + receptor + "/concentration");
            if (afterTrading.isNumber()) {
                expected.put(receptor + "|" + AirQualityCharts.MARKET, afterTrading.doubleValue());
            }
            if (!row.get("limit").isEmpty()) {
                limits.put(receptor, number(row.get("limit")));
            }
        }
        Map<String, Double> drawn = new TreeMap<>();
        for (JsonNode row : dataset(chart, "concentrations")) {
            drawn.put(row.path("region").asText() + "|" + row.path("plan").asText(), row.path("concentration")
                    .doubleValue());
        }
        assertEquals(expected.keySet(), drawn.keySet());
        expected.forEach((key, value) -> assertEquals(value, drawn.get(key), 1e-12 * Math.max(1, value), key));
        Map<String, Double> drawnLimits = new TreeMap<>();
        dataset(chart, "limits").forEach(r -> drawnLimits.put(r.path("region").asText(), r.path("limit").doubleValue()));
        assertEquals(limits, drawnLimits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yrd-so2-market", "two-regions-banking"})
    void marketChartsAreSummaryJsonsMarket(String scenario) {
        Path dir = ReportRuns.of(scenario);
        JsonNode summary = json(dir.resolve("summary.json"));
        JsonNode market = summary.path("market");
        Map<String, Double> prices = new LinkedHashMap<>();
        dataset(chart(dir, "market-prices"), "prices").forEach(r -> prices.put(r.path("price").asText(),
                r.path("value").doubleValue()));
        assertEquals(market.path("clearingPrice").doubleValue(), prices.get("sellers receive"));
        assertEquals(market.path("buyerPrice").doubleValue(), prices.get("buyers pay"));
        assertEquals(summary.at("/allocation/capPrice").doubleValue(), prices.get("cap price λ of the allocation"));

        List<JsonNode> regions = dataset(chart(dir, "market-regions"), "regions");
        List<String> ids = new ArrayList<>();
        market.path("regions").fieldNames().forEachRemaining(ids::add);
        assertEquals(ids.size(), regions.size());
        for (int i = 0; i < ids.size(); i++) {
            JsonNode expected = market.path("regions").path(ids.get(i));
            for (String field : List.of("initialPermits", "emissions", "netPurchase", "payment")) {
                assertEquals(expected.path(field).doubleValue(), regions.get(i).path(field).doubleValue(), field);
            }
        }
        JsonNode periods = market.path("periods");
        Path periodChart = dir.resolve("charts/market-periods.vl.json");
        assertEquals(periods.isArray(), Files.exists(periodChart), "a price path exactly when there are periods");
        if (periods.isArray()) {
            List<JsonNode> drawn = dataset(json(periodChart), "periods");
            assertEquals(periods.size(), drawn.size());
            for (int t = 0; t < periods.size(); t++) {
                for (String field : List.of("period", "cap", "price", "emissions", "bank")) {
                    assertEquals(periods.get(t).path(field).doubleValue(), drawn.get(t).path(field).doubleValue());
                }
            }
        }
    }

    @Test
    void compensationChartsAreTransfersCsvAndSummaryJson() {
        Path dir = ReportRuns.of("yrd-so2-compensation");
        JsonNode compensation = json(dir.resolve("summary.json")).path("compensation");
        List<Map<String, String>> applied = csv(dir.resolve("transfers.csv")).stream()
                .filter(r -> r.get("status").equals("applied")).toList();
        List<JsonNode> transfers = dataset(chart(dir, "transfers"), "transfers");
        List<JsonNode> gains = dataset(chart(dir, "individual-rationality"), "gains");
        assertEquals(applied.size(), transfers.size());
        assertEquals(applied.size(), gains.size());
        for (int i = 0; i < applied.size(); i++) {
            Map<String, String> row = applied.get(i);
            assertEquals(row.get("rule") + "/" + row.get("region"), transfers.get(i).path("rule").asText() + "/"
                    + transfers.get(i).path("region").asText());
            assertEquals(number(row.get("transfer")), transfers.get(i).path("transfer").doubleValue());
            assertEquals(number(row.get("netGain")), gains.get(i).path("netGain").doubleValue());
            assertEquals(number(row.get("standalone")), gains.get(i).path("standalone").doubleValue());
            assertEquals(Boolean.parseBoolean(row.get("individuallyRational")),
                    gains.get(i).path("individuallyRational").booleanValue());
        }
        Map<String, String> verdicts = new LinkedHashMap<>();
        dataset(chart(dir, "verdicts"), "verdicts").forEach(r -> verdicts.put(r.path("rule").asText() + "|"
                + r.path("check").asText(), r.path("verdict").asText()));
        Map<String, Double> excess = new LinkedHashMap<>();
        dataset(chart(dir, "core"), "excess").forEach(r -> excess.put(r.path("rule").asText(),
                r.path("maxExcess").doubleValue()));
        int applies = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = compensation.path("rules").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> rule = it.next();
            JsonNode r = rule.getValue();
            boolean isApplied = r.path("status").asText().equals("applied");
            assertEquals(isApplied ? yesNo(r.path("budgetBalanced")) : "undefined",
                    verdicts.get(rule.getKey() + "|" + CompensationCharts.BALANCED), rule.getKey());
            assertEquals(isApplied ? yesNo(r.path("individuallyRational")) : "undefined",
                    verdicts.get(rule.getKey() + "|" + CompensationCharts.RATIONAL), rule.getKey());
            assertEquals(isApplied ? yesNo(r.path("inCore")) : "undefined",
                    verdicts.get(rule.getKey() + "|" + CompensationCharts.CORE), rule.getKey());
            if (isApplied) {
                applies++;
                assertEquals(r.path("maxExcess").doubleValue(), excess.get(rule.getKey()), rule.getKey());
            }
        }
        assertEquals(applies, excess.size());
        assertEquals(compensation.path("leastCoreEpsilon").doubleValue(),
                dataset(chart(dir, "core"), "marks").get(1).path("value").doubleValue());
    }

    private static String yesNo(JsonNode flag) {
        return flag.booleanValue() ? "yes" : "no";
    }

    @Test
    void theVersion2HealthChartIsReceptorsCsv() {
        Path dir = ReportRuns.of("yrd-pm25");
        List<Map<String, String>> receptors = csv(dir.resolve("receptors.csv"));
        List<JsonNode> drawn = dataset(chart(dir, "concentration-fall"), "receptors");
        assertEquals(receptors.size(), drawn.size());
        for (int j = 0; j < drawn.size(); j++) {
            Map<String, String> row = receptors.get(j);
            assertEquals(row.get("region"), drawn.get(j).path("region").asText());
            assertEquals(Double.parseDouble(row.get("baselineConcentration")) - Double.parseDouble(row.get("concentration")),
                    drawn.get(j).path("fall").doubleValue());
            assertEquals(Double.parseDouble(row.get("deathsAvoided")), drawn.get(j).path("deathsAvoided").doubleValue());
        }
    }

    @Test
    void discreteChartsAreSummaryJsonAndTechnologiesCsv() {
        Path dir = ReportRuns.of("two-regions-technologies");
        JsonNode discrete = json(dir.resolve("summary.json")).path("discrete");
        Map<String, Double> costs = new LinkedHashMap<>();
        dataset(chart(dir, "discrete-costs"), "costs").forEach(r -> costs.put(r.path("method").asText(),
                r.path("cost").doubleValue()));
        assertEquals(Map.of(DiscreteCharts.BOUND, discrete.path("bound").doubleValue(),
                DiscreteCharts.CONSTRUCTION, discrete.path("constructionCost").doubleValue(),
                DiscreteCharts.ANSWER, discrete.path("cost").doubleValue(),
                DiscreteCharts.GREEDY, discrete.at("/greedy/cost").doubleValue()), costs);
        Map<String, Integer> expected = new TreeMap<>();
        for (Map<String, String> row : csv(dir.resolve("technologies.csv"))) {
            expected.merge(row.get("option") + "|" + DiscreteCharts.ANSWER, 1, Integer::sum);
            expected.merge(row.get("greedyOption") + "|" + DiscreteCharts.GREEDY, 1, Integer::sum);
        }
        Map<String, Integer> drawn = new TreeMap<>();
        dataset(chart(dir, "discrete-options"), "options").forEach(r -> {
            if (r.path("sources").intValue() > 0) {
                drawn.put(r.path("option").asText() + "|" + r.path("method").asText(), r.path("sources").intValue());
            }
        });
        assertEquals(expected, drawn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yrd-so2-compensation", "yrd-so2-market", "two-regions-technologies"})
    void thePageDrawsExactlyTheChartFiles(String scenario) throws Exception {
        Path dir = ReportRuns.of(scenario);
        String html = Files.readString(dir.resolve("report.html"));
        JsonNode specs = PageParts.specs(html);
        List<String> files;
        try (var list = Files.list(dir.resolve("charts"))) {
            files = list.map(p -> p.getFileName().toString().replace(".vl.json", "")).sorted().toList();
        }
        List<String> inPage = new ArrayList<>();
        specs.fieldNames().forEachRemaining(inPage::add);
        assertEquals(files, inPage.stream().sorted().toList());
        assertEquals(inPage, PageParts.containers(html), "a container for every chart, in order");
        for (String name : files) {
            assertEquals(chart(dir, name), specs.path(name), name);
        }
    }

    @Test
    void sweepChartsAreSummaryCsvAndRunsCsv() {
        Path dir = ReportRuns.sweep();
        List<Map<String, String>> summary = csv(dir.resolve("summary.csv"));
        for (String parameter : List.of("cut", "tc")) {
            List<JsonNode> statistics = dataset(chart(dir, "distributions-" + parameter), "statistics");
            assertFalse(statistics.isEmpty());
            for (JsonNode row : statistics) {
                Map<String, String> expected = summary.stream().filter(r -> r.get("parameter").equals(parameter)
                        && r.get("value").equals(row.path("value").asText())
                        && r.get("metric").equals(row.path("metric").asText())).findFirst().orElseThrow();
                for (String column : List.of("n", "min", "p5", "p25", "median", "p75", "p95", "max", "mean")) {
                    assertEquals(number(expected.get(column)), row.path(column).doubleValue(), column);
                }
            }
            List<JsonNode> shares = dataset(chart(dir, "rules-" + parameter), "shares");
            assertFalse(shares.isEmpty());
            for (JsonNode row : shares) {
                String metric = "compensation.rules." + row.path("rule").asText() + "."
                        + (row.path("check").asText().equals(SweepCharts.CORE) ? "inCore" : "individuallyRational");
                Map<String, String> expected = summary.stream().filter(r -> r.get("parameter").equals(parameter)
                        && r.get("value").equals(row.path("value").asText()) && r.get("metric").equals(metric))
                        .findFirst().orElseThrow();
                assertEquals(number(expected.get("mean")), row.path("share").doubleValue(), metric);
            }
        }
        // The heat maps, against runs.csv aggregated here.
        List<Map<String, String>> runs = csv(dir.resolve("runs.csv"));
        for (JsonNode cell : dataset(chart(dir, "mean-cut-tc"), "cells")) {
            List<Map<String, String>> in = runs.stream().filter(r -> r.get("status").equals("ok")
                    && r.get("cut").equals(cell.path("x").asText()) && r.get("tc").equals(cell.path("y").asText()))
                    .toList();
            double mean = in.stream().mapToDouble(r -> number(r.get("cooperation.saving"))).average().orElseThrow();
            assertEquals(in.size(), cell.path("runs").intValue());
            assertEquals(mean, cell.path("mean").doubleValue(), 1e-12 * Math.abs(mean));
        }
        int cells = 0;
        for (JsonNode cell : dataset(chart(dir, "core-cut-tc"), "shares")) {
            String column = "compensation.rules." + cell.path("rule").asText() + ".inCore";
            List<Map<String, String>> in = runs.stream().filter(r -> r.get("status").equals("ok")
                    && r.get("cut").equals(cell.path("x").asText()) && r.get("tc").equals(cell.path("y").asText())
                    && !r.get(column).isEmpty()).toList();
            long yes = in.stream().filter(r -> r.get(column).equals("true")).count();
            assertEquals(in.size(), cell.path("runs").intValue());
            assertEquals((double) yes / in.size(), cell.path("share").doubleValue(), 0);
            cells++;
        }
        // A rule has a cell wherever it applied in at least one ok run (Nash bargaining, say, is
        // undefined where v(N) falls below the disagreement point).
        long expectedCells = runs.stream().filter(r -> r.get("status").equals("ok"))
                .flatMap(r -> r.keySet().stream()
                        .filter(c -> c.startsWith("compensation.rules.") && c.endsWith(".inCore") && !r.get(c).isEmpty())
                        .map(c -> c + "|" + r.get("cut") + "|" + r.get("tc")))
                .distinct().count();
        assertEquals(expectedCells, cells, "one cell per rule and grid cell where the rule applied");
    }

    /** The same rows in the same order: rows of mac.csv and a chart's curve points. */
    private static void assertSameCurve(List<Map<String, String>> rows, List<JsonNode> drawn, String what) {
        assertEquals(rows.size(), drawn.size(), what + ": every point of mac.csv is drawn");
        for (int k = 0; k < rows.size(); k++) {
            Map<String, String> row = rows.get(k);
            JsonNode point = drawn.get(k);
            if (row.get("curve").equals("region")) {
                assertEquals(row.get("region"), point.path("region").asText(), what + " point " + k);
            }
            assertEquals(number(row.get("price")), point.path("price").doubleValue(), what + " point " + k);
            assertEquals(number(row.get("abatement")), point.path("abatement").doubleValue(), what + " point " + k);
            assertEquals(number(row.get("cost")), point.path("cost").doubleValue(), what + " point " + k);
        }
    }
}
