package org.airshed.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.scenarios.run.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepPlanTest {
    @TempDir
    Path temp;

    @Test
    void theFirstParameterVariesSlowestAndReplicatesFastest() throws Exception {
        SweepPlan plan = SweepFixtures.setup(temp, SweepFixtures.SMALL).plan();
        assertEquals(12, plan.runCount());
        List<String> order = new ArrayList<>();
        for (int run = 0; run < plan.runCount(); run++) {
            JsonNode v = plan.variant(run).values();
            order.add(v.get("cut").asText() + "/" + v.get("tc").asText());
        }
        assertEquals(List.of("0.8/0", "0.8/0", "0.8/50000000", "0.8/50000000", "1/0", "1/0", "1/50000000",
                "1/50000000", "1.2/0", "1.2/0", "1.2/50000000", "1.2/50000000"), order);
    }

    @Test
    void gridPointsShareTheirReplicatesDrawsAndReplicatesDiffer() throws Exception {
        SweepPlan plan = SweepFixtures.setup(temp, SweepFixtures.SMALL).plan();
        assertEquals(plan.seed(0), plan.seed(2));
        assertEquals(plan.seed(1), plan.seed(11));
        assertNotEquals(plan.seed(0), plan.seed(1));
        assertEquals(plan.variant(0).values().get("noise"), plan.variant(4).values().get("noise"));
        assertNotEquals(plan.variant(0).values().get("noise"), plan.variant(1).values().get("noise"));
        // Each transfer entry gets its own factor.
        Set<Double> factors = new HashSet<>();
        plan.variant(0).values().get("noise").forEach(f -> factors.add(f.doubleValue()));
        assertEquals(plan.variant(0).values().get("noise").size(), factors.size());
        assertEquals(plan.seed(0), plan.variant(0).scenario().get("seed").longValue());
    }

    @Test
    void operationsSetScaleAddAndScaleTheCut() throws Exception {
        SweepSetup setup = SweepFixtures.setup(temp, SweepFixtures.SMALL);
        JsonNode base = setup.base().tree();
        double total = 0;
        for (JsonNode source : base.get("sources")) {
            total += source.get("baseline").doubleValue();
        }
        double cap = base.at("/policy/cap").doubleValue();
        SweepPlan.Variant v = setup.plan().variant(10);
        assertEquals(total - 1.2 * (total - cap), v.scenario().at("/policy/cap").doubleValue(), 1e-6);
        assertEquals(1.2 * base.at("/policy/duties/SH").doubleValue(), v.scenario().at("/policy/duties/SH").doubleValue(),
                1e-9);
        assertEquals(50_000_000, v.scenario().at("/regions/3/transactionCost").doubleValue());
        JsonNode noise = v.values().get("noise");
        assertEquals(base.at("/transfer/SH/JS").doubleValue() * noise.get("$.transfer.SH.JS").doubleValue(),
                v.scenario().at("/transfer/SH/JS").doubleValue(), 0);
        // The base tree is never modified.
        assertEquals(cap, setup.base().tree().at("/policy/cap").doubleValue());

        SweepSetup add = SweepFixtures.setup(temp, "{\"name\": \"a\", \"scenario\": \"yrd-so2\", \"seed\": 1,"
                + " \"parameters\": [{\"path\": \"$.regions[id=AH].background\", \"op\": \"add\", \"values\": [2.5]}]}");
        assertEquals(add.base().tree().at("/regions/3/background").doubleValue() + 2.5,
                add.plan().variant(0).scenario().at("/regions/3/background").doubleValue(), 1e-12);
    }

    @Test
    void targetsAreCheckedAgainstTheBaseScenario() throws Exception {
        ScenarioInputException e = assertThrows(ScenarioInputException.class, () -> SweepFixtures.setup(temp,
                "{\"name\": \"a\", \"scenario\": \"yrd-so2\", \"seed\": 1, \"parameters\": ["
                        + "{\"path\": \"$.policy.caps\", \"values\": [1]},"
                        + "{\"path\": \"$.regions[*].nothing\", \"op\": \"scale\", \"values\": [1]},"
                        + "{\"path\": \"$.regions[0].id\", \"values\": [3]},"
                        + "{\"path\": \"$.nothing.here\", \"values\": [3]}]}"));
        List<String> p = e.problems().stream().map(Problem::toString).toList();
        String all = String.join("\n", p);
        assertTrue(all.contains(temp.resolve("sweep.json") + ": $.parameters[1].path = \"$.regions[*].nothing\":"
                + " $.regions[0].nothing is absent in yrd-so2.json (bundled), so there is nothing to scale"), all);
        assertTrue(all.contains("$.parameters[2].path = \"$.regions[0].id\": $.regions[0].id in yrd-so2.json (bundled)"
                + " is \"SH\", not a number"), all);
        assertTrue(all.contains("$.parameters[3].path = \"$.nothing.here\": names no field of the scenario in"
                + " yrd-so2.json (bundled)"), all);
        // $.policy.caps is a key the scenario reader refuses in each run; the plan allows adding a last key.
        assertEquals(3, p.size(), all);
    }

    @Test
    void theCutIsMeasuredFromTheRunsOwnBaselines() throws Exception {
        SweepSetup setup = SweepFixtures.setup(temp, """
                {"name": "g", "scenario": "yrd-so2", "seed": 1, "parameters": [
                  {"name": "cut", "path": "$.policy.cap", "op": "scale-cut", "values": [1.2]},
                  {"name": "growth", "path": "$.sources[*].baseline", "op": "scale", "values": [1.1]}]}
                """);
        JsonNode base = setup.base().tree();
        JsonNode run = setup.plan().variant(0).scenario();
        double total = 0;
        for (JsonNode source : run.get("sources")) {
            total += source.get("baseline").doubleValue();
        }
        double baseTotal = 0;
        for (JsonNode source : base.get("sources")) {
            baseTotal += source.get("baseline").doubleValue();
        }
        assertEquals(1.1 * baseTotal, total, 1e-6);
        assertEquals(total - 1.2 * (total - base.at("/policy/cap").doubleValue()), run.at("/policy/cap").doubleValue(),
                1e-6);
    }

    /** Version 2: scale-cut on each pollutant's cap measures from that pollutant's own emissions in the run. */
    @Test
    void theCutOfEachPollutantsCapIsMeasuredFromItsOwnEmissions() throws Exception {
        SweepSetup setup = SweepFixtures.setup(temp, """
                {"name": "g", "scenario": "yrd-pm25", "seed": 1, "parameters": [
                  {"name": "cut", "path": "$.policy.caps.*", "op": "scale-cut", "values": [1.2]},
                  {"name": "so2Cut", "path": "$.policy.caps.SO2", "op": "scale-cut", "values": [0.5]},
                  {"name": "growth", "path": "$.sources[*].emissions.NOx", "op": "scale", "values": [1.1]}]}
                """);
        JsonNode base = setup.base().tree();
        JsonNode run = setup.plan().variant(0).scenario();
        assertTrue(base.at("/policy/caps").size() >= 2, base.at("/policy/caps").toString());
        for (Iterator<String> names = base.at("/policy/caps").fieldNames(); names.hasNext(); ) {
            String p = names.next();
            double total = 0;
            for (JsonNode source : run.get("sources")) {
                total += source.path("emissions").path(p).doubleValue();
            }
            // Both cuts apply, in the order the parameters are written: SO2 is cut by 1.2, then by 0.5.
            double cap = base.at("/policy/caps/" + p).doubleValue();
            double expected = total - 1.2 * (total - cap);
            if (p.equals("SO2")) {
                expected = total - 0.5 * (total - expected);
            }
            assertEquals(expected, run.at("/policy/caps/" + p).doubleValue(), 1e-6 * total, p);
        }
    }

    @Test
    void aMisspelledFieldIsRefusedInTheSweepFileNotInEveryRun() {
        ScenarioInputException e = assertThrows(ScenarioInputException.class, () -> SweepFixtures.setup(temp,
                "{\"name\": \"a\", \"scenario\": \"yrd-so2\", \"seed\": 1, \"parameters\": ["
                        + "{\"path\": \"$.policy.kap\", \"values\": [1]}]}"));
        assertEquals(List.of(temp.resolve("sweep.json") + ": $.parameters[0].path = \"$.policy.kap\": $.policy.kap:"
                + " unknown key (did you mean cap?); allowed keys: cap, receptorLimits, duties"
                + " (in yrd-so2.json (bundled))"), e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void sourcesFromACsvAreInTheTreeAndInTheFingerprint() throws Exception {
        Path scenario = temp.resolve("s.json");
        Files.writeString(scenario, TestScenarios.twoRegions(TestScenarios.CAP_AND_DUTIES)
                .replace("\"sources\": [", "\"sourcesFile\": \"more.csv\", \"sources\": ["));
        Files.writeString(temp.resolve("more.csv"), "id,region,baseline,curve,amount,unitCost\nc1,A,10,steps,5,30\n");
        String sweep = "{\"name\": \"c\", \"scenario\": \"s.json\", \"seed\": 1, \"parameters\": ["
                + "{\"path\": \"$.sources[*].baseline\", \"op\": \"scale\", \"values\": [1, 2]}]}";
        SweepSetup before = SweepFixtures.setup(temp, sweep);
        assertEquals(3, before.base().tree().get("sources").size());
        assertEquals(20, before.plan().variant(1).scenario().at("/sources/2/baseline").doubleValue());
        Files.writeString(temp.resolve("more.csv"), "id,region,baseline,curve,amount,unitCost\nc1,A,10,steps,5,31\n");
        assertNotEquals(before.fingerprint(), SweepFixtures.setup(temp, sweep).fingerprint());
    }
}
