package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Third review (revC): a sweep path of the other version's form passed the up-front check and
 * then every run was `invalid` ($.policy.cap on a version-2 base), while README says every path
 * is checked against the base before anything runs. Both directions are refused up front, exit 2,
 * at the sweep file's path, saying why.
 */
class SweepVersionPathTest {
    @TempDir
    Path temp;

    private Cli.Result sweep(String base, String path) throws IOException {
        Path file = temp.resolve("sweep.json");
        Files.writeString(file, "{\"name\": \"v\", \"scenario\": \"" + base + "\", \"seed\": 1, \"parameters\":"
                + " [{\"name\": \"cap\", \"path\": \"" + path + "\", \"values\": [1000000]}]}");
        return Cli.run("sweep", file.toString(), "--out", temp.resolve("out").toString());
    }

    @Test
    void aOnePollutantCapOnAVersionTwoBaseIsRefusedBeforeAnyRun() throws IOException {
        Cli.Result r = sweep("yrd-pm25", "$.policy.cap");
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("sweep.json: $.parameters[0].path = \"$.policy.cap\": $.policy.cap: unknown key"
                + " in a file with pollutants"), r.err());
        assertTrue(r.err().contains("\"caps\""), r.err());
        assertFalse(Files.exists(temp.resolve("out")), "a run was started");
        assertFalse(r.hasStackTrace(), r.err());
    }

    @Test
    void aVersionTwoCapOnAOnePollutantBaseIsRefusedBeforeAnyRun() throws IOException {
        Cli.Result r = sweep("yrd-so2", "$.policy.caps.SO2");
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("sweep.json: $.parameters[0].path = \"$.policy.caps.SO2\""), r.err());
        assertFalse(Files.exists(temp.resolve("out")), "a run was started");
    }
}
