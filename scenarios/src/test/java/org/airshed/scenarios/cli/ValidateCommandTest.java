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
}
