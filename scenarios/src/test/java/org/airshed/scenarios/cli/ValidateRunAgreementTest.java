package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.airshed.scenarios.pipeline.JsonPathPattern;
import org.airshed.scenarios.run.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * validate = run on 80 seeded random variants of a scenario with a market and compensation:
 * numbers scaled, negated, zeroed or blown up to 1e300, limits, objectives and sections switched. Whatever the
 * variant, neither command fails internally, and validate passes exactly the files run accepts.
 */
class ValidateRunAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NUMBERS = List.of("$.policy.cap", "$.policy.duties.A", "$.policy.duties.B",
            "$.regions[0].background", "$.regions[1].damagePerConcentration", "$.transfer.A.A", "$.transfer.B.B",
            "$.sources[0].baseline", "$.sources[1].steps[0].amount", "$.sources[1].steps[1].unitCost",
            "$.market.transactionCost", "$.market.priceCeiling", "$.regions[0].population");
    private static final double[] FACTORS = {0, -1, 0.5, 2, 10, 1e300};
    private static final List<String> ALLOCATIONS = List.of("grandfathering", "per-capita", "duties", "auction",
            "equal-proportional");

    @TempDir
    Path temp;

    @Test
    void validatePassesExactlyWhatRunAccepts() throws IOException {
        SplittableRandom random = new SplittableRandom(20261206);
        int accepted = 0;
        for (int instance = 0; instance < 80; instance++) {
            ObjectNode scenario = (ObjectNode) JSON.readTree(TestScenarios.twoRegions(TestScenarios.CAP_AND_DUTIES));
            ((ObjectNode) scenario.path("regions").get(0)).put("population", 10);
            ((ObjectNode) scenario.path("regions").get(1)).put("population", 20);
            if (random.nextBoolean()) {
                ((ObjectNode) scenario.path("policy")).putObject("receptorLimits").put("A", 16.5);
            }
            if (random.nextInt(4) == 0) {
                scenario.put("objective", "welfare");
            }
            ObjectNode market = scenario.putObject("market");
            market.put("allocation", ALLOCATIONS.get(random.nextInt(ALLOCATIONS.size())));
            market.put("mechanism", "equilibrium");
            market.put("transactionCost", 0);
            if (random.nextBoolean()) {
                market.put("priceCeiling", random.nextBoolean() ? 100 : 0);
            }
            if (random.nextBoolean()) {
                scenario.putObject("compensation").put("baseline", random.nextBoolean() ? "nash" : "duties")
                        .putArray("rules").add("shapley").add("nucleolus");
            }
            for (int edit = 1 + random.nextInt(3); edit > 0; edit--) {
                String path = NUMBERS.get(random.nextInt(NUMBERS.size()));
                double factor = FACTORS[random.nextInt(FACTORS.length)];
                for (JsonPathPattern.Slot slot : JsonPathPattern.parse(path).select(scenario)) {
                    JsonNode now = slot.get();
                    if (now != null && now.isNumber()) {
                        slot.set(JSON.getNodeFactory().numberNode(now.doubleValue() * factor));
                    }
                }
            }
            Path file = temp.resolve("variant-" + instance + ".json");
            Files.writeString(file, JSON.writeValueAsString(scenario));
            Cli.Result validate = Cli.run("validate", file.toString());
            Cli.Result run = Cli.run("run", file.toString(), "--out", temp.resolve("out-" + instance).toString());
            String at = "variant " + instance + ": " + scenario + "\nvalidate: " + validate.err() + "\nrun: " + run.err();
            assertFalse(validate.exitCode() == 1 || run.exitCode() == 1, at);
            assertFalse(validate.hasStackTrace() || run.hasStackTrace(), at);
            assertEquals(validate.exitCode(), run.exitCode(), at);
            accepted += validate.exitCode() == 0 ? 1 : 0;
        }
        // Both sides of the agreement are exercised.
        assertTrue(accepted >= 8 && accepted <= 72, accepted + " of 80 accepted");
    }
}
