package org.airshed.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.io.ScenarioReader;
import org.airshed.core.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result files of the hand-computed {@link TestScenarios} scenario, pinned to the byte. */
class ScenarioRunnerTest {
    private static final ScenarioRunner RUNNER = new ScenarioRunner(new ExactAllocationSolver(), "test");

    @TempDir
    Path temp;

    private Scenario scenario(String policy) throws IOException {
        return ScenarioReader.read(TestScenarios.write(temp, "two-regions.json", TestScenarios.twoRegions(policy)));
    }

    @Test
    void allocationCsvHasOneRowPerSource() throws IOException {
        Path out = temp.resolve("out");
        RUNNER.run(scenario(TestScenarios.CAP_AND_DUTIES), out);
        assertEquals("""
                source,region,sector,department,baseline,abatement,emissions,cost,marginalCost,price
                a1,A,power,ecology-environment,100,30,70,300,10,20
                b1,B,unspecified,unspecified,80,30,50,600,20,20
                """, Files.readString(out.resolve("allocation.csv")));
    }

    @Test
    void regionsCsvComparesDutiesWithCooperation() throws IOException {
        Path out = temp.resolve("out");
        RUNNER.run(scenario(TestScenarios.CAP_AND_DUTIES), out);
        assertEquals("""
                region,name,baseline,reduction,emissions,cost,concentration,limit,receptorPrice,damage,price,\
                duty,standaloneReduction,standaloneCost,standaloneMarginalCost,cooperativeReduction,\
                cooperativeCost,saving
                A,Region A,100,30,70,300,16.875,,,33.75,20,40,40,800,50,30,300,500
                B,"Region, B",80,30,50,600,15.5,,,15.5,20,20,20,400,20,30,600,-200
                """, Files.readString(out.resolve("regions.csv")));
    }

    @Test
    void regionsCsvWithoutDutiesHasNoComparisonColumns() throws IOException {
        Path out = temp.resolve("out");
        RUNNER.run(scenario("{\"cap\": 120}"), out);
        assertTrue(Files.readString(out.resolve("regions.csv")).startsWith(
                "region,name,baseline,reduction,emissions,cost,concentration,limit,receptorPrice,damage,price\n"));
    }

    @Test
    void dutiesCsvIsTheResponsibilityList() throws IOException {
        Path out = temp.resolve("out");
        RUNNER.run(scenario(TestScenarios.CAP_AND_DUTIES), out);
        assertEquals("""
                region,sector,department,sources,baseline,reduction,emissions,cost
                A,power,ecology-environment,1,100,30,70,300
                B,unspecified,unspecified,1,80,30,50,600
                """, Files.readString(out.resolve("duties.csv")));
    }

    @Test
    void summaryJsonHasTheFormatNames() throws IOException {
        Path out = temp.resolve("out");
        RUNNER.run(scenario(TestScenarios.CAP_AND_DUTIES), out);
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("two-regions", summary.get("scenario").asText());
        assertEquals(7, summary.get("seed").asLong());
        assertEquals("test", summary.get("version").asText());
        JsonNode allocation = summary.get("allocation");
        assertEquals("optimal", allocation.get("status").asText());
        assertEquals(900, allocation.get("objective").asDouble());
        assertEquals(900, allocation.get("totalCost").asDouble());
        assertEquals(60, allocation.get("totalReduction").asDouble());
        assertEquals(120, allocation.get("emissions").asDouble());
        assertEquals(20, allocation.get("capPrice").asDouble());
        assertEquals(49.25, allocation.get("damages").asDouble());
        assertTrue(allocation.get("receptorPrices").isObject());
        JsonNode a = allocation.get("regions").get("A");
        assertEquals(30, a.get("reduction").asDouble());
        assertEquals(300, a.get("cost").asDouble());
        assertEquals(70, a.get("emissions").asDouble());
        assertEquals(16.875, a.get("concentration").asDouble());
        assertEquals("t", summary.get("units").get("mass").asText());
        assertEquals(0, allocation.get("solver").get("relativeGap").asDouble());

        JsonNode cooperation = summary.get("cooperation");
        assertEquals(1200, cooperation.get("standaloneCost").asDouble());
        assertEquals(900, cooperation.get("cooperativeCost").asDouble());
        assertEquals(300, cooperation.get("saving").asDouble());
        assertEquals(20, cooperation.get("price").asDouble());
        assertEquals(-200, cooperation.get("regions").get("B").get("saving").asDouble());
        assertEquals(50, cooperation.get("regions").get("A").get("standaloneMarginalCost").asDouble());
    }

