package org.airshed.scenarios.report;

import static org.airshed.scenarios.report.ReadBack.chart;
import static org.airshed.scenarios.report.ReadBack.dataset;
import static org.airshed.scenarios.report.ReadBack.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * yrd-pm25-market's report draws summary.json's market: each permit's price (a headline each), and by
 * region what was bought and paid.
 */
class MultiMarketChartsTest {
    @Test
    void theChartsAreSummaryJsonsMarket() throws IOException {
        Path dir = ReportRuns.of("yrd-pm25-market");
        JsonNode summary = json(dir.resolve("summary.json"));
        JsonNode market = summary.path("market");
        List<String> pollutants = new ArrayList<>();
        market.path("pollutants").fieldNames().forEachRemaining(pollutants::add);
        List<JsonNode> prices = dataset(chart(dir, "market-prices"), "prices");
        assertEquals(2 * pollutants.size(), prices.size());
        for (int p = 0; p < pollutants.size(); p++) {
            String id = pollutants.get(p);
            assertEquals(id, prices.get(2 * p).path("pollutant").asText());
            assertEquals(market.path("pollutants").path(id).path("clearingPrice").doubleValue(),
                    prices.get(2 * p).path("value").doubleValue(), id);
            assertEquals(summary.at("/allocation/capPrices").path(id).doubleValue(),
                    prices.get(2 * p + 1).path("value").doubleValue(), id);
        }
        List<JsonNode> bought = dataset(chart(dir, "market-regions"), "bought");
        List<JsonNode> paid = dataset(chart(dir, "market-regions"), "paid");
        List<String> regions = new ArrayList<>();
        market.path("regions").fieldNames().forEachRemaining(regions::add);
        assertEquals(regions.size() * pollutants.size(), bought.size());
        assertEquals(regions.size(), paid.size());
        for (int r = 0; r < regions.size(); r++) {
            JsonNode region = market.path("regions").path(regions.get(r));
            assertEquals(region.path("payment").doubleValue(), paid.get(r).path("payment").doubleValue());
            for (int p = 0; p < pollutants.size(); p++) {
                JsonNode row = bought.get(r * pollutants.size() + p);
                JsonNode expected = region.path("pollutants").path(pollutants.get(p));
                for (String field : List.of("initialPermits", "emissions", "netPurchase", "payment")) {
                    assertEquals(expected.path(field).doubleValue(), row.path(field).doubleValue(), field);
                }
            }
        }
        assertTrue(Files.exists(dir.resolve("charts/concentration-fall.vl.json")));
        String page = Files.readString(dir.resolve("report.html"));
        for (String pollutant : pollutants) {
            assertTrue(page.contains(pollutant + " permit price"), "a headline for the " + pollutant + " permit");
        }
    }
}
