package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.airshed.scenarios.run.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path temp;

    @Test
    void validScenario() throws IOException {
        Path file = TestScenarios.write(temp, "ok.json", TestScenarios.twoRegions("{\"cap\": 120}"));
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(file + ": valid (2 regions, 2 sources)", r.out().strip());
    }

    @Test
    void everyProblemOnItsOwnLine() throws IOException {
        String json = TestScenarios.twoRegions("{\"cap\": 120, \"dutties\": {}}")
                .replace("\"background\": 5", "\"background\": -1")
                .replace("\"baseline\": 80", "\"baseline\": \"eighty\"")
                .replace("\"objective\": \"cost\"", "\"objective\": \"cheap\"");
        Path file = TestScenarios.write(temp, "bad.json", json);
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(2, r.exitCode());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.size() >= 4, r.err());
        for (String line : lines) {
            assertTrue(line.startsWith(file + ": $."), line);
        }
        assertTrue(r.err().contains("$.objective = \"cheap\""), r.err());
        assertTrue(r.err().contains("$.regions[0].background = -1"), r.err());
        assertTrue(r.err().contains("$.sources[1].baseline = \"eighty\""), r.err());
        assertTrue(r.err().contains("$.policy.dutties"), r.err());
    }

    @Test
    void infeasibleScenarioIsReported() throws IOException {
        Path file = TestScenarios.write(temp, "tight.json", TestScenarios.twoRegions("{\"cap\": 10}"));
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith(file + ": $.policy.cap = 10: maximum feasible reduction"), r.err());
    }

    @Test
    void unknownNameIsBadInput() {
        Cli.Result r = Cli.run("validate", "no-such-scenario");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no-such-scenario: file: no such file, and no bundled scenario of that name"),
                r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }

    /** Review, item 5a: a check that depends on an invalid baseline ran and printed a second, confusing problem. */
    @Test
    void aCheckOnAnInvalidBaselineDoesNotRun() throws IOException {
        Path file = TestScenarios.write(temp, "typo.json", """
                {"name": "typo", "regions": [{"id": "UP"}],
                 "sources": [{"id": "up-plant", "region": "UP", "baseline": -100, "steps": [{"amount": 5, "unitCost": 1}]}],
                 "policy": {"capp": 50}}
                """);
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("$.sources[0].baseline = -100"), r.err());
        assertFalse(r.err().contains("abatement capacity exceeds"), r.err());
    }

    /** Review, item 5b: "maximum feasible reduction 66.2302 t is less than required 66.2302 t". */
    @Test
    void anInfeasibleCapShowsNumbersThatDifferAndTheShortfall() throws IOException {
        // Every control applied cuts 130 t of 180: a cap of 49.9999 requires 130.0001, which six digits round to 130 as well.
        Path file = TestScenarios.write(temp, "close.json", TestScenarios.twoRegions("{\"cap\": 49.9999}"));
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("maximum feasible reduction 130 t is less than required 130.0001 t"
                + " (short by 0.0001 t"), r.err());
    }

    /** Review, item 5c: a sourcesFile that is a directory was "/tmp: line 1: cannot be read". */
    @Test
    void aSourcesFileThatIsADirectoryIsNamedAtItsPath() throws IOException {
        java.nio.file.Files.createDirectories(temp.resolve("sources"));
        String json = TestScenarios.twoRegions("{\"cap\": 120}").replaceFirst("\"sources\": \\[", "\"sourcesFile\": \"sources\", \"s0\": [");
        json = json.replaceFirst(", \"s0\": \\[[\\s\\S]*?\\]\\}\\s*\\],", ",");
        Path file = TestScenarios.write(temp, "dir.json", json);
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(file + ": $.sourcesFile = \"sources\": is a directory"), r.err());
    }

    /** Review, item 5d: invalid UTF-8 on line 3 of a sources CSV was reported at line 1. */
    @Test
    void invalidUtf8InASourcesCsvIsReportedAtItsLine() throws IOException {
        java.nio.file.Files.write(temp.resolve("s.csv"), ("id,region,baseline,curve,amount,unitCost\n"
                + "a1,A,100,steps,30,10\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.nio.file.Files.write(temp.resolve("s.csv"), new byte[] {'b', '1', (byte) 0xff, ',', 'B', ',', '8', '0',
            ',', 's', 't', 'e', 'p', 's', ',', '4', '0', ',', '2', '0', '\n'}, java.nio.file.StandardOpenOption.APPEND);
        String json = TestScenarios.twoRegions("{\"cap\": 120}").replaceFirst("\"sources\": \\[", "\"sourcesFile\": \"s.csv\", \"s0\": [");
        json = json.replaceFirst(", \"s0\": \\[[\\s\\S]*?\\]\\}\\s*\\],", ",");
        Path file = TestScenarios.write(temp, "utf.json", json);
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("s.csv: line 3"), r.err());
        assertTrue(r.err().contains("UTF-8"), r.err());
    }
}
