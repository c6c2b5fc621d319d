package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airshed.scenarios.run.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An id with white space at either end is refused by {@code validate} and {@code run} alike (exit 2,
 * one line naming the file, the JSON path or CSV line and column, and the value quoted), in a JSON
 * source, a sources CSV, a version-2 file, and with a market (where a padded pollutant used to
 * pass validate and make run fail inside the ledger, exit 1). A sweep parameter's name and a game's
 * player names follow the same rule.
 */
class IdsWithWhiteSpaceCommandsTest {
    private static final String HEADER = "id,region,sector,department,baseline,curve,amount,unitCost,linear,slope,max\n";

    @TempDir
    Path temp;

    @Test
    void aJsonSourceInAPaddedRegionIsRefusedByValidateAndRun() throws IOException {
        Path file = TestScenarios.write(temp, "s.json", TestScenarios.twoRegions(TestScenarios.CAP_AND_DUTIES)
                .replace("{\"id\": \"b1\", \"region\": \"B\"", "{\"id\": \"b1\", \"region\": \" B\""));
        assertRefusedAlike(file, file + ": $.sources[1].region = \" B\": starts with white space");
    }

    @Test
    void aCsvSourceInAPaddedRegionIsRefusedByValidateAndRun() throws IOException {
        Files.writeString(temp.resolve("s.csv"), HEADER + "a1,A,power,,100,steps,30,10,,,\nb1,B ,,,80,steps,40,20,,,\n");
        Path file = TestScenarios.write(temp, "s.json", TestScenarios.twoRegions(TestScenarios.CAP_AND_DUTIES)
                .replaceAll("(?s)\"sources\": \\[.*?\\n  \\],", "\"sourcesFile\": \"s.csv\","));
        assertRefusedAlike(file, temp.resolve("s.csv") + ": line 3, column region = \"B \": ends with white space");
    }

    /** Before: validate passed and run failed in the ledger, exit 1 ("pollutant must be non-blank without surrounding white space"). */
    @Test
    void aPaddedPollutantOfAVersionTwoMarketIsRefusedNotAnInternalError() throws IOException {
        Path file = TestScenarios.write(temp, "v2.json", """
                {"name": "v2", "pollutants": [{"id": "SO2 "}, {"id": "NOx"}],
                 "regions": [{"id": "A"}, {"id": "B"}],
                 "sources": [{"id": "s1", "region": "A", "emissions": {"SO2 ": 10, "NOx": 5},
                              "curves": {"SO2 ": {"steps": [{"amount": 5, "unitCost": 1}]}}},
                             {"id": "s2", "region": "B", "emissions": {"NOx": 5}, "options": []}],
                 "policy": {"caps": {"SO2 ": 8}},
                 "market": {"allocation": "grandfathering", "mechanism": "equilibrium", "transactionCost": 0}}
                """);
        assertRefusedAlike(file, file + ": $.pollutants[0].id = \"SO2 \": ends with white space");
    }

    @Test
    void aSweepParameterNamedWithPaddingIsRefused() throws IOException {
        TestScenarios.write(temp, "s.json", TestScenarios.twoRegions(TestScenarios.CAP_AND_DUTIES));
        Path sweep = TestScenarios.write(temp, "sweep.json", "{\"name\": \"w\", \"scenario\": \"s.json\", \"seed\": 1,"
                + " \"parameters\": [{\"name\": \" cap\", \"path\": \"$.policy.cap\", \"values\": [110, 120]}]}");
        Cli.Result r = Cli.run("sweep", sweep.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(sweep + ": $.parameters[0].name = \" cap\": starts with white space"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }

    @Test
    void aPlayerNameEndingInANoBreakSpaceIsRefusedAsOtherWhiteSpace() throws IOException {
        Path file = TestScenarios.write(temp, "game.json", "{\"players\": [\"A\\u00a0\", \"B\"], \"order\": \"lex\","
                + " \"values\": [0, 0, 10], \"rules\": [\"shapley\"]}");
        Cli.Result r = Cli.run("game", file.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("$.players[0]"), r.err());
        assertTrue(r.err().contains("starts or ends with white space"), r.err());
    }

    /** Both commands exit 2 with {@code expected} as the start of a line, no stack trace, and run writes nothing. */
    private void assertRefusedAlike(Path file, String expected) {
        Cli.Result validate = Cli.run("validate", file.toString());
        Path out = temp.resolve("out");
        Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString());
        for (Cli.Result r : new Cli.Result[] {validate, run}) {
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(("\n" + r.err()).contains("\n" + expected), r.err());
            assertFalse(r.hasStackTrace(), r.err());
        }
        assertEquals(validate.err().lines().filter(l -> l.contains("white space")).toList(),
                run.err().lines().filter(l -> l.contains("white space")).toList());
        assertFalse(Files.exists(out.resolve("summary.json")));
    }
}
