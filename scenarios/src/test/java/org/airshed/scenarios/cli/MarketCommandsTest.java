package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * {@code run} with a market section, and {@code ledger} on the journal it writes. The two-region
 * scenario by hand, cap 120, grandfathered: a1 gets 66.667 t, b1 53.333 t. At λ = 20 the least-cost
 * plan has a1 emit 70 and b1 50, so b1 sells a1 3.333 t for 66.66 CNY; with t = 5 the buyer pays
 * 25 a tonne, which is still below a1's next block (50), so the volume and the plan stay.
 */
class MarketCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] MARKET_FILES = {"trades.csv", "market-sources.csv", "ledger.jsonl"};

    @TempDir
    Path temp;

    private Path scenario(String policy, String market) throws IOException {
        String json = TestScenarios.twoRegions(policy).strip();
        json = json.substring(0, json.length() - 1) + ", \"market\": " + market + "}";
        return TestScenarios.write(temp, "with-market.json", json);
    }

    /** Regression (README review, item 12): an ambient market's price, a mean of its trades' prices, was printed as "price". */
    @Test
    void anAmbientMarketsPriceIsPrintedAsTheMeanItIs() throws IOException {
        String bundled = new String(getClass().getResourceAsStream("/scenarios/yrd-so2-market.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String ambient = bundled.replace("\"vintage\": 2015", "\"vintage\": 2015, \"ambient\": true");
        assertFalse(ambient.equals(bundled), "the bundled market section changed: the edit no longer applies");
        Path file = TestScenarios.write(temp, "ambient.json", ambient);
        Cli.Result r = Cli.run("run", file.toString(), "--out", temp.resolve("ambient").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("market, grandfathering allocation, equilibrium: cleared, mean price "), r.out());
    }

    @Test
    void runWritesTheMarketPartTradesAndTheJournal() throws IOException {
        Path file = scenario("{\"cap\": 120}", "{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\","
                + " \"transactionCost\": 5, \"pollutant\": \"SO2\", \"vintage\": 2025}");
        Path out = temp.resolve("out");
        Cli.Result r = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode m = JSON.readTree(out.resolve("summary.json").toFile()).get("market");
        assertEquals(20, m.get("clearingPrice").asDouble(), 1e-9);
        assertEquals(25, m.get("buyerPrice").asDouble(), 1e-9);
        assertEquals(3.333, m.get("volume").asDouble(), 1e-9);
        assertEquals(900, m.get("abatementCost").asDouble(), 1e-9);
        assertEquals(16.66, m.get("transactionCosts").asDouble(), 1e-9);
        assertEquals(16.66, m.get("lossVsFrictionless").asDouble(), 1e-9);
        JsonNode a = m.get("regions").get("A");
        assertEquals(66.667, a.get("initialPermits").asDouble(), 1e-9);
        assertEquals(70, a.get("emissions").asDouble(), 1e-9);
        assertEquals(3.333, a.get("netPurchase").asDouble(), 1e-9);
        assertEquals(83.32, a.get("payment").asDouble(), 1e-9);
        assertEquals(-66.66, m.get("regions").get("B").get("payment").asDouble(), 1e-9);
        assertTrue(m.get("conservation").get("conserved").asBoolean());
        assertEquals(2025, m.get("conservation").get("permits").get(0).get("vintage").asInt());
        assertEquals("id,period,seller,buyer,quantity,price,payment,fee\nT1,0,b1,a1,3.333,20,66.66,16.66\n",
                Files.readString(out.resolve("trades.csv")));
        assertTrue(r.out().contains("market, grandfathering allocation, equilibrium: cleared, price 20 CNY/t"
                + " (buyers pay 25), 1 trades, volume 3.333 t"), r.out());
        Cli.Result ledger = Cli.run("ledger", out.resolve("ledger.jsonl").toString());
        assertEquals(0, ledger.exitCode(), ledger.err());
        assertTrue(ledger.out().contains("SO2 vintage 2025 zone all: issued 120.000 = held 0.000 + surrendered 120.000"
                + " + retired 0.000"), ledger.out());
        // The words of summary.json's market.conservation.money[] (README review, item 12: it said "outside").
        assertTrue(ledger.out().contains("CNY: participants 0.00, external 0.00"), ledger.out());
    }

    @Test
    void theSameScenarioAndSeedGiveByteIdenticalFiles() throws IOException {
        Path file = scenario("{\"cap\": 120}", "{\"allocation\": \"per-capita\", \"mechanism\": \"double-auction\","
                + " \"doubleAuction\": {\"maxRounds\": 3000, \"idleRounds\": 100, \"lot\": 0.5}}");
        Files.writeString(file, Files.readString(file).replace("\"damagePerConcentration\": 2,",
                "\"damagePerConcentration\": 2, \"population\": 1e6,").replace("\"damagePerConcentration\": 1,",
                "\"damagePerConcentration\": 1, \"population\": 3e6,"));
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");
        assertEquals(0, Cli.run("run", file.toString(), "--out", one.toString(), "--seed", "11").exitCode());
        assertEquals(0, Cli.run("run", file.toString(), "--out", two.toString(), "--seed", "11").exitCode());
        for (String name : new String[] {"summary.json", "trades.csv", "market-sources.csv", "ledger.jsonl"}) {
            assertEquals(Files.readString(one.resolve(name)), Files.readString(two.resolve(name)), name);
        }
        assertTrue(Files.readString(one.resolve("summary.json")).contains("\"seed\": 11"));
    }

    /**
     * The market's files are the market section's: written through the staging directory (the
     * journal streamed there) and removed when a later run into the same directory has no market.
     */
    @Test
    void aRunWithoutTheMarketRemovesTheMarketsFiles() throws IOException {
        Path file = scenario("{\"cap\": 120}", "{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\"}");
        Path out = temp.resolve("out");
        assertEquals(0, Cli.run("run", file.toString(), "--out", out.toString()).exitCode());
        for (String name : MARKET_FILES) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        JsonNode journal = JSON.readTree(out.resolve("summary.json").toFile()).get("market").get("journal");
        assertEquals(Files.readAllLines(out.resolve("ledger.jsonl")).size(), journal.get("entries").asInt());
        assertTrue(journal.get("complete").asBoolean(), journal.toString());
        assertFalse(Files.exists(out.resolve(".airshed-staging")), "the staging directory is gone");
        Path without = TestScenarios.write(temp, "without-market.json", TestScenarios.twoRegions("{\"cap\": 120}"));
        Cli.Result r = Cli.run("run", without.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        for (String name : MARKET_FILES) {
            assertFalse(Files.exists(out.resolve(name)), name + " left from the run with a market");
        }
        assertTrue(Files.isRegularFile(out.resolve("allocation.csv")));
    }

    @Test
    void badMarketInputIsNamedWithItsPathAndNothingIsWritten() throws IOException {
        Path noCap = scenario("{}", "{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\"}");
        Path out = temp.resolve("out");
        Cli.Result r = Cli.run("run", noCap.toString(), "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(noCap + ": $.policy.cap: is required by the market"), r.err());
        assertFalse(Files.exists(out.resolve("summary.json")), "nothing written");
        assertFalse(r.hasStackTrace());
        Path typo = scenario("{\"cap\": 120}", "{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrum\","
                + " \"transactionCosts\": 3}");
        Cli.Result v = Cli.run("validate", typo.toString());
        assertEquals(2, v.exitCode());
        assertTrue(v.err().contains("$.market.mechanism = \"equilibrum\": must be one of: equilibrium,"), v.err());
        assertTrue(v.err().contains("$.market.transactionCosts"), v.err());
        Path perCapita = scenario("{\"cap\": 120}", "{\"allocation\": \"per-capita\", \"mechanism\": \"equilibrium\"}");
        Cli.Result p = Cli.run("validate", perCapita.toString());
        assertEquals(2, p.exitCode());
        assertTrue(p.err().contains("$.market.allocation = \"per-capita\": regions A and B have no population"), p.err());
        assertFalse(p.hasStackTrace());
    }

    @Test
    void aDamagedJournalIsReportedByLine() throws IOException {
        Path file = scenario("{\"cap\": 120}", "{\"allocation\": \"grandfathering\", \"mechanism\": \"equilibrium\"}");
        Path out = temp.resolve("out");
        assertEquals(0, Cli.run("run", file.toString(), "--out", out.toString()).exitCode());
        Path journal = out.resolve("ledger.jsonl");
        String text = Files.readString(journal);
        // A sale of more than the seller was issued cannot have happened: the replay stops there.
        String forged = text.replaceFirst("\"from\":\"b1\",\"to\":\"a1\",\"amount\":3333",
                "\"from\":\"b1\",\"to\":\"a1\",\"amount\":99999");
        Files.writeString(journal, forged);
        int line = forged.substring(0, forged.indexOf("99999")).split("\n", -1).length;
        Cli.Result r = Cli.run("ledger", journal.toString());
        assertEquals(2, r.exitCode(), r.out());
        assertTrue(r.err().contains(journal + ":" + line + ": entry does not replay: OVERDRAFT"), r.err());
        assertFalse(r.hasStackTrace());
    }
}
