package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.airshed.scenarios.run.TestScenarios;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of bad scenario files, each fed to both {@code validate} and {@code run}: both must
 * exit 2, without a stack trace, naming the file, the JSON path (or CSV line and column) and the
 * value; {@code run} must write no results for bad input (an infeasible policy writes its
 * summary). Many of these reached an internal error, a hang on /dev/zero or an out-of-memory
 * crash before (zero sources with a market, a price ceiling of 0, coefficients of 1e308, 50,000
 * regions, a sources file of one endless line), or passed validate and failed run.
 */
class BadInputCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKET = "{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\"}";

    @TempDir
    static Path temp;

    /**
     * One bad file.
     *
     * @param expected text both commands must print (the path and value)
     * @param infeasible a valid file no allocation can meet: run writes summary.json
     */
    record Case(String name, Consumer<ObjectNode> edit, String expected, boolean infeasible) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        cases.add(bad("zero sources with a market", s -> {
            s.putArray("sources");
            s.set("market", json(MARKET));
        }, "$.sources = []"));
        cases.add(bad("price ceiling of 0", s -> s.set("market", json(
                "{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\", \"priceCeiling\": 0}")),
                "$.market.priceCeiling = 0"));
        cases.add(bad("price ceiling under the floor", s -> s.set("market", json("{\"allocation\": \"grandfathering\","
                + " \"mechanism\": \"equilibrium\", \"priceFloor\": 50, \"priceCeiling\": 40}")),
                "$.market.priceCeiling = 40"));
        cases.add(bad("transfer coefficient 1e308 with a receptor limit", s -> {
            ((ObjectNode) s.path("transfer").path("A")).put("A", 1e308);
            ((ObjectNode) s.path("policy")).putObject("receptorLimits").put("A", 100);
        }, "$.transfer.A.A = 1.0E+308"));
        cases.add(bad("transfer coefficient 1e308 with the welfare objective", s -> {
            ((ObjectNode) s.path("transfer").path("A")).put("A", 1e308);
            s.put("objective", "welfare");
        }, "$.transfer.A.A = 1.0E+308"));
        cases.add(bad("quadratic slope 1e308", s -> {
            source(s, 1).remove("steps");
            source(s, 1).set("quadratic", json("{\"slope\": 1e308, \"max\": 80}"));
        }, "$.sources[1].quadratic.slope = 1.0E+308"));
        cases.add(bad("unit cost 1e308", s -> ((ObjectNode) source(s, 0).path("steps").get(1)).put("unitCost", 1e308),
                "$.sources[0].steps[1].unitCost = 1.0E+308"));
        cases.add(bad("damage per concentration 1e300", s -> ((ObjectNode) s.path("regions").get(0))
                .put("damagePerConcentration", 1e300), "$.regions[0].damagePerConcentration = 1.0E+300"));
        cases.add(bad("50,000 regions", s -> {
            ArrayNode regions = s.putArray("regions");
            for (int r = 0; r < 50_000; r++) {
                regions.addObject().put("id", r == 0 ? "A" : r == 1 ? "B" : "R" + r);
            }
        }, "$.regions = 50000 regions"));
        // Not a regular file: refused before it is opened (a FIFO would block the read; revH, item 9).
        cases.add(bad("sources file /dev/zero", s -> s.put("sourcesFile", "/dev/zero"),
                "$.sourcesFile = \"/dev/zero\": is not a regular file (a FIFO, device or socket)"));
        cases.add(bad("sources file of one huge line", s -> s.put("sourcesFile", "huge.csv"),
                "huge.csv: line 2, column id = xxxxxxxxxx"));
        cases.add(bad("duty a region cannot meet alone, duties baseline", s -> {
            ((ObjectNode) s.path("policy").path("duties")).put("A", 60);
            s.set("compensation", json("{\"baseline\": \"duties\", \"rules\": [\"shapley\"]}"));
        }, "$.policy.duties.A = 60"));
        cases.add(bad("a region without a duty, duties baseline", s -> {
            ((ObjectNode) s.path("policy").path("duties")).remove("B");
            s.set("compensation", json("{\"baseline\": \"duties\", \"rules\": [\"shapley\"]}"));
        }, "$.policy.duties.B: is missing: region B has sources"));
        cases.add(bad("duties baseline without duties", s -> {
            ((ObjectNode) s.path("policy")).remove("duties");
            s.set("compensation", json("{\"baseline\": \"duties\", \"rules\": [\"shapley\"]}"));
        }, "$.compensation.baseline = \"duties\""));
        cases.add(bad("market without a cap", s -> {
            ((ObjectNode) s.path("policy")).remove("cap");
            s.set("market", json(MARKET));
        }, "$.policy.cap: is required by the market"));
        cases.add(bad("ambient market without receptor limits", s -> s.set("market", json(
                "{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\", \"ambient\": true}")),
                "$.market.ambient = true"));
        cases.add(bad("ambient market with every permit auctioned", s -> {
            ((ObjectNode) s.path("policy")).putObject("receptorLimits").put("A", 100);
            s.set("market", json("{\"allocation\": \"auction\", \"mechanism\": \"equilibrium\","
                    + " \"ambient\": true}"));
        }, "$.market.ambient = true: cannot be combined with allocation auction"));
        cases.add(bad("a bidder that is not a source", s -> s.set("market", json("{\"allocation\": \"auction\","
                + " \"mechanism\": \"uniform-price-auction\", \"auction\": {\"bids\": [{\"bidder\": \"zz\","
                + " \"price\": 10, \"quantity\": 5}]}}")), "$.market.auction.bids[0].bidder = \"zz\""));
        cases.add(bad("a source named like the regulator, with a market", s -> {
            source(s, 0).put("id", "regulator");
            s.set("market", json(MARKET));
        }, "$.sources[0].id = \"regulator\""));
        cases.add(bad("discrete mode on step curves", s -> s.put("mode", "discrete"),
                "$.sources[0]: has a cost curve, not options"));
        cases.add(bad("unknown key", s -> s.put("sorces", 1), "$.sorces = 1: unknown key (did you mean sources?)"));
        cases.add(bad("negative background", s -> ((ObjectNode) s.path("regions").get(0)).put("background", -1),
                "$.regions[0].background = -1"));
        cases.add(infeasible("a cap no allocation can meet", s -> ((ObjectNode) s.path("policy")).put("cap", 10),
                "$.policy.cap = 10: maximum feasible reduction"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void validateAndRunAgree(Case c) throws IOException {
        Path huge = temp.resolve("huge.csv");
        if (!Files.exists(huge)) {
            Files.writeString(huge, "id,region,baseline,curve,amount,unitCost\n" + "x".repeat(200_000) + "\n");
        }
        ObjectNode scenario = (ObjectNode) JSON.readTree(TestScenarios.twoRegions(TestScenarios.CAP_AND_DUTIES));
        c.edit().accept(scenario);
        Path file = temp.resolve(c.name().replaceAll("[^a-z0-9]+", "-") + ".json");
        Files.writeString(file, JSON.writeValueAsString(scenario));
        Path out = temp.resolve("out-" + file.getFileName());

        Cli.Result validate = Cli.run("validate", file.toString());
        Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString());

        for (Cli.Result r : List.of(validate, run)) {
            assertEquals(2, r.exitCode(), c + ": " + r.err());
            assertFalse(r.hasStackTrace(), c + ": " + r.err());
            assertFalse(r.err().contains("internal error"), c + ": " + r.err());
            assertTrue(r.err().contains(c.expected()), c + ": expected «" + c.expected() + "» in\n" + r.err());
        }
        String shown = c.expected().startsWith("$") ? file.toString() : "";
        assertTrue(validate.err().contains(shown + ": " + c.expected()) || !c.expected().startsWith("$"),
                c + ": the file is not named: " + validate.err());
        if (c.infeasible()) {
            assertTrue(Files.isRegularFile(out.resolve("summary.json")), c.toString());
        } else {
            assertFalse(Files.exists(out.resolve("summary.json")), c + ": bad input left results in " + out);
        }
    }

    /** A scenario file that is /dev/zero itself is refused by size, not read until the memory runs out. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("endlessFiles")
    void anEndlessScenarioFileIsRefusedBySize(String command) {
        Path zero = Path.of("/dev/zero");
        if (!Files.exists(zero)) {
            return;
        }
        Cli.Result r = command.equals("run") ? Cli.run("run", zero.toString(), "--out", temp.resolve("z").toString())
                : Cli.run("validate", zero.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("/dev/zero: file: is larger than 256 MiB"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }

    static Stream<String> endlessFiles() {
        return Stream.of("validate", "run");
    }

    private static Case bad(String name, Consumer<ObjectNode> edit, String expected) {
        return new Case(name, edit, expected, false);
    }

    private static Case infeasible(String name, Consumer<ObjectNode> edit, String expected) {
        return new Case(name, edit, expected, true);
    }

    private static ObjectNode source(ObjectNode scenario, int index) {
        return (ObjectNode) scenario.path("sources").get(index);
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
