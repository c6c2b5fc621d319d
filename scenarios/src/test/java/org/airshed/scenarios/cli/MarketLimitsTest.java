package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.airshed.scenarios.run.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a market was never compared with the receptor limits, and its per-source positions were
 * not written. The two-region scenario with A's limit at 16.5: least cost under the cap alone leaves
 * z_A = 5 + 0.125·70 + 0.0625·50 = 16.875, so one-for-one trading (which ignores limits by design)
 * must say that A ends above its limit, and write market-sources.csv.
 */
class MarketLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void aMarketThatIgnoresALimitSaysSoAndWritesItsSources() throws IOException {
        String json = TestScenarios.twoRegions("{\"cap\": 120, \"receptorLimits\": {\"A\": 16.5}}").strip();
        json = json.substring(0, json.length() - 1) + ", \"market\": {\"allocation\": \"grandfathering\","
                + " \"mechanism\": \"equilibrium\", \"transactionCost\": 0}}";
        Path file = TestScenarios.write(temp, "limits.json", json);
        Path out = temp.resolve("out");
        Cli.Result r = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode m = JSON.readTree(out.resolve("summary.json").toFile()).get("market");
        JsonNode a = m.get("receptors").get("A");
        assertEquals(16.875, a.get("concentration").asDouble(), 1e-9);
        assertEquals(16.5, a.get("limit").asDouble(), 0);
        assertTrue(a.get("exceeded").asBoolean());
        assertTrue(m.get("notes").toString().contains("ignores receptor limits by design"), m.get("notes").toString());
        assertTrue(r.out().contains("A after trading: 16.875 ug/m3, limit 16.5  EXCEEDED"), r.out());
        List<String> rows = Files.readAllLines(out.resolve("market-sources.csv"));
        assertEquals(List.of("source,region,initialPermits,bought,sold,emissions,surrendered,shortfall,abatementCost,"
                + "payment,fee", "a1,A,66.667,3.333,0.000,70,70.000,0.000,300,66.66,0.00",
                "b1,B,53.333,0.000,3.333,50,50.000,0.000,600,-66.66,0.00"), rows);
    }
}
