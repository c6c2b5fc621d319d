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
 * {@code run} with a compensation section and {@code game} on games given directly. The
 * two-region scenario by hand (duties A 40, B 20): alone 800 + 400, jointly A 300, B 600, so
 * v(N) = 300 and the own savings are A 500, B −200; with v({i}) = 0, Shapley gives 150 each, so
 * A pays B 350.
 */
class CompensationCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path scenario(String compensation) throws IOException {
        String json = TestScenarios.twoRegions(TestScenarios.CAP_AND_DUTIES).strip();
        json = json.substring(0, json.length() - 1) + ", \"compensation\": " + compensation + "}";
        return TestScenarios.write(temp, "with-compensation.json", json);
    }

    @Test
    void runWritesTheCompensationPartAndTransfers() throws IOException {
        Path file = scenario("{\"baseline\": \"duties\", \"rules\": [\"shapley\", \"nucleolus\", \"chander-tulkens\"]}");
        Path out = temp.resolve("out");
        Cli.Result r = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode c = JSON.readTree(out.resolve("summary.json").toFile()).get("compensation");
        assertEquals("duties", c.get("baseline").asText());
        assertEquals(300, c.get("surplus").asDouble(), 1e-9);
        JsonNode shapley = c.get("rules").get("shapley");
        assertEquals(150, shapley.get("gains").get("A").asDouble(), 1e-9);
        assertEquals(-350, shapley.get("transfers").get("A").asDouble(), 1e-9);
        assertEquals(350, shapley.get("transfers").get("B").asDouble(), 1e-9);
        assertTrue(shapley.get("budgetBalanced").asBoolean());
        assertTrue(shapley.get("individuallyRational").asBoolean());
        assertTrue(shapley.get("inCore").asBoolean());
        assertTrue(shapley.get("maxExcess").asDouble() <= 0);
        assertEquals(0, shapley.get("blockingCoalition").size());
        JsonNode ct = c.get("rules").get("chander-tulkens");
        assertEquals("undefined", ct.get("status").asText());
        assertTrue(ct.get("reason").asText().contains("Nash"), ct.toString());
        String csv = Files.readString(out.resolve("transfers.csv"));
        assertTrue(csv.startsWith("rule,region,status,ownSaving,transfer,gain,transactionCost,netGain,standalone,"
                + "individuallyRational,inCore,inCoreNetOfTransactionCosts\n"), csv);
        assertTrue(csv.contains("shapley,A,applied,500,-350,150,0,150,0,true,true,true\n"), csv);
        assertTrue(Files.readString(out.resolve("scenario.json")).contains("\"compensation\""),
                "the resolved scenario keeps its compensation section");
        assertTrue(r.out().contains("compensation, duties baseline: cooperation saves 300"), r.out());
    }

    /** Issue 15: coalition values were not exported; coalitions.csv lists every v(S), both orders named. */
    @Test
    void everyCoalitionValueIsWrittenWithBothOrdersNamed() throws IOException {
        Path file = scenario("{\"baseline\": \"duties\", \"rules\": [\"shapley\"]}");
        Path out = temp.resolve("out");
        Cli.Result r = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("""
                binaryIndex,lexIndex,members,size,value,cost,abatement,bindingLimits
                1,1,A,1,0,800,40,
                2,2,B,1,0,400,20,
                3,3,A;B,2,300,900,60,
                """, Files.readString(out.resolve("coalitions.csv")));
        assertTrue(r.out().contains("coalitions.csv"), r.out());

        Path game = TestScenarios.write(temp, "game.json", "{\"players\": [\"A\", \"B\", \"C\"], \"order\": \"lex\","
                + " \"values\": [68, 102, 0, 170, 710, 762, 992], \"rules\": [\"shapley\"]}");
        Path gameOut = temp.resolve("game-out");
        assertEquals(0, Cli.run("game", game.toString(), "--out", gameOut.toString()).exitCode());
        assertEquals("""
                binaryIndex,lexIndex,members,size,value,cost,abatement,bindingLimits
                1,1,A,1,68,,,
                2,2,B,1,102,,,
                3,4,A;B,2,170,,,
                4,3,C,1,0,,,
                5,5,A;C,2,710,,,
                6,6,B;C,2,762,,,
                7,7,A;B;C,3,992,,,
                """, Files.readString(gameOut.resolve("coalitions.csv")));
    }

    /** coalitions.csv is the compensation section's file: a later run without the section removes it with transfers.csv. */
    @Test
    void aRunWithoutCompensationRemovesTheEarlierRunsCompensationFiles() throws IOException {
        Path out = temp.resolve("out");
        Path with = scenario("{\"baseline\": \"duties\", \"rules\": [\"shapley\"]}");
        assertEquals(0, Cli.run("run", with.toString(), "--out", out.toString()).exitCode());
        assertTrue(Files.exists(out.resolve("transfers.csv")));
        assertTrue(Files.exists(out.resolve("coalitions.csv")));

        Path without = TestScenarios.write(temp, "without.json", TestScenarios.twoRegions(TestScenarios.CAP_AND_DUTIES));
        Cli.Result r = Cli.run("run", without.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(Files.exists(out.resolve("transfers.csv")), "transfers.csv from the earlier run must go");
        assertFalse(Files.exists(out.resolve("coalitions.csv")), "coalitions.csv from the earlier run must go");
        assertTrue(Files.exists(out.resolve("allocation.csv")));
    }

    @Test
    void sectionProblemsAreReportedWithTheirPaths() throws IOException {
        Path file = scenario("{\"baseline\": \"nsh\", \"rules\": [\"shapely\", \"concentration-x\"],"
                + " \"allowances\": {\"Q\": 5}}");
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(file + ": $.compensation.baseline = \"nsh\": must be one of: nash, duties"), r.err());
        assertTrue(r.err().contains("$.compensation.rules[0] = \"shapely\": unknown rule (did you mean shapley?)"),
                r.err());
        assertTrue(r.err().contains("$.compensation.rules[1] = \"concentration-x\": needs "
                + "$.compensation.concentrationRules.x"), r.err());
        assertTrue(r.err().contains("$.compensation.allowances.Q = 5: unknown region"), r.err());
        assertFalse(r.hasStackTrace());
    }

    @Test
    void aDutyARegionCannotMeetAloneIsBadInputAndNothingIsWritten() throws IOException {
        String json = TestScenarios.twoRegions("{\"duties\": {\"A\": 60, \"B\": 20}}").strip();
        json = json.substring(0, json.length() - 1) + ", \"compensation\": {\"baseline\": \"duties\", \"rules\": "
                + "[\"shapley\"]}}";
        Path file = TestScenarios.write(temp, "too-much.json", json);
        Path out = temp.resolve("out");
        Cli.Result r = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(2, r.exitCode(), r.out());
        assertTrue(r.err().contains(file + ": $.policy.duties.A = 60: region A cannot meet its duty alone"), r.err());
        // Only the compensation section reads this message (a version-1 run's cooperation words its own).
        assertTrue(r.err().contains("so the duties baseline of $.compensation is undefined"), r.err());
        assertFalse(Files.exists(out.resolve("summary.json")));
        assertEquals(2, Cli.run("validate", file.toString()).exitCode());
    }

    @Test
    void lexAndBinaryOrdersGiveTheSameAnswers() throws IOException {
        // docs/DOMAIN.md §5: (68, 102, 0, 170, 710, 762, 992) in lex order; nucleolus (149, 192, 651), Shapley (229, 272, 491).
        Path lex = TestScenarios.write(temp, "lex.json", "{\"players\": [\"A\", \"B\", \"C\"], \"order\": \"lex\","
                + " \"values\": [68, 102, 0, 170, 710, 762, 992], \"rules\": [\"shapley\", \"nucleolus\"]}");
        Path binary = TestScenarios.write(temp, "binary.json", "{\"players\": [\"A\", \"B\", \"C\"], \"order\": "
                + "\"binary\", \"values\": [68, 102, 170, 0, 710, 762, 992], \"rules\": [\"shapley\", \"nucleolus\"]}");
        for (Path file : new Path[] {lex, binary}) {
            Path out = temp.resolve("out-" + file.getFileName());
            Cli.Result r = Cli.run("game", file.toString(), "--out", out.toString());
            assertEquals(0, r.exitCode(), r.err());
            JsonNode rules = JSON.readTree(out.resolve("summary.json").toFile()).get("compensation").get("rules");
            assertEquals(149, rules.get("nucleolus").get("gains").get("A").asDouble(), 1e-7, file.toString());
            assertEquals(192, rules.get("nucleolus").get("gains").get("B").asDouble(), 1e-7, file.toString());
            assertEquals(651, rules.get("nucleolus").get("gains").get("C").asDouble(), 1e-7, file.toString());
            assertEquals(229, rules.get("shapley").get("gains").get("A").asDouble(), 1e-9, file.toString());
            assertEquals(491, rules.get("shapley").get("gains").get("C").asDouble(), 1e-9, file.toString());
            assertFalse(rules.get("shapley").has("transfers"), "a game given directly has no plan to transfer from");
        }
    }

    @Test
    void anEmptyImputationSetLeavesTheNucleolusUndefinedAndSaysWhy() throws IOException {
        Path file = TestScenarios.write(temp, "empty.json", "{\"players\": [\"A\", \"B\", \"C\"], \"order\": \"lex\","
                + " \"values\": [6, 12, 42, 12, 42, 42, 42], \"rules\": [\"shapley\", \"nucleolus\"]}");
        Path out = temp.resolve("out");
        Cli.Result r = Cli.run("game", file.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode c = JSON.readTree(out.resolve("summary.json").toFile()).get("compensation");
        assertEquals("undefined", c.get("rules").get("nucleolus").get("status").asText());
        assertTrue(c.get("rules").get("nucleolus").get("reason").asText().contains("imputation set is empty"));
        assertEquals(2, c.get("rules").get("shapley").get("gains").get("A").asDouble(), 1e-9);
        assertFalse(c.get("rules").get("shapley").get("individuallyRational").asBoolean());
        assertTrue(c.get("leastCoreEpsilon").asDouble() > 0, "the core is empty");
        assertTrue(r.out().contains("nucleolus is undefined: "), r.out());
    }

    /** Issue 15: Nash bargaining below the disagreement point was reported applied; it is undefined, with why. */
    @Test
    void nashBargainingBelowTheDisagreementPointIsUndefinedInGameAndRun() throws IOException {
        Path file = TestScenarios.write(temp, "below.json", "{\"players\": [\"A\", \"B\", \"C\"], \"order\": \"lex\","
                + " \"values\": [6, 12, 42, 12, 42, 42, 42], \"rules\": [\"nash-bargaining\"]}");
        Path out = temp.resolve("out-game");
        Cli.Result game = Cli.run("game", file.toString(), "--out", out.toString());
        assertEquals(0, game.exitCode(), game.err());
        JsonNode rule = JSON.readTree(out.resolve("summary.json").toFile()).get("compensation").get("rules")
                .get("nash-bargaining");
        assertEquals("undefined", rule.get("status").asText());
        assertTrue(rule.get("reason").asText().contains("below the sum of the disagreement values 60"), rule.toString());
        assertTrue(game.out().contains("nash-bargaining is undefined: "), game.out());

        // v(N) = 300 against transaction costs of 200 each: joining costs more than cooperation saves.
        String json = TestScenarios.twoRegions(TestScenarios.CAP_AND_DUTIES).strip()
                .replace("\"background\": 5}", "\"background\": 5, \"transactionCost\": 200}")
                .replace("\"background\": 3}", "\"background\": 3, \"transactionCost\": 200}");
        json = json.substring(0, json.length() - 1)
                + ", \"compensation\": {\"baseline\": \"duties\", \"rules\": [\"nash-bargaining\"]}}";
        Path costly = TestScenarios.write(temp, "costly.json", json);
        Path runOut = temp.resolve("out-run");
        Cli.Result run = Cli.run("run", costly.toString(), "--out", runOut.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode ran = JSON.readTree(runOut.resolve("summary.json").toFile()).get("compensation").get("rules")
                .get("nash-bargaining");
        assertEquals("undefined", ran.get("status").asText(), ran.toString());
        assertTrue(ran.get("reason").asText().contains("v(N) = 300 CNY is below the sum of the disagreement values "
                + "400 CNY"), ran.toString());
    }

    @Test
    void badGameFilesNameTheFieldAndExitTwo() throws IOException {
        Path file = TestScenarios.write(temp, "bad.json", "{\"players\": [\"A\", \"B\"], \"order\": \"lexi\","
                + " \"values\": [1, 2], \"rules\": [\"shapley\", \"beneficiary-pays\", \"nucleolis\"]}");
        Cli.Result r = Cli.run("game", file.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(file + ": $.order = \"lexi\": must be lex"), r.err());
        assertTrue(r.err().contains(file + ": $.values = [1,2]: 2 players have 3 non-empty coalitions"), r.err());
        assertTrue(r.err().contains("$.rules[2] = \"nucleolis\": unknown rule (did you mean nucleolus?)"), r.err());
        assertFalse(r.hasStackTrace());
    }

    /**
     * Review, item 4: a compensation section over 5,000 regions passed validate and then ran for days
     * (sampled Shapley over every region, no progress). Above the bound both commands refuse it in
     * the check stage, at $.compensation, with the count; at the bound it is accepted.
     */
    @Test
    void aGameOverMoreRegionsThanTheBoundIsRefusedByValidateAndRun() throws IOException {
        for (int regions : new int[] {101, 5000}) {
            Path file = TestScenarios.write(temp, "many-" + regions + ".json", manyRegions(regions));
            Cli.Result validate = Cli.run("validate", file.toString());
            Cli.Result run = Cli.run("run", file.toString(), "--out", temp.resolve("many-out").toString());
            for (Cli.Result r : new Cli.Result[] {validate, run}) {
                assertEquals(2, r.exitCode(), r.err());
                assertTrue(r.err().contains(file + ": $.compensation = " + regions + " regions: "), r.err());
                assertTrue(r.err().contains("at most 100"), r.err());
            }
            assertFalse(Files.exists(temp.resolve("many-out").resolve("summary.json")));
        }
        Path atBound = TestScenarios.write(temp, "many-100.json", manyRegions(100));
        Cli.Result ok = Cli.run("validate", atBound.toString());
        assertEquals(0, ok.exitCode(), ok.err());
    }

    /** {@code n} regions, one source each (10 t abatable of 20), a duty of 2 t each, the duties game. */
    private static String manyRegions(int n) {
        StringBuilder regions = new StringBuilder();
        StringBuilder sources = new StringBuilder();
        StringBuilder duties = new StringBuilder();
        for (int r = 0; r < n; r++) {
            String sep = r == 0 ? "" : ", ";
            regions.append(sep).append("{\"id\": \"R").append(r).append("\"}");
            sources.append(sep).append("{\"id\": \"s").append(r).append("\", \"region\": \"R").append(r)
                    .append("\", \"baseline\": 20, \"steps\": [{\"amount\": 10, \"unitCost\": ").append(10 + r % 7)
                    .append("}]}");
            duties.append(sep).append("\"R").append(r).append("\": 2");
        }
        return "{\"name\": \"many\", \"regions\": [" + regions + "], \"sources\": [" + sources
                + "], \"policy\": {\"cap\": " + (18 * n) + ", \"duties\": {" + duties
                + "}}, \"compensation\": {\"baseline\": \"duties\", \"rules\": [\"shapley\"]}}";
    }
}
