package org.airshed.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.scenarios.generate.GeneratorSpec;
import org.airshed.scenarios.generate.SyntheticScenarioFiles;
import org.airshed.scenarios.library.ScenarioLibrary;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.airshed.scenarios.run.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs that share the base's sources and solver arrays against the reference route, which copies
 * and reads the whole tree for every run: random sweeps of caps, cuts, limits, duties, damages,
 * backgrounds, transaction costs, transfer noise, objectives and market and compensation
 * settings, with values that make some runs invalid or infeasible, must give the same lines; and
 * a compensation and a market base (equilibrium and ambient trading) every result file of a run
 * (summary.json, coalitions.csv, the market's files and journal, mac.csv, the report).
 */
class SharedBaseRouteTest {
    private static final Supplier<ScenarioRunner> RUNNERS = () -> new ScenarioRunner(new ExactAllocationSolver(), "test");
    private static final String[] SCENARIOS = {"yrd-so2-compensation", "yrd-so2-market", "yrd-so2", "textbook"};

    @TempDir
    Path temp;

    @Test
    void randomSweepsGiveTheLinesOfTheTreeRoute() throws Exception {
        Random random = new Random(19);
        Map<String, Integer> statuses = new HashMap<>();
        for (int trial = 0; trial < 16; trial++) {
            String scenario = SCENARIOS[trial % SCENARIOS.length];
            SweepSetup setup = SweepFixtures.setup(temp, sweep(scenario, random, trial));
            RunExecutor shared = RunExecutor.of(setup.plan(), setup.base(), RUNNERS);
            RunExecutor tree = RunExecutor.treeRoute(setup.plan(), setup.base(), RUNNERS);
            assertTrue(shared.sharesSources(), "trial " + trial);
            assertFalse(tree.sharesSources());
            for (int run = 0; run < setup.plan().runCount(); run++) {
                String expected = tree.line(run);
                assertEquals(expected, shared.line(run), "trial " + trial + " (" + scenario + "), run " + run);
                statuses.merge(SweepJournal.row(expected).status(), 1, Integer::sum);
            }
        }
        // The comparison covered every kind of outcome.
        for (String status : List.of("ok", "infeasible", "invalid")) {
            assertTrue(statuses.getOrDefault(status, 0) > 0, status + ": " + statuses);
        }
    }

    @Test
    void aGeneratedInventoryFromASourcesFileGivesTheLinesOfTheTreeRoute() throws Exception {
        SyntheticScenarioFiles.write(GeneratorSpec.of(3000, 12, 4, 20261206), temp.resolve("inventory.json"));
        SweepSetup setup = SweepFixtures.setup(temp, """
                {"name": "g", "scenario": "inventory.json", "seed": 5, "replicates": 2, "parameters": [
                  {"name": "cut", "path": "$.policy.cap", "op": "scale-cut", "values": [0.7, 1, 1.3]},
                  {"name": "limits", "path": "$.policy.receptorLimits.*", "op": "scale", "values": [1, 1.02]},
                  {"name": "objective", "path": "$.objective", "values": ["cost", "welfare"]},
                  {"name": "damage", "path": "$.regions[*].damagePerConcentration", "op": "add",
                   "draw": {"distribution": "uniform", "min": 0, "max": 1e6}},
                  {"name": "noise", "path": "$.transfer.*.*", "op": "scale", "independent": true,
                   "draw": {"distribution": "lognormal", "mu": 0, "sigma": 0.2}}]}
                """);
        RunExecutor shared = RunExecutor.of(setup.plan(), setup.base(), RUNNERS);
        RunExecutor tree = RunExecutor.treeRoute(setup.plan(), setup.base(), RUNNERS);
        assertTrue(shared.sharesSources());
        for (int run = 0; run < setup.plan().runCount(); run++) {
            assertEquals(tree.line(run), shared.line(run), "run " + run);
        }
    }

    @Test
    void aCompensationBaseGivesEveryResultFileOfTheTreeRoute() throws Exception {
        // Coalitions under the policy in force (duties, the cap, Shanghai's limit) and the net core.
        Set<String> files = assertSameResultFiles(SweepFixtures.setup(temp, """
                {"name": "c", "scenario": "yrd-so2-compensation", "seed": 7, "parameters": [
                  {"name": "cut", "targets": [{"path": "$.policy.cap", "op": "scale-cut"},
                                              {"path": "$.policy.duties.*", "op": "scale"}], "values": [0.8, 1.2]},
                  {"name": "shLimit", "path": "$.policy.receptorLimits.SH", "values": [7.85, 7.2, 3]},
                  {"name": "tc", "path": "$.regions[*].transactionCost", "values": [0, 5e7]},
                  {"name": "baseline", "path": "$.compensation.baseline", "values": ["duties", "nash"]},
                  {"name": "noise", "path": "$.transfer.*.*", "op": "scale", "independent": true,
                   "draw": {"distribution": "lognormal", "mu": 0, "sigma": 0.2}}]}
                """));
        assertTrue(files.containsAll(List.of("summary.json", "coalitions.csv", "mac.csv", "report.html", "invalid")),
                files.toString());
    }

    @Test
    void aMarketBaseGivesEveryResultFileOfTheTreeRoute() throws Exception {
        Set<String> files = assertSameResultFiles(SweepFixtures.setup(temp, """
                {"name": "m", "scenario": "yrd-so2-market", "seed": 5, "parameters": [
                  {"name": "rule", "path": "$.market.allocation", "values": ["grandfathering", "per-capita", "auction"]},
                  {"name": "mtc", "path": "$.market.transactionCost", "values": [0, 900]},
                  {"name": "shLimit", "path": "$.policy.receptorLimits.SH", "values": [7.85, 7.2]},
                  {"name": "noise", "path": "$.transfer.*.*", "op": "scale", "independent": true,
                   "draw": {"distribution": "lognormal", "mu": 0, "sigma": 0.2}}]}
                """));
        // Voluntary offsets: trades approved at the receptors' offset ratios, a reserve held back.
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode ambient = (ObjectNode) mapper.readTree(ScenarioLibrary.bundled().json("yrd-so2-market"));
        ((ObjectNode) ambient.get("market")).put("ambient", true);
        Files.writeString(temp.resolve("ambient.json"), mapper.writeValueAsString(ambient));
        files.addAll(assertSameResultFiles(SweepFixtures.setup(temp, """
                {"name": "a", "scenario": "ambient.json", "seed": 3, "parameters": [
                  {"name": "rule", "path": "$.market.allocation", "values": ["grandfathering", "duties"]},
                  {"name": "shLimit", "path": "$.policy.receptorLimits.SH", "values": [7.85, 7.5]}]}
                """)));
        assertTrue(files.containsAll(List.of("summary.json", "trades.csv", "market-sources.csv", "ledger.jsonl",
                "mac.csv", "report.html")), files.toString());
    }

    /**
     * Each run written by {@code airshed run}'s writer from both routes: the same files, byte for
     * byte. Returns the names of the files the runs wrote ("invalid" for a run that did not read).
     */
    private Set<String> assertSameResultFiles(SweepSetup setup) throws IOException {
        RunExecutor shared = RunExecutor.of(setup.plan(), setup.base(), RUNNERS);
        RunExecutor tree = RunExecutor.treeRoute(setup.plan(), setup.base(), RUNNERS);
        assertTrue(shared.sharesSources());
        String name = setup.plan().spec().name();
        Set<String> names = new TreeSet<>();
        for (int run = 0; run < setup.plan().runCount(); run++) {
            String label = name + ", run " + run;
            Map<String, String> expected = written(tree, run, temp.resolve(name + "-tree-" + run));
            assertEquals(expected, written(shared, run, temp.resolve(name + "-shared-" + run)), label);
            names.addAll(expected.keySet());
        }
        return names;
    }

    /** The run's files by name (their text), or its problems under "invalid". */
    private static Map<String, String> written(RunExecutor executor, int run, Path out) throws IOException {
        ScenarioRunner runner = RUNNERS.get();
        try {
            runner.run(executor.context(executor.variant(run), runner.pipeline()), out);
        } catch (ScenarioInputException e) {
            return Map.of("invalid", e.getMessage());
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(out)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                String relative = out.relativize(file).toString();
                if (!relative.equals(ResultDirectory.LOCK)) {
                    files.put(relative, Files.readString(file));
                }
            }
        }
        assertTrue(files.containsKey("summary.json"), out.toString());
        return files;
    }

    @Test
    void aSweepOfSourcesReadsTheWholeTree() throws Exception {
        SweepSetup setup = SweepFixtures.setup(temp, """
                {"name": "b", "scenario": "yrd-so2", "seed": 1, "parameters": [
                  {"name": "baseline", "path": "$.sources[*].baseline", "op": "scale", "values": [1, 1.1]}]}
                """);
        assertFalse(RunExecutor.of(setup.plan(), setup.base(), RUNNERS).sharesSources());
    }

    /** One to three parameters drawn from those that fit the scenario; at most a few dozen runs. */
    private static String sweep(String scenario, Random random, int trial) {
        List<String> pool = new ArrayList<>();
        pool.add("{\"name\": \"noise\", \"path\": \"$.transfer.*.*\", \"op\": \"scale\", \"independent\": true,"
                + " \"draw\": {\"distribution\": \"lognormal\", \"mu\": 0, \"sigma\": 0.3}}");
        pool.add("{\"name\": \"objective\", \"path\": \"$.objective\", \"values\": [\"cost\", \"welfare\", \"lumpy\"]}");
        pool.add("{\"name\": \"background\", \"path\": \"$.regions[*].background\", \"op\": \"add\", \"values\": [0, 0.5, -30]}");
        pool.add("{\"name\": \"damage\", \"path\": \"$.regions[1].damagePerConcentration\", \"op\": \"add\","
                + " \"draw\": {\"distribution\": \"uniform\", \"min\": 0, \"max\": 5e9}}");
        if (scenario.equals("textbook")) {
            pool.add("{\"name\": \"limits\", \"path\": \"$.policy.receptorLimits.*\", \"op\": \"scale\","
                    + " \"grid\": {\"from\": 0.9, \"to\": 1.3, \"count\": 3}}");
            pool.add("{\"name\": \"cap\", \"path\": \"$.policy.cap\", \"values\": [0.5, 3, 5.5]}");
        } else {
            pool.add("{\"name\": \"cut\", \"targets\": [{\"path\": \"$.policy.cap\", \"op\": \"scale-cut\"},"
                    + " {\"path\": \"$.policy.duties.*\", \"op\": \"scale\"}], \"values\": [0.5, 1, 1.4, 9, -1]}");
            pool.add("{\"name\": \"cap\", \"path\": \"$.policy.cap\", \"values\": [1300000, 1.5e6, 1e16]}");
            pool.add("{\"name\": \"limit\", \"path\": \"$.policy.receptorLimits.SH\", \"op\": \"scale\","
                    + " \"draw\": {\"distribution\": \"uniform\", \"min\": 0.45, \"max\": 1.2}}");
            pool.add("{\"name\": \"shLimit\", \"path\": \"$.policy.receptorLimits.SH\", \"values\": [4.3, 7.85, 3]}");
            pool.add("{\"name\": \"tc\", \"path\": \"$.regions[*].transactionCost\", \"values\": [0, 3e7, -1]}");
            pool.add("{\"name\": \"gdp\", \"path\": \"$.regions[id=AH].gdp\", \"op\": \"scale\", \"values\": [0.5, 2]}");
        }
        if (scenario.equals("yrd-so2-market")) {
            pool.add("{\"name\": \"mtc\", \"path\": \"$.market.transactionCost\", \"values\": [0, 900, -5]}");
            pool.add("{\"name\": \"rule\", \"path\": \"$.market.allocation\","
                    + " \"values\": [\"grandfathering\", \"per-capita\", \"duties\", \"auction\"]}");
        }
        if (scenario.equals("yrd-so2-compensation")) {
            pool.add("{\"name\": \"baseline\", \"path\": \"$.compensation.baseline\", \"values\": [\"duties\", \"nash\"]}");
        }
        List<String> chosen = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (chosen.size() < count) {
            String p = pool.get(random.nextInt(pool.size()));
            if (!chosen.contains(p)) {
                chosen.add(p);
            }
        }
        return "{\"name\": \"r" + trial + "\", \"scenario\": \"" + scenario + "\", \"seed\": " + random.nextInt(1000)
                + ", \"replicates\": " + (1 + random.nextInt(2)) + ", \"parameters\": [" + String.join(", ", chosen) + "]}";
    }
}
