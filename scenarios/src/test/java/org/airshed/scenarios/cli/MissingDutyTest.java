package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Third review (revC): a region with sources but no entry in policy.duties counted as duty 0 in
 * the several-pollutant duties game (yrd-pm25 without AH's duties: v(N) 2.29e9 instead of
 * 0.24e9), while the market's duties rule refuses the same file. validate and run refuse it
 * alike, naming the missing entry (the one-pollutant case is in {@link BadInputCorpusTest}).
 */
class MissingDutyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void aRegionWithoutDutiesIsRefusedInTheSeveralPollutantGame() throws IOException {
        ObjectNode scenario;
        try (InputStream in = getClass().getResourceAsStream("/scenarios/yrd-pm25.json")) {
            scenario = (ObjectNode) JSON.readTree(in);
        }
        ((ObjectNode) scenario.path("policy").path("duties")).remove("AH");
        Path file = temp.resolve("pm25-no-ah.json");
        Files.writeString(file, JSON.writeValueAsString(scenario));
        Path out = temp.resolve("out");
        Cli.Result validate = Cli.run("validate", file.toString());
        Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString());
        for (Cli.Result r : new Cli.Result[] {validate, run}) {
            assertEquals(2, r.exitCode(), r.out() + r.err());
            assertTrue(r.err().contains(file + ": $.policy.duties.AH: is missing: region AH has sources"), r.err());
            assertFalse(r.hasStackTrace(), r.err());
        }
        assertFalse(Files.exists(out.resolve("summary.json")));
    }
}
