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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A permit market in a version-2 file on the command line: it runs with the long tables and one
 * journal that {@code airshed ledger} checks, writes the same bytes twice, and what it cannot yet run
 * is refused by validate and run alike at its path (exit 2, nothing written).
 */
class MultiMarketCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path withMarket(String market) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(MultiPollutantCommandsTest.SMALL);
        tree.remove("compensation");
        tree.set("market", JSON.readTree(market));
        Path file = temp.resolve("market.json");
        Files.writeString(file, tree.toString());
        return file;
    }

    @Test
    void aMarketRunsWithOnePermitPerCappedPollutantOnOneJournal() throws IOException {
        Path file = withMarket("{\"allocation\": \"per-capita\", \"mechanism\": \"equilibrium\", \"vintage\": 2020}");
        assertEquals(0, Cli.run("validate", file.toString()).exitCode());
        Path out = temp.resolve("out");
        Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("one permit per capped pollutant"), run.out());
        JsonNode market = JSON.readTree(out.resolve("summary.json").toFile()).get("market");
        assertEquals(List.of("SO2", "NOx"), fieldNames(market.get("pollutants")), "PM2.5 has no cap, so no permit");
        assertTrue(market.at("/regions/A/pollutants/SO2/payment").isNumber());
        assertTrue(market.at("/conservation/conserved").asBoolean());
        assertTrue(market.at("/journal/complete").asBoolean());
        assertEquals("SO2", market.at("/issuance/vintages/0/pollutant").asText());
        assertTrue(market.get("notes").toString().contains("PM2.5 has no cap"), market.get("notes").toString());
        List<String> sources = Files.readAllLines(out.resolve("market-sources.csv"));
        assertEquals("source,region,pollutant,initialPermits,bought,sold,emissions,abatement,surrendered,shortfall,"
                + "payment", sources.get(0));
        assertEquals(1 + 3 * 2, sources.size(), "long: source × capped pollutant");
        assertEquals("id,period,pollutant,seller,buyer,quantity,price,payment,fee",
                Files.readAllLines(out.resolve("trades.csv")).get(0));
        Cli.Result ledger = Cli.run("ledger", out.resolve("ledger.jsonl").toString());
        assertEquals(0, ledger.exitCode(), ledger.out() + ledger.err());
        Path again = temp.resolve("again");
        assertEquals(0, Cli.run("run", file.toString(), "--out", again.toString()).exitCode());
        for (String name : List.of("summary.json", "trades.csv", "market-sources.csv", "ledger.jsonl")) {
            assertEquals(Files.readString(out.resolve(name)), Files.readString(again.resolve(name)), name);
        }
    }

    @Test
    void anUnsupportedMechanismIsRefusedByValidateAndRunAtItsPath() throws IOException {
        Path file = withMarket("{\"allocation\": \"grandfathering\", \"mechanism\": \"double-auction\"}");
        Cli.Result validate = Cli.run("validate", file.toString());
        assertEquals(2, validate.exitCode(), validate.err());
        String expected = file + ": $.market.mechanism = \"double-auction\": is not yet supported with several"
                + " pollutants (issue 16)";
        assertTrue(validate.err().contains(expected), validate.err());
        Path out = temp.resolve("refused");
        Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.hasStackTrace() || validate.hasStackTrace(), run.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aSweepKeepsEachPermitsPriceAndVolume() throws IOException {
        withMarket("{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\"}");
        Path sweep = temp.resolve("sweep.json");
        Files.writeString(sweep, """
                {"name": "nox", "scenario": "market.json", "seed": 1,
                 "parameters": [{"name": "noxCap", "path": "$.policy.caps.NOx", "values": [10000, 9000]}]}
                """);
        Path out = temp.resolve("sweep");
        Cli.Result result = Cli.run("sweep", sweep.toString(), "--out", out.toString(), "--threads", "1");
        assertEquals(0, result.exitCode(), result.err());
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        for (String column : List.of("market.pollutants.SO2.clearingPrice", "market.pollutants.NOx.clearingPrice",
                "market.pollutants.NOx.volume", "market.conservation.conserved")) {
            assertTrue(header.contains(column), column + " in " + rows.get(0));
        }
        assertEquals(3, rows.size(), String.join("\n", rows));
        Path twoThreads = temp.resolve("sweep-2");
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--out", twoThreads.toString(), "--threads", "2").exitCode());
        assertEquals(Files.readString(out.resolve("runs.csv")), Files.readString(twoThreads.resolve("runs.csv")),
                "the same bytes whatever the thread count");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
