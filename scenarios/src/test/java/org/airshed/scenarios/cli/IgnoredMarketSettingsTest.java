package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.airshed.scenarios.run.TestScenarios;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Market settings the mechanism would ignore are refused, by validate as by run, with the same one
 * line (file, JSON path, value, why), and the setting that makes sense instead runs. Before, each of
 * these ran with the setting silently unused (or only a note in market.notes).
 */
class IgnoredMarketSettingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ZONES = "\"zones\": {\"of\": {\"A\": \"x\", \"B\": \"y\"},"
            + " \"flows\": [[\"x\", \"y\"]]}";
    private static final String BID = "{\"bidder\": \"a1\", \"price\": 10, \"quantity\": 5}";

    @TempDir
    static Path temp;

    /**
     * @param market   the refused market section
     * @param expected the problem both commands print after the file's name
     * @param accepted the same market with the setting that makes sense: it runs
     */
    record Case(String name, String market, String expected, String accepted) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a free rule when the auction sells the whole cap",
                        "{\"allocation\": \"grandfathering\", \"mechanism\": \"uniform-price-auction\","
                                + " \"auction\": {\"share\": 1}}",
                        "$.market.auction.share = 1: sells the whole cap, so allocation grandfathering would give"
                                + " nothing away",
                        "{\"allocation\": \"auction\", \"mechanism\": \"uniform-price-auction\","
                                + " \"auction\": {\"share\": 1}}"),
                new Case("a free rule left less than a thousandth by the auction",
                        "{\"allocation\": \"duties\", \"mechanism\": \"uniform-price-auction\","
                                + " \"auction\": {\"share\": 0.999999}}",
                        "$.market.auction.share = 0.999999: leaves 0.00012 t of the cap to give away, less than"
                                + " a permit (0.001), so allocation duties would give nothing away",
                        "{\"allocation\": \"grandfathering\", \"mechanism\": \"uniform-price-auction\","
                                + " \"auction\": {\"share\": 0.99999}}"),
                new Case("a transaction cost when the regulator sells every permit",
                        "{\"allocation\": \"auction\", \"mechanism\": \"equilibrium\", \"transactionCost\": 5}",
                        "$.market.transactionCost = 5: must be 0 with allocation auction",
                        "{\"allocation\": \"auction\", \"mechanism\": \"equilibrium\", \"transactionCost\": 0}"),
                new Case("a transaction cost in zones",
                        "{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\", \"transactionCost\": 5,"
                                + ZONES + "}",
                        "$.market.transactionCost = 5: must be 0 with zones",
                        "{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\", " + ZONES + "}"),
                new Case("quadratic steps beside the scenario's own bids",
                        "{\"allocation\": \"auction\", \"mechanism\": \"uniform-price-auction\","
                                + " \"auction\": {\"bids\": [" + BID + "], \"quadraticSteps\": 50}}",
                        "$.market.auction.quadraticSteps = 50: cuts the sources' quadratic curves into bids,"
                                + " and auction.bids replaces those bids",
                        "{\"allocation\": \"auction\", \"mechanism\": \"uniform-price-auction\","
                                + " \"auction\": {\"bids\": [" + BID + "]}}"),
                new Case("an empty list of bids",
                        "{\"allocation\": \"auction\", \"mechanism\": \"uniform-price-auction\","
                                + " \"auction\": {\"bids\": []}}",
                        "$.market.auction.bids = []: names no bid",
                        "{\"allocation\": \"auction\", \"mechanism\": \"uniform-price-auction\", \"auction\": {}}"),
                new Case("a zone's flow to itself",
                        "{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\", \"zones\": {\"of\":"
                                + " {\"A\": \"x\", \"B\": \"y\"}, \"flows\": [[\"x\", \"y\"], [\"y\", \"y\"]]}}",
                        "$.market.zones.flows[1] = [\"y\",\"y\"]: is a flow from zone y to itself",
                        "{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\", " + ZONES + "}"),
                new Case("a borrowing limit with one period",
                        "{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\", \"periods\":"
                                + " {\"caps\": [120], \"borrowingLimit\": 10}}",
                        "$.market.periods.borrowingLimit = 10: needs at least two periods",
                        "{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\", \"periods\":"
                                + " {\"caps\": [120, 110], \"borrowingLimit\": 10}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedAlikeByValidateAndRun(Case c) throws IOException {
        Path file = scenario(c.name(), c.market());
        Cli.Result validate = Cli.run("validate", file.toString());
        Cli.Result run = Cli.run("run", file.toString(), "--out", temp.resolve("out-" + file.getFileName()).toString());

        String line = file + ": " + c.expected();
        for (Cli.Result r : List.of(validate, run)) {
            assertEquals(2, r.exitCode(), c + ": " + r.out() + r.err());
            assertFalse(r.hasStackTrace(), c + ": " + r.err());
            assertTrue(r.err().contains(line), c + ": expected «" + line + "» in\n" + r.err());
        }
        assertEquals(problems(validate.err()), problems(run.err()), c + ": validate and run say different things");
        assertEquals(1, problems(validate.err()).size(), c + ": " + validate.err());
        assertFalse(Files.exists(temp.resolve("out-" + file.getFileName()).resolve("summary.json")), c.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSettingThatMeansSomethingRuns(Case c) throws IOException {
        Path file = scenario(c.name() + " accepted", c.accepted());
        Cli.Result validate = Cli.run("validate", file.toString());
        Cli.Result run = Cli.run("run", file.toString(), "--out", temp.resolve("out-" + file.getFileName()).toString());
        assertEquals(0, validate.exitCode(), c + ": " + validate.err());
        assertEquals(0, run.exitCode(), c + ": " + run.err());
    }

    /** The lines naming a problem in the file (the summary line after them differs by command). */
    private static List<String> problems(String err) {
        return err.lines().filter(l -> l.contains(": $.")).toList();
    }

    private static Path scenario(String name, String market) throws IOException {
        ObjectNode scenario = (ObjectNode) JSON.readTree(TestScenarios.twoRegions(TestScenarios.CAP_AND_DUTIES));
        scenario.set("market", JSON.readTree(market));
        Path file = temp.resolve(name.replaceAll("[^a-z0-9]+", "-") + ".json");
        Files.writeString(file, JSON.writeValueAsString(scenario));
        return file;
    }
}
