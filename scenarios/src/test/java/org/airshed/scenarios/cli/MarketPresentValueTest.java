package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airshed.scenarios.run.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a multi-period market with a discount rate reported only undiscounted costs. Three
 * periods of the two-region scenario with banking at r = 10 %: each period's cost is discounted by
 * (1 + r)^t, period 0 undiscounted, and the present values are reported beside the sums.
 */
class MarketPresentValueTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void presentValuesStandBesideTheUndiscountedCosts() throws IOException {
        String json = TestScenarios.twoRegions("{\"cap\": 120}").strip();
        json = json.substring(0, json.length() - 1) + ", \"market\": {\"allocation\": \"grandfathering\","
                + " \"mechanism\": \"equilibrium\", \"periods\": {\"caps\": [140, 120, 100], \"discountRate\": 0.1,"
                + " \"banking\": true}}}";
        Path file = TestScenarios.write(temp, "periods.json", json);
        Path out = temp.resolve("out");
        Cli.Result r = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode m = JSON.readTree(out.resolve("summary.json").toFile()).get("market");
        double undiscounted = 0;
        double present = 0;
        for (JsonNode p : m.get("periods")) {
            double cost = p.get("abatementCost").asDouble();
            int t = p.get("period").asInt();
            assertEquals(cost / Math.pow(1.1, t), p.get("presentValueAbatementCost").asDouble(), 1e-6, "period " + t);
            undiscounted += cost;
            present += cost / Math.pow(1.1, t);
        }
        assertEquals(m.get("abatementCost").asDouble(), undiscounted, 1e-6);
        assertEquals(present, m.get("presentValueAbatementCost").asDouble(), 1e-6);
        assertEquals(present, m.get("presentValueTotalCost").asDouble(), 1e-6);
        assertTrue(present < undiscounted, present + " < " + undiscounted);
        double regions = 0;
        for (JsonNode region : m.get("regions")) {
            regions += region.get("presentValueAbatementCost").asDouble();
        }
        assertEquals(present, regions, 1e-6);
        assertTrue(m.get("discounting").asText().contains("(1 + r)^t"), m.get("discounting").asText());
        assertTrue(r.out().contains("present value"), r.out());
    }

    /**
     * Numerical review s8: one source, caps 90 then 40 at r = 0.05: it abates its 23-step fully in period 1
     * and banks 10 t of it from period 0 rather than abate at 40, so the price is 23 and then 23 · 1.05;
     * period 1's printed 24.150000000000002, 23 divided by the double 1.05^−1.
     */
    @Test
    void aBankedPriceGrownFrom23AtFivePerCentPrints24Point15() throws IOException {
        JsonNode periods = bankedPeriods("23", "40");
        assertEquals(23.0, periods.get(0).get("price").asDouble());
        assertEquals("24.15", periods.get(1).get("price").asText(), periods.toString());
        assertEquals(10, periods.get(0).get("bank").asDouble(), 1e-9, periods.toString());
    }

    /**
     * Review revE: the same with steps [50 @ 23.1, 50 @ 140]; the cost 23.1 was grown as its binary double,
     * so period 1 printed 24.255000000000003, not 23.1 · 1.05 = 24.255 rounded once.
     */
    @Test
    void aBankedPriceGrownFrom23Point1AtFivePerCentPrints24Point255() throws IOException {
        JsonNode periods = bankedPeriods("23.1", "140");
        assertEquals("23.1", periods.get(0).get("price").asText(), periods.toString());
        assertEquals("24.255", periods.get(1).get("price").asText(), periods.toString());
    }

    /** summary.json's market periods for one source with steps [50 @ cheap, 50 @ dear], caps 90 then 40, r = 0.05, banking. */
    private JsonNode bankedPeriods(String cheap, String dear) throws IOException {
        String json = """
                {"name": "review-s8", "description": "one source, two periods", "seed": 7,
                 "units": {"mass": "t", "money": "CNY", "concentration": "ug/m3"},
                 "regions": [{"id": "A", "name": "A", "damagePerConcentration": 1, "background": 0}],
                 "transfer": {"A": {"A": 0.1}},
                 "sources": [{"id": "a1", "region": "A", "baseline": 100,
                              "steps": [{"amount": 50, "unitCost": %s}, {"amount": 50, "unitCost": %s}]}],
                 "policy": {"cap": 90},
                 "market": {"allocation": "grandfathering", "mechanism": "equilibrium",
                            "periods": {"caps": [90, 40], "discountRate": 0.05, "banking": true}}}
                """.formatted(cheap, dear);
        Path file = TestScenarios.write(temp, "review.json", json);
        Path out = temp.resolve("out");
        Cli.Result r = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        return JSON.readTree(Files.readString(out.resolve("summary.json"))).get("market").get("periods");
    }
}
