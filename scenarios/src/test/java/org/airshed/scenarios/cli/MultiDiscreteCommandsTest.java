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
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discrete mode on version-2 files: it runs (one option or none per source, technologies.csv per
 * source, technology-abatement.csv long, summary.json's discrete with per-pollutant totals and the
 * CoST greedy); a source with curves and the welfare objective are refused at their path by validate
 * and run alike (exit 2, nothing written); a policy the shares can meet but no whole choice can is the
 * solve's finding (status infeasible with its reason, as in version 1).
 */
class MultiDiscreteCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Two regions, three pollutants, co-control options everywhere; a NOx cut raises A's concentration. */
    static final String DISCRETE = """
            {"name": "discrete-v2", "seed": 5, "mode": "discrete",
             "pollutants": [{"id": "SO2"}, {"id": "NOx"}, {"id": "PM2.5"}],
             "regions": [{"id": "A", "population": 1000000, "background": 10},
                         {"id": "B", "population": 2000000, "background": 12}],
             "transfer": {"A": {"SO2": {"A": 1e-4, "B": 2e-5}, "NOx": {"A": -1e-5, "B": 3e-5}, "PM2.5": {"A": 4e-4}}},
             "sources": [
               {"id": "A-1", "region": "A", "emissions": {"SO2": 12000, "NOx": 8000, "PM2.5": 900},
                "options": [{"name": "FGD", "removal": {"SO2": 0.95, "PM2.5": 0.5}, "annualCost": 1.2e7},
                            {"name": "SCR", "removal": {"NOx": 0.85}, "annualCost": 6.0e6},
                            {"name": "FGD+SCR", "removal": {"SO2": 0.95, "NOx": 0.85, "PM2.5": 0.5}, "annualCost": 1.8e7}]},
               {"id": "B-1", "region": "B", "emissions": {"SO2": 9000, "NOx": 3000, "PM2.5": 500},
                "options": [{"name": "DSI", "removal": {"SO2": 0.5}, "annualCost": 2.5e6},
                            {"name": "FGD", "removal": {"SO2": 0.9, "PM2.5": 0.3}, "annualCost": 7.0e6},
                            {"name": "SNCR", "removal": {"NOx": 0.4}, "annualCost": 1.5e6}]},
               {"id": "B-2", "region": "B", "emissions": {"SO2": 4000, "NOx": 5000},
                "options": [{"name": "SCR", "removal": {"NOx": 0.8}, "annualCost": 4.0e6},
                            {"name": "FGD+SCR", "removal": {"SO2": 0.9, "NOx": 0.8}, "annualCost": 9.0e6}]},
               {"id": "B-3", "region": "B", "emissions": {"SO2": 700}, "options": []}],
             "policy": {"caps": {"SO2": 14000, "NOx": 10000}, "receptorLimits": {"A": 12.4}}}
            """;

    @TempDir
    Path temp;

    @Test
    void discreteModeRunsWithItsResultFiles() throws IOException {
        Path out = temp.resolve("out");
        Cli.Result run = Cli.run("run", write("d.json", DISCRETE).toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("discrete (one option or none per source): optimal"), run.out());
        JsonNode discrete = JSON.readTree(out.resolve("summary.json").toFile()).get("discrete");
        assertEquals("optimal", discrete.get("status").asText());
        assertEquals(discrete.get("cost").asDouble(), discrete.get("bound").asDouble());
        assertTrue(discrete.get("hullBound").asDouble() <= discrete.get("cost").asDouble());
        assertTrue(discrete.get("greedy").get("met").asBoolean());
        assertTrue(discrete.get("greedy").get("cost").asDouble() >= discrete.get("cost").asDouble());
        assertTrue(discrete.at("/pollutants/SO2/emissions").asDouble() <= 14000);
        assertTrue(discrete.at("/pollutants/NOx/emissions").asDouble() <= 10000);
        assertTrue(discrete.at("/receptors/A/concentration").asDouble() <= 12.4 + 1e-9);
        List<String> technologies = Files.readAllLines(out.resolve("technologies.csv"));
        assertEquals("source,region,option,cost,greedyOption,greedyCost", technologies.get(0));
        assertEquals(1 + 4, technologies.size(), "one row per source");
        double cost = technologies.stream().skip(1).mapToDouble(line -> Double.parseDouble(line.split(",")[3])).sum();
        assertEquals(discrete.get("cost").asDouble(), cost, 1e-6);
        List<String> abatement = Files.readAllLines(out.resolve("technology-abatement.csv"));
        assertEquals("source,region,pollutant,baseline,removal,abatement,emissions", abatement.get(0));
        assertEquals(1 + 4 * 3, abatement.size(), "long: source × pollutant");
        assertTrue(Files.exists(out.resolve("allocation.csv")), "the continuous relaxation's files stay");
        Path again = temp.resolve("again");
        assertEquals(0, Cli.run("run", out.resolve("scenario.json").toString(), "--out", again.toString()).exitCode());
        for (String name : List.of("summary.json", "technologies.csv", "technology-abatement.csv")) {
            assertEquals(Files.readString(out.resolve(name)), Files.readString(again.resolve(name)), name);
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws Exception {
        Path file = write("d.json", DISCRETE);
        for (int threads : new int[] {1, 3}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                Cli.Result run = pool.submit(() -> Cli.run("run", file.toString(), "--out",
                        temp.resolve("threads-" + threads).toString())).get();
                assertEquals(0, run.exitCode(), run.err());
            } finally {
                pool.shutdown();
            }
        }
        for (String name : List.of("summary.json", "technologies.csv", "technology-abatement.csv", "report.html")) {
            assertEquals(Files.readString(temp.resolve("threads-1").resolve(name)),
                    Files.readString(temp.resolve("threads-3").resolve(name)), name);
        }
    }

    @Test
    void aSourceWithCurvesIsRefusedByValidateAndRunAtItsPath() throws IOException {
        Path file = edited(tree -> {
            ObjectNode source = (ObjectNode) tree.at("/sources/1");
            source.remove("options");
            source.putObject("curves").putObject("SO2").putArray("steps").addObject().put("amount", 4000)
                    .put("unitCost", 900);
        });
        assertRefusedByBoth(file, "$.sources[1].curves", "every source needs options (source B-1)");
    }

    @Test
    void theWelfareObjectiveIsRefusedByValidateAndRunAtItsPath() throws IOException {
        Path file = edited(tree -> {
            tree.put("objective", "welfare");
            ((ObjectNode) tree.at("/regions/0")).put("damagePerConcentration", 1e6);
        });
        assertRefusedByBoth(file, "$.objective", "discrete mode minimises abatement cost");
    }

    @Test
    void aPolicyOnlySharesCanMeetIsInfeasibleInTheSummary() throws IOException {
        // One plant, SO2-only or NOx-only measures: shares of both meet the two caps, one whole measure cannot.
        String json = """
                {"name": "exclusive", "mode": "discrete", "pollutants": [{"id": "SO2"}, {"id": "NOx"}],
                 "regions": [{"id": "A", "population": 1, "background": 0}],
                 "sources": [{"id": "p", "region": "A", "emissions": {"SO2": 100, "NOx": 100},
                   "options": [{"name": "FGD", "removal": {"SO2": 0.9}, "annualCost": 100},
                               {"name": "SCR", "removal": {"NOx": 0.9}, "annualCost": 100}]}],
                 "policy": {"caps": {"SO2": 60, "NOx": 60}}}
                """;
        Path out = temp.resolve("exclusive");
        Cli.Result run = Cli.run("run", write("exclusive.json", json).toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode discrete = JSON.readTree(out.resolve("summary.json").toFile()).get("discrete");
        assertEquals("infeasible", discrete.get("status").asText());
        assertTrue(discrete.at("/reasons/0").asText().contains("no choice of one option or none per source"),
                discrete.toString());
        assertFalse(discrete.at("/greedy/met").asBoolean());
        assertFalse(Files.exists(out.resolve("technologies.csv")));
        assertEquals("optimal", JSON.readTree(out.resolve("summary.json").toFile()).at("/allocation/status").asText());
    }

    private Path write(String name, String json) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    private Path edited(java.util.function.Consumer<ObjectNode> edit) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(DISCRETE);
        edit.accept(tree);
        return write("edited.json", tree.toString());
    }

    private void assertRefusedByBoth(Path file, String path, String message) {
        MultiPollutantCommandsTest.assertRefusedByBoth(file, path, message, temp.resolve("refused"));
    }
}
