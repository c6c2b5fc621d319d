package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reviewer B, defects 3 and 4. An auction of no permits (cap 0, or below the ledger's 0.001, with
 * allocation auction or auction.share) passed validate and was refused by run with the auction's
 * internal names ("baseSupply = 0 … ecrQuantity"); it now runs: every source abates fully, and the
 * curve bids clear at the dearest unit cost, λ at that cap (an equilibrium market at cap 0 gives the
 * same 20). Auction rules that cannot hold together are refused by validate and run alike, at the
 * file's field. An unattainable cap under equal-proportional was refused as bad input ("the cut 6.0
 * exceeds …") and wrote nothing; it is now an infeasible allocation, as under every other rule.
 */
class AuctionSetUpValidateRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String THREE_SOURCES = "\"regions\": [{\"id\": \"A\", \"population\": 1, \"gdp\": 1},"
            + " {\"id\": \"B\", \"population\": 1, \"gdp\": 1}], \"transfer\": {\"A\": {\"A\": 0.01}}, \"sources\": ["
            + "{\"id\": \"A1\", \"region\": \"A\", \"baseline\": 10, \"steps\": [{\"amount\": 10, \"unitCost\": 20}]},"
            + "{\"id\": \"A2\", \"region\": \"A\", \"baseline\": 10, \"steps\": [{\"amount\": 10, \"unitCost\": 20}]},"
            + "{\"id\": \"A3\", \"region\": \"B\", \"baseline\": 10, \"steps\": [{\"amount\": 10, \"unitCost\": 15}]}]";
    private static final String AUCTION = "\"allocation\": \"auction\", \"mechanism\": \"uniform-price-auction\","
            + " \"transactionCost\": 0, \"vintage\": 2020";

    @TempDir
    Path temp;

    private record Verdicts(Cli.Result validate, Cli.Result run, Path out) {
    }

    private Verdicts both(String name, String cap, String market) throws IOException {
        Path file = temp.resolve(name + ".json");
        Files.writeString(file, "{\"name\": \"au\", " + THREE_SOURCES + ", \"policy\": {\"cap\": " + cap
                + "}, \"market\": {" + market + "}}");
        Path out = temp.resolve("out-" + name);
        Verdicts v = new Verdicts(Cli.run("validate", file.toString()), Cli.run("run", file.toString(), "--out",
                out.toString()), out);
        String at = name + "\nvalidate: " + v.validate.err() + "\nrun: " + v.run.err();
        assertEquals(v.validate.exitCode(), v.run.exitCode(), "validate's verdict is run's: " + at);
        assertFalse(v.validate.hasStackTrace() || v.run.hasStackTrace(), at);
        return v;
    }

    private JsonNode market(Verdicts v) throws IOException {
        assertEquals(0, v.run.exitCode(), v.run.err());
        return JSON.readTree(v.out.resolve("summary.json").toFile()).get("market");
    }

    @Test
    void anAuctionOfNoPermitsRunsAndClearsAtTheCapPrice() throws IOException {
        for (String cap : List.of("0", "0.0004")) {
            JsonNode m = market(both("curves-" + cap, cap, AUCTION));
            assertEquals(20, m.get("clearingPrice").asDouble(), 0, "cap " + cap + ": λ, the dearest unit cost");
            assertEquals(0, m.get("auction").get("sold").asDouble(), 0);
            assertEquals(0, m.get("auction").get("revenue").asDouble(), 0);
            assertEquals(550, m.get("abatementCost").asDouble(), 1e-9, "every source abates fully");
            assertEquals(0, m.get("volume").asDouble(), 0);
        }
        JsonNode shared = market(both("share", "0", "\"allocation\": \"grandfathering\", \"mechanism\":"
                + " \"uniform-price-auction\", \"transactionCost\": 0, \"vintage\": 2020,"
                + " \"auction\": {\"share\": 0.5}"));
        assertEquals(20, shared.get("clearingPrice").asDouble(), 0);
        JsonNode bid = market(both("bids", "0", AUCTION
                + ", \"auction\": {\"bids\": [{\"bidder\": \"A1\", \"price\": 10, \"quantity\": 5}]}"));
        assertEquals(10, bid.get("clearingPrice").asDouble(), 0, "the highest losing bid");
    }

    @Test
    void auctionRulesThatCannotHoldTogetherAreRefusedByBothAtTheFilesField() throws IOException {
        Verdicts ecr = both("ecr", "2", AUCTION + ", \"auction\": {\"emissionsContainmentReserve\":"
                + " {\"trigger\": 9, \"quantity\": 4}}");
        assertEquals(2, ecr.validate.exitCode());
        for (Cli.Result r : List.of(ecr.validate, ecr.run)) {
            assertTrue(r.err().contains("$.market.auction.emissionsContainmentReserve.quantity = 4: must be less than"
                    + " the 2 t auctioned"), r.err());
            assertFalse(r.err().contains("baseSupply") || r.err().contains("ecrQuantity"), r.err());
        }
        assertFalse(Files.exists(ecr.out), "nothing written");
        Verdicts nothing = both("ecr-at-cap-0", "0", AUCTION + ", \"auction\": {\"emissionsContainmentReserve\":"
                + " {\"trigger\": 9, \"quantity\": 4}}");
        assertTrue(nothing.validate.err().contains("must be less than the 0 t auctioned"), nothing.validate.err());
        Verdicts ccr = both("ccr", "12", AUCTION + ", \"auction\": {\"reservePrice\": 5,"
                + " \"costContainmentReserve\": {\"trigger\": 5, \"quantity\": 4}}");
        assertEquals(2, ccr.validate.exitCode());
        assertTrue(ccr.run.err().contains("$.market.auction.costContainmentReserve.trigger = 5: must be above the"
                + " reservePrice 5"), ccr.run.err());
        Verdicts order = both("order", "12", AUCTION + ", \"auction\": {\"costContainmentReserve\": {\"trigger\": 8,"
                + " \"quantity\": 4}, \"emissionsContainmentReserve\": {\"trigger\": 9, \"quantity\": 1}}");
        assertTrue(order.validate.err().contains("$.market.auction.emissionsContainmentReserve.trigger = 9: must not"
                + " exceed costContainmentReserve.trigger 8"), order.validate.err());
        Verdicts crumb = both("crumb", "12", AUCTION + ", \"auction\": {\"emissionsContainmentReserve\":"
                + " {\"trigger\": 9, \"quantity\": 0.0004}}");
        assertTrue(crumb.run.err().contains("$.market.auction.emissionsContainmentReserve.quantity = 0.0004: must be 0"
                + " (no reserve) or at least 0.001"), crumb.run.err());
    }

    @Test
    void anUnattainableCapUnderEqualProportionalIsAnInfeasibleAllocationAsUnderGrandfathering() throws IOException {
        String file = "{\"name\": \"epinf\", \"regions\": [{\"id\": \"A\"}], \"transfer\": {\"A\": {\"A\": 0.01}},"
                + " \"sources\": [{\"id\": \"A1\", \"region\": \"A\", \"baseline\": 10, \"steps\": [{\"amount\": 5,"
                + " \"unitCost\": 20}]}], \"policy\": {\"cap\": 4}, \"market\": {\"allocation\": \"%s\","
                + " \"mechanism\": \"equilibrium\", \"transactionCost\": 0, \"vintage\": 2020}}";
        String reason = "$.policy.cap = 4: maximum feasible reduction 5 t is less than required 6 t";
        for (String rule : List.of("grandfathering", "equal-proportional")) {
            Path in = temp.resolve(rule + ".json");
            Files.writeString(in, String.format(file, rule));
            Path out = temp.resolve("out-" + rule);
            Cli.Result validate = Cli.run("validate", in.toString());
            Cli.Result run = Cli.run("run", in.toString(), "--out", out.toString());
            assertEquals(2, validate.exitCode(), validate.err());
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(validate.err().contains(reason) && run.err().contains(reason), rule + ": " + run.err());
            assertFalse(validate.err().contains("the cut") || run.err().contains("the cut"), rule + ": " + run.err());
            JsonNode allocation = JSON.readTree(out.resolve("summary.json").toFile()).get("allocation");
            assertEquals("infeasible", allocation.get("status").asText(), rule);
            assertTrue(allocation.get("reasons").get(0).asText().startsWith(reason), rule);
        }
    }

    @Test
    void anUnattainableCapOfOnePollutantUnderEqualProportionalIsInfeasibleToo() throws IOException {
        String file = "{\"name\": \"v2epinf\", \"pollutants\": [{\"id\": \"SO2\"}, {\"id\": \"NOx\"}], \"regions\":"
                + " [{\"id\": \"A\"}], \"transfer\": {\"A\": {\"SO2\": {\"A\": 0.01}, \"NOx\": {\"A\": 0.01}}},"
                + " \"sources\": [{\"id\": \"S1\", \"region\": \"A\", \"emissions\": {\"SO2\": 10, \"NOx\": 10},"
                + " \"curves\": {\"SO2\": {\"steps\": [{\"amount\": 5, \"unitCost\": 20}]}, \"NOx\": {\"steps\":"
                + " [{\"amount\": 5, \"unitCost\": 10}]}}}], \"policy\": {\"caps\": {\"SO2\": 4, \"NOx\": 8}},"
                + " \"market\": {\"allocation\": \"%s\", \"mechanism\": \"equilibrium\", \"transactionCost\": 0}}";
        String reason = "$.policy.caps.SO2 = 4: maximum feasible reduction of SO2 5 t is less than required 6 t";
        String[] summaries = new String[2];
        List<String> rules = List.of("grandfathering", "equal-proportional");
        for (int k = 0; k < 2; k++) {
            Path in = temp.resolve("v2-" + rules.get(k) + ".json");
            Files.writeString(in, String.format(file, rules.get(k)));
            Path out = temp.resolve("out-v2-" + rules.get(k));
            Cli.Result validate = Cli.run("validate", in.toString());
            Cli.Result run = Cli.run("run", in.toString(), "--out", out.toString());
            assertEquals(2, validate.exitCode(), validate.err());
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(validate.err().contains(reason) && run.err().contains(reason), rules.get(k) + ": " + run.err());
            assertFalse(validate.err().contains("the cut") || run.err().contains("the cut"), run.err());
            summaries[k] = Files.readString(out.resolve("summary.json"));
        }
        assertEquals(summaries[0], summaries[1], "the same infeasible summary whatever the rule");
    }

    /** Seeded auction rules around the edges (caps of nothing, triggers at the reserve, reserves of a crumb). */
    @Test
    void validatePassesExactlyTheAuctionsRunAccepts() throws IOException {
        SplittableRandom random = new SplittableRandom(20261206);
        double[] caps = {0, 0.0004, 0.002, 2, 12, 30};
        double[] amounts = {0, 0.0004, 1, 4, 30};
        double[] prices = {0, 5, 5.001, 9, 25};
        int ran = 0;
        for (int variant = 0; variant < 40; variant++) {
            StringBuilder auction = new StringBuilder("\"reservePrice\": " + prices[random.nextInt(3)]);
            for (String reserve : List.of("costContainmentReserve", "emissionsContainmentReserve")) {
                if (random.nextBoolean()) {
                    auction.append(", \"").append(reserve).append("\": {\"trigger\": ")
                            .append(prices[random.nextInt(prices.length)]).append(", \"quantity\": ")
                            .append(amounts[random.nextInt(amounts.length)]).append('}');
                }
            }
            if (random.nextBoolean()) {
                auction.append(", \"undersubscribed\": \"sell-at-reserve\"");
            }
            String market = random.nextBoolean() ? AUCTION + ", \"auction\": {" + auction + "}"
                    : "\"allocation\": \"" + (random.nextBoolean() ? "grandfathering" : "equal-proportional")
                    + "\", \"mechanism\": \"uniform-price-auction\", \"transactionCost\": 0, \"auction\": {\"share\": "
                    + (random.nextBoolean() ? 0.5 : 0.9) + ", " + auction + "}";
            Verdicts v = both("variant-" + variant, String.valueOf(caps[random.nextInt(caps.length)]), market);
            assertTrue(v.validate.exitCode() == 0 || v.validate.exitCode() == 2, v.validate.err());
            ran += v.run.exitCode() == 0 ? 1 : 0;
        }
        assertTrue(ran > 10 && ran < 35, ran + " of 40 ran: both verdicts must be common");
    }
}