    @Test
    void receptorLimitIsPriced() throws IOException {
        // Limit 16.5 at A: a = (30, 36), cap slack, μ_A = 20 / 0.0625 = 320; a1 faces 320·0.125 = 40.
        Path out = temp.resolve("out");
        RunResult result = RUNNER.run(scenario("{\"cap\": 120, \"receptorLimits\": {\"A\": 16.5}}"), out);
        assertEquals(1020, result.report().totalCost(), 1e-6);
        JsonNode allocation = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("allocation");
        assertEquals(320, allocation.get("receptorPrices").get("A").asDouble(), 1e-6);
        assertEquals(0, allocation.get("capPrice").asDouble(), 1e-9);
        assertEquals(16.5, allocation.get("regions").get("A").get("concentration").asDouble(), 1e-9);
        String regions = Files.readString(out.resolve("regions.csv"));
        assertTrue(regions.contains("\nA,Region A,"), regions);
        assertEquals("16.5", regions.split("\n")[1].split(",")[7], "the limit column");
    }

    @Test
    void scenarioJsonIsTheResolvedScenarioAndReadsBack() throws IOException {
        Path out = temp.resolve("out");
        Scenario scenario = scenario(TestScenarios.CAP_AND_DUTIES);
        RUNNER.run(scenario, out);
        assertEquals(scenario, ScenarioReader.read(out.resolve("scenario.json")));
    }

    @Test
    void infeasibleRunWritesReasonsAndRemovesStaleTables() throws IOException {
        Path out = temp.resolve("out");
        RUNNER.run(scenario(TestScenarios.CAP_AND_DUTIES), out);
        assertTrue(Files.exists(out.resolve("allocation.csv")));

        RunResult result = RUNNER.run(scenario("{\"cap\": 10}"), out);
        assertFalse(result.report().isOptimal());
        for (String table : new String[] {"allocation.csv", "regions.csv", "duties.csv"}) {
            assertFalse(Files.exists(out.resolve(table)), table + " from the earlier run must go");
        }
        JsonNode allocation = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("allocation");
        assertEquals("infeasible", allocation.get("status").asText());
        assertTrue(allocation.get("objective").isNull());
        assertEquals("$.policy.cap = 10: maximum feasible reduction 130 t is less than required 170 t"
                + " (short by 40 t; total baseline 180 t minus the cap 10 t)", allocation.get("reasons").get(0).asText());
        assertTrue(Files.exists(out.resolve("scenario.json")));
    }

    @Test
    void sameScenarioTwiceGivesByteIdenticalFiles() throws IOException {
        Scenario scenario = scenario("{\"cap\": 120, \"receptorLimits\": {\"A\": 16.5}, \"duties\": {\"A\": 40}}");
        RunResult first = RUNNER.run(scenario, temp.resolve("first"));
        RunResult second = RUNNER.run(scenario, temp.resolve("second"));
        // summary, allocation, regions, duties, scenario; mac.csv, four charts and the report.
        assertEquals(11, first.files().size());
        for (Path file : first.files()) {
            Path name = first.directory().relativize(file);
            assertEquals(Files.readString(file), Files.readString(second.directory().resolve(name)), name.toString());
        }
    }
}
