package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Version-2 files (several pollutants) on the command line: they run; sections that do not yet take
 * several pollutants are refused at their JSON path by validate and run alike (exit 2, nothing
 * written, no stack trace); bad values are named; and validate passes exactly what run accepts.
 */
class MultiPollutantCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOT_YET = "not yet supported with several pollutants (issue 16)";
    /** Two regions, three pollutants: a plant with co-control options, a unit with curves, one that cannot abate. */
    static final String SMALL = """
            {"name": "small-v2", "seed": 3,
             "pollutants": [{"id": "SO2"}, {"id": "NOx"}, {"id": "PM2.5"}],
             "regions": [{"id": "A", "population": 1000000, "background": 10,
                          "health": {"mortalityRate": 0.007, "beta": 0.008, "vsl": 1e6}},
                         {"id": "B", "population": 2000000, "background": 12}],
             "transfer": {"A": {"SO2": {"A": 1e-4, "B": 2e-5}, "NOx": {"A": -1e-5, "B": 3e-5}, "PM2.5": {"A": 4e-4}},
                          "B": {"SO2": {"A": 3e-5, "B": 1e-4}, "NOx": {"B": 2e-5}, "PM2.5": {"B": 3e-4}}},
             "sources": [
               {"id": "A-1", "region": "A", "emissions": {"SO2": 12000, "NOx": 8000, "PM2.5": 900},
                "options": [{"name": "FGD", "removal": {"SO2": 0.95, "PM2.5": 0.5}, "annualCost": 1.2e7},
                            {"name": "SCR", "removal": {"NOx": 0.85}, "annualCost": 6.0e6},
                            {"name": "FGD+SCR", "removal": {"SO2": 0.95, "NOx": 0.85, "PM2.5": 0.5}, "annualCost": 1.8e7}]},
               {"id": "B-1", "region": "B", "emissions": {"SO2": 9000, "NOx": 3000, "PM2.5": 500},
                "curves": {"SO2": {"steps": [{"amount": 4000, "unitCost": 900}, {"amount": 3000, "unitCost": 2500}]},
                           "NOx": {"quadratic": {"linear": 500, "slope": 2, "max": 2000}},
                           "PM2.5": {"steps": [{"amount": 300, "unitCost": 4000}]}}},
               {"id": "B-2", "region": "B", "emissions": {"SO2": 700}, "options": []}],
             "policy": {"caps": {"SO2": 15000, "NOx": 10000}, "receptorLimits": {"A": 14.5},
                        "duties": {"A": {"SO2": 3000, "NOx": 500}, "B": {"SO2": 3000}}},
             "compensation": {"baseline": "duties", "rules": ["shapley", "nucleolus", "beneficiary-pays"]}}
            """;

    @TempDir
    Path temp;

    private Path write(String name, String json) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    private Path edited(ObjectEdit edit) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(SMALL);
        edit.apply(tree);
        return write("edited.json", tree.toString());
    }

    @Test
    void theSmallFileRunsWithEveryVersion2ResultFile() throws IOException {
        Path out = temp.resolve("out");
        Cli.Result run = Cli.run("run", write("small.json", SMALL).toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String name : List.of("summary.json", "allocation.csv", "options.csv", "regions.csv", "receptors.csv",
                "coalitions.csv", "transfers.csv", "scenario.json")) {
            assertTrue(Files.exists(out.resolve(name)), name);
        }
        JsonNode allocation = JSON.readTree(out.resolve("summary.json").toFile()).get("allocation");
        assertEquals("optimal", allocation.get("status").asText());
        assertTrue(allocation.get("capPrices").has("PM2.5"));
        assertEquals(0, allocation.at("/capPrices/PM2.5").asDouble(), "an uncapped pollutant has no price");
        assertTrue(allocation.at("/health/A/deathsAvoided").isNumber());
        assertFalse(allocation.at("/health").has("B"), "B gives no health function");
        assertEquals("source,region,pollutant,sector,department,baseline,abatement,emissions,cost,price",
                Files.readAllLines(out.resolve("allocation.csv")).get(0));
        assertEquals(1 + 3 * 3, Files.readAllLines(out.resolve("allocation.csv")).size(), "long: source × pollutant");
        Cli.Result again = Cli.run("run", out.resolve("scenario.json").toString(), "--out", temp.resolve("again")
                .toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(Files.readString(out.resolve("allocation.csv")),
                Files.readString(temp.resolve("again/allocation.csv")), "the resolved scenario gives the same results");
    }

    @Test
    void aMarketOptionNotYetRunWithSeveralPollutantsIsRefusedByValidateAndRunAtItsPath() throws IOException {
        Path file = edited(tree -> tree.putObject("market").put("allocation", "grandfathering")
                .put("mechanism", "equilibrium").put("transactionCost", 5));
        assertRefusedByBoth(file, "$.market.transactionCost", NOT_YET);
    }

    /**
     * Regression (review 16): version 1's market combinations (a price floor needs mechanism equilibrium,
     * transactionCost 0 with a floor, an auction share) were reported first, and the several-pollutant
     * refusals only once those were fixed: now every refusal at once, and nothing asked of a refused feature.
     */
    @Test
    void aMarketsSeveralPollutantRefusalsComeAllAtOnceAndAskNothingOfRefusedFeatures() throws IOException {
        Path all = edited(tree -> tree.putObject("market").put("allocation", "grandfathering")
                .put("mechanism", "double-auction").put("transactionCost", 1).put("pollutant", "SO2")
                .put("priceFloor", 1).put("priceCeiling", 2));
        String problems = assertSameProblemsFromBoth(all);
        for (String field : List.of("mechanism", "transactionCost", "priceFloor", "priceCeiling")) {
            assertTrue(problems.contains(all + ": $.market." + field + " ") && problems.contains(NOT_YET), problems);
        }
        assertTrue(problems.contains(all + ": $.market.pollutant "), problems);
        assertFalse(problems.contains("needs mechanism"), problems);

        Path floorAndZones = edited(tree -> tree.putObject("market").put("allocation", "grandfathering")
                .put("mechanism", "equilibrium").put("transactionCost", 1).put("pollutant", "SO2")
                .put("priceFloor", 1).set("zones", JSON.createObjectNode().put("of", "A")));
        problems = assertSameProblemsFromBoth(floorAndZones);
        for (String field : List.of("transactionCost", "priceFloor", "zones")) {
            assertTrue(problems.contains(floorAndZones + ": $.market." + field + " "), problems);
        }
        assertFalse(problems.contains("must be 0 with") || problems.contains("$.market.zones.of"), problems);

        Path auction = edited(tree -> tree.putObject("market").put("allocation", "grandfathering")
                .put("mechanism", "uniform-price-auction").put("transactionCost", 0));
        problems = assertSameProblemsFromBoth(auction);
        assertTrue(problems.contains(auction + ": $.market.mechanism ") && problems.contains(NOT_YET), problems);
        assertFalse(problems.contains("auction.share"), problems);
    }

    /** Validate's and run's problem lines for a refused file, the same lines; returns them. */
    private String assertSameProblemsFromBoth(Path file) {
        Cli.Result validate = Cli.run("validate", file.toString());
        Cli.Result run = Cli.run("run", file.toString(), "--out", temp.resolve("refused").toString());
        assertEquals(2, validate.exitCode(), validate.err());
        assertEquals(2, run.exitCode(), run.err());
        assertFalse(run.hasStackTrace() || validate.hasStackTrace(), run.err() + validate.err());
        List<String> fromValidate = validate.err().lines().filter(l -> l.contains(file + ": ")).toList();
        List<String> fromRun = run.err().lines().filter(l -> l.contains(file + ": ")).toList();
        assertEquals(fromValidate, fromRun, "validate: " + validate.err() + "\nrun: " + run.err());
        return validate.err();
    }

    @Test
    void theNashBaselineIsRefusedAtItsPath() throws IOException {
        assertRefusedByBoth(edited(tree -> ((ObjectNode) tree.get("compensation")).put("baseline", "nash")),
                "$.compensation.baseline", "nash baseline is not yet supported with several pollutants");
    }

    @Test
    void aDutyARegionCannotMeetAloneIsNamed() throws IOException {
        assertRefusedByBoth(edited(tree -> ((ObjectNode) tree.at("/policy/duties/B")).put("NOx", 2500)),
                "$.policy.duties.B.NOx", "cannot meet its NOx duty alone: its sources can abate at most 2000 t, so the"
                        + " duties baseline of $.compensation is undefined");
    }

    @Test
    void badValuesAreAllNamedWithoutAStackTrace() throws IOException {
        Path file = edited(tree -> {
            ((ObjectNode) tree.at("/sources/0/options/1/removal")).put("NOx", 1.5);
            ((ObjectNode) tree.at("/policy/caps")).put("VOC", 10);
            ((ObjectNode) tree.at("/sources/1")).put("baseline", 12000);
        });
        Cli.Result validate = Cli.run("validate", file.toString());
        assertEquals(2, validate.exitCode());
        assertFalse(validate.hasStackTrace(), validate.err());
        for (String path : List.of("$.sources[0].options[1].removal.NOx", "$.policy.caps.VOC", "$.sources[1].baseline")) {
            assertTrue(validate.err().contains(file + ": " + path), path + " in:\n" + validate.err());
        }
    }

    @Test
    void aCapNoSourceCanMeetIsInfeasibleInFileTerms() throws IOException {
        Path file = edited(tree -> ((ObjectNode) tree.at("/policy/caps")).put("NOx", 100));
        Cli.Result validate = Cli.run("validate", file.toString());
        assertEquals(2, validate.exitCode());
        assertTrue(validate.err().contains("$.policy.caps.NOx = 100: maximum feasible reduction of NOx"),
                validate.err());
        Path out = temp.resolve("infeasible");
        Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertFalse(run.hasStackTrace(), run.err());
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals("infeasible", summary.at("/allocation/status").asText());
        assertTrue(summary.at("/allocation/reasons/0").asText().startsWith("$.policy.caps.NOx"));
    }

    /** The reviewer's base file (two regions, two pollutants; a1 with co-control options, b1 with curves). */
    static final String TWO_REGIONS = """
            {"name":"t","pollutants":[{"id":"SO2"},{"id":"NOx"}],
             "regions":[{"id":"A","population":1000000,"background":10,"health":{"mortalityRate":0.007,"beta":0.01,"vsl":1e6}},{"id":"B","population":2000000,"background":10}],
             "transfer":{"A":{"SO2":{"A":0.01,"B":0.005},"NOx":{"A":-0.002,"B":0.004}},"B":{"SO2":{"B":0.01},"NOx":{"B":0.003}}},
             "sources":[{"id":"a1","region":"A","emissions":{"SO2":1000,"NOx":500},"options":[{"name":"FGD","removal":{"SO2":0.9},"annualCost":900000},{"name":"SCR","removal":{"NOx":0.8},"annualCost":800000}]},
              {"id":"b1","region":"B","emissions":{"SO2":800,"NOx":600},"curves":{"SO2":{"steps":[{"amount":400,"unitCost":500},{"amount":300,"unitCost":2000}]},"NOx":{"steps":[{"amount":300,"unitCost":1500}]}}}],
             "policy":{"caps":{"SO2":1200,"NOx":900},"duties":{"A":{"SO2":800,"NOx":400},"B":{"SO2":10}}},
             "compensation":{"baseline":"duties","rules":["shapley"]}}
            """;

    /** Titration: cutting A's NOx lowers A's concentration and raises B's, so the two limits fail together. */
    static final String TITRATION = """
            {"name":"two","pollutants":[{"id":"NOx"}],"regions":[{"id":"A","background":10},{"id":"B","background":10}],
             "transfer":{"A":{"NOx":{"A":0.01}},"B":{"NOx":{"A":-0.01}}},
             "sources":[{"id":"a1","region":"A","emissions":{"NOx":1000},"curves":{"NOx":{"steps":[{"amount":1000,"unitCost":10}]}}}],
             "policy":{"receptorLimits":{"A":15,"B":4}}}
            """;

    /** Regression (review item 1): validate passed joint duties that one application share cannot meet; run refused them. */
    @Test
    void jointDutiesTheOptionsCannotMeetTogetherAreRefusedByValidateToo() throws IOException {
        assertRefusedByBoth(write("duties.json", TWO_REGIONS), "$.policy.duties.A",
                "cannot meet its duties of every pollutant together alone");
        // Regression (review item 6): the value was a Java map, {SO2=800.0, NOx=400.0}.
        assertTrue(Cli.run("validate", temp.resolve("duties.json").toString()).err().contains(
                "$.policy.duties.A = {\"SO2\": 800, \"NOx\": 400}: region A"));
    }

    /** Regression (review item 2): validate exited 0 on rows that each hold but fail together. */
    @Test
    void rowsThatFailTogetherAreInfeasibleForValidateAsForRun() throws IOException {
        Path file = write("titration.json", TITRATION);
        Cli.Result validate = Cli.run("validate", file.toString());
        assertEquals(2, validate.exitCode(), validate.out() + validate.err());
        assertFalse(validate.hasStackTrace(), validate.err());
        Path out = temp.resolve("titration");
        Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode(), run.err());
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals("infeasible", summary.at("/allocation/status").asText());
        assertTrue(validate.err().contains(summary.at("/allocation/reasons/0").asText()), validate.err());
    }

    /** Regression (review item 3): rows failing together were named "receptor row 0", at $.policy, in 16 digits. */
    @Test
    void rowsThatFailTogetherAreNamedByTheirPathsAndValues() throws IOException {
        Path file = write("titration.json", TITRATION);
        String err = Cli.run("validate", file.toString()).err();
        assertTrue(err.contains(file + ": $.policy.receptorLimits.A = 15: $.policy.receptorLimits.A = 15 and"
                + " $.policy.receptorLimits.B = 4 cannot be met together"), err);
        assertTrue(err.contains("concentration reduction"), err);
        assertTrue(err.contains("short by 1 "), err);
        assertFalse(err.contains("0.9999999") || err.contains("receptor row"), err);
    }

    /** Regression (review item 4): a curves-only region's duty beyond its reach was blamed on shared options. */
    @Test
    void aCurvesOnlyRegionsUnmetDutyIsNamedPerPollutant() throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(TWO_REGIONS);
        tree.remove("compensation");
        ((ObjectNode) tree.at("/policy")).set("duties", JSON.readTree("{\"B\": {\"NOx\": 301}}"));
        Path out = temp.resolve("curves-only");
        Cli.Result run = Cli.run("run", write("curves-only.json", tree.toString()).toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("$.policy.duties.B.NOx = 301: region B cannot meet its NOx duty alone: its sources"
                + " can abate at most 300 t"), summary);
        assertFalse(summary.contains("share one application"), summary);
        // Regression: without a compensation section the reason blamed "the duties baseline of $.compensation".
        assertEquals("$.policy.duties.B.NOx = 301: region B cannot meet its NOx duty alone: its sources can abate at"
                + " most 300 t, so there is no stand-alone plan to compare cooperation with",
                JSON.readTree(summary).at("/cooperation/reasons/0").asText());
    }

    /** Regression (review item 5): a curve of an undeclared pollutant was called one that abates more than emitted. */
    @Test
    void aCurveOfAnUndeclaredPollutantIsAnUnknownPollutant() throws IOException {
        Path file = edited(tree -> ((ObjectNode) tree.at("/sources/1/curves")).set("CO",
                JSON.createObjectNode().set("steps", JSON.createArrayNode().add(
                        JSON.createObjectNode().put("amount", 10).put("unitCost", 5)))));
        Cli.Result validate = Cli.run("validate", file.toString());
        assertEquals(2, validate.exitCode(), validate.err());
        assertTrue(validate.err().contains(file + ": $.sources[1].curves.CO = CO: unknown pollutant (declared in"
                + " $.pollutants: [SO2, NOx, PM2.5])"), validate.err());
        assertFalse(validate.err().contains("abates more"), validate.err());
    }

    /** Regression: the sweep's resolved base was written by the one-pollutant writer, which dropped the pollutants. */
    @Test
    void aSweepVariesAVersion2File() throws IOException {
        write("small.json", SMALL);
        Path sweep = write("sweep.json", """
                {"name": "nox", "scenario": "small.json", "seed": 1,
                 "parameters": [{"name": "noxCap", "path": "$.policy.caps.NOx", "values": [10000, 9000]}]}
                """);
        Path out = temp.resolve("sweep");
        Cli.Result result = Cli.run("sweep", sweep.toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        assertTrue(header.contains("allocation.capPrices.NOx") && header.contains("allocation.deathsAvoided"),
                rows.get(0));
        assertEquals(3, rows.size(), String.join("\n", rows));
        int status = header.indexOf("status");
        for (String row : rows.subList(1, rows.size())) {
            assertEquals("ok", row.split(",")[status], row);
        }
    }

    /** scale-cut on a version-2 file's caps: each cap asks for the given multiple of its reduction, and the runs solve. */
    @Test
    void scaleCutTightensAVersion2FilesCaps() throws IOException {
        write("small.json", SMALL);
        Path sweep = write("cut.json", """
                {"name": "cut", "scenario": "small.json", "seed": 1,
                 "parameters": [{"name": "cut", "targets": [{"path": "$.policy.caps.*", "op": "scale-cut"}],
                                 "values": [1, 1.2]}]}
                """);
        Path out = temp.resolve("cut");
        Cli.Result result = Cli.run("sweep", sweep.toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        int so2 = header.indexOf("allocation.pollutants.SO2.emissions");
        assertTrue(so2 >= 0, rows.get(0));
        // SO2: 21,700 t emitted, cap 15,000 (a cut of 6,700); 1.2 times the cut leaves 13,660.
        assertEquals(15000, Double.parseDouble(rows.get(1).split(",")[so2]), 1e-6, rows.get(1));
        assertEquals(13660, Double.parseDouble(rows.get(2).split(",")[so2]), 1e-6, rows.get(2));
    }

    @Test
    void scaleCutIsRefusedOnAFieldThatIsNotACap() throws IOException {
        write("small.json", SMALL);
        Path sweep = write("cut.json", """
                {"name": "cut", "scenario": "small.json", "seed": 1,
                 "parameters": [{"name": "cut", "targets": [{"path": "$.policy.duties.A.SO2", "op": "scale-cut"}],
                                 "values": [1, 2]}]}
                """);
        Cli.Result result = Cli.run("sweep", sweep.toString(), "--out", temp.resolve("cut").toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("scale-cut applies to $.policy.cap and $.policy.caps only"), result.err());
        assertFalse(result.hasStackTrace(), result.err());
    }

    /** The same file gives the same bytes on one thread and on three (the coalitions are solved in parallel). */
    @Test
    void resultsDoNotDependOnTheThreadCount() throws Exception {
        Path file = write("small.json", SMALL);
        for (int threads : new int[] {1, 3}) {
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
            try {
                Cli.Result run = pool.submit(() -> Cli.run("run", file.toString(), "--out",
                        temp.resolve("threads-" + threads).toString())).get();
                assertEquals(0, run.exitCode(), run.err());
            } finally {
                pool.shutdown();
            }
        }
        for (String name : List.of("summary.json", "allocation.csv", "options.csv", "regions.csv", "receptors.csv",
                "coalitions.csv", "transfers.csv", "scenario.json", "report.html")) {
            assertEquals(Files.readString(temp.resolve("threads-1").resolve(name)),
                    Files.readString(temp.resolve("threads-3").resolve(name)), name);
        }
    }

    /**
     * Beneficiary pays with several pollutants, by hand: A abates SO2 at 1 a tonne, B at 10; B's duty is 50 t.
     * Alone B spends 500; jointly A cuts the 50 t for 50. Only B values A's cut (δ_B > 0, T_B,SO2,A > 0), so B
     * pays A's extra 50; A's NOx, which titrates at B, is not cut and changes nothing.
     */
    @Test
    void beneficiaryPaysByHand() throws IOException {
        Path file = write("bp.json", """
                {"name": "bp", "pollutants": [{"id": "SO2"}, {"id": "NOx"}],
                 "regions": [{"id": "A"}, {"id": "B", "damagePerConcentration": 1e6}],
                 "transfer": {"B": {"SO2": {"A": 1e-4, "B": 2e-4}, "NOx": {"A": -1e-4}}},
                 "sources": [{"id": "a", "region": "A", "emissions": {"SO2": 100, "NOx": 10},
                              "curves": {"SO2": {"steps": [{"amount": 100, "unitCost": 1}]}}},
                             {"id": "b", "region": "B", "emissions": {"SO2": 100},
                              "curves": {"SO2": {"steps": [{"amount": 100, "unitCost": 10}]}}}],
                 "policy": {"duties": {"A": {"SO2": 0}, "B": {"SO2": 50}}},
                 "compensation": {"baseline": "duties", "rules": ["beneficiary-pays", "polluter-pays"]}}
                """);
        Path out = temp.resolve("bp");
        Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode compensation = JSON.readTree(out.resolve("summary.json").toFile()).get("compensation");
        assertEquals(450, compensation.get("surplus").asDouble(), 1e-6);
        JsonNode bp = compensation.at("/rules/beneficiary-pays");
        assertEquals("applied", bp.get("status").asText());
        assertEquals(50, bp.at("/transfers/A").asDouble(), 1e-6);
        assertEquals(-50, bp.at("/transfers/B").asDouble(), 1e-6);
        assertEquals(450, bp.at("/gains/B").asDouble(), 1e-6);
        assertEquals("undefined", compensation.at("/rules/polluter-pays/status").asText());
        assertTrue(compensation.at("/rules/polluter-pays/reason").asText().contains("several pollutants"));
    }

    /** validate = run on seeded variants: numbers scaled, negated, zeroed or blown up, sections switched. */
    @Test
    void validatePassesExactlyWhatRunAccepts() throws IOException {
        List<String> numbers = List.of("/policy/caps/SO2", "/policy/caps/NOx", "/policy/receptorLimits/A",
                "/policy/duties/A/SO2", "/regions/0/background", "/regions/0/health/beta", "/transfer/A/NOx/A",
                "/sources/0/emissions/SO2", "/sources/0/options/0/removal/SO2", "/sources/0/options/2/annualCost",
                "/sources/1/curves/SO2/steps/0/amount", "/sources/1/curves/NOx/quadratic/max");
        double[] factors = {0, -1, 0.5, 2, 10, 1e300};
        SplittableRandom random = new SplittableRandom(16);
        int accepted = 0;
        for (int instance = 0; instance < 24; instance++) {
            ObjectNode tree = (ObjectNode) JSON.readTree(SMALL);
            for (int k = 0; k < 2; k++) {
                String pointer = numbers.get(random.nextInt(numbers.size()));
                int slash = pointer.lastIndexOf('/');
                ObjectNode parent = (ObjectNode) tree.at(pointer.substring(0, slash));
                String key = pointer.substring(slash + 1);
                parent.put(key, parent.get(key).asDouble() * factors[random.nextInt(factors.length)]);
            }
            if (random.nextInt(3) == 0) {
                tree.put("objective", "welfare");
            }
            if (random.nextInt(3) == 0) {
                tree.remove("compensation");
            }
            Path file = write("variant-" + instance + ".json", tree.toString());
            Cli.Result validate = Cli.run("validate", file.toString());
            Cli.Result run = Cli.run("run", file.toString(), "--out", temp.resolve("out-" + instance).toString());
            assertNotEquals(1, validate.exitCode(), validate.err());
            assertNotEquals(1, run.exitCode(), tree + "\n" + run.err());
            assertFalse(run.hasStackTrace() || validate.hasStackTrace(), run.err() + validate.err());
            assertEquals(validate.exitCode() == 0, run.exitCode() == 0, tree + "\nvalidate: " + validate.err()
                    + "\nrun: " + run.err());
            accepted += run.exitCode() == 0 ? 1 : 0;
        }
        assertTrue(accepted >= 4 && accepted <= 20, "a mix of accepted and refused variants: " + accepted);
    }

    private void assertRefusedByBoth(Path file, String path, String message) {
        assertRefusedByBoth(file, path, message, temp.resolve("refused"));
    }

    /** validate and run both refuse {@code file} at {@code path} with {@code message} (exit 2), and run writes nothing to {@code out}. */
    static void assertRefusedByBoth(Path file, String path, String message, Path out) {
        Cli.Result validate = Cli.run("validate", file.toString());
        assertEquals(2, validate.exitCode(), validate.err());
        assertTrue(validate.err().contains(file + ": " + path), validate.err());
        assertTrue(validate.err().contains(message), validate.err());
        Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(path) && run.err().contains(message), run.err());
        assertFalse(run.hasStackTrace() || validate.hasStackTrace(), run.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @FunctionalInterface
    private interface ObjectEdit {
        void apply(ObjectNode tree);
    }
}
