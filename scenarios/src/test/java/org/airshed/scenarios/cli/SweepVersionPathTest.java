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

    /**
     * Regression (s9 follow-up 3): a value of the right kind for the key but of the other version's shape passed
     * the up-front check, then every run was invalid: version 1's region-to-region $.transfer.SH.JS and its
     * $.market.pollutant on a version-2 base; version 2's per-pollutant $.transfer.SH.SO2 on a version-1 base.
     */
    @Test
    void aPathOfTheOtherVersionsShapeIsRefusedBeforeAnyRunWhateverTheValue() throws IOException {
        record Case(String base, String path, String values, String why) {
        }
        for (Case c : java.util.List.of(
                new Case("yrd-pm25", "$.transfer.SH.JS", "[0.5, 1]", "a file with pollutants gives transfer per"
                        + " receptor, pollutant and source region"),
                new Case("yrd-pm25-market", "$.transfer.*.JS", "[1]", "a file with pollutants gives transfer per"
                        + " receptor, pollutant and source region"),
                new Case("yrd-pm25-market", "$.market.pollutant", "[1]", "names the permit of a one-pollutant file"),
                new Case("yrd-pm25-market", "$.market.pollutant", "[\"SO2\", \"NOx\"]", "names the permit of a"
                        + " one-pollutant file"),
                new Case("yrd-so2", "$.transfer.SH.SO2", "[0.5]", ""))) {
            Path file = temp.resolve("sweep.json");
            Files.writeString(file, "{\"name\": \"v\", \"scenario\": \"" + c.base() + "\", \"seed\": 1,"
                    + " \"parameters\": [{\"name\": \"p\", \"path\": \"" + c.path() + "\", \"values\": "
                    + c.values() + "}]}");
            Path out = temp.resolve("out-" + c.base() + c.path().replace("*", "all") + c.values().length());
            Cli.Result r = Cli.run("sweep", file.toString(), "--out", out.toString());
            assertEquals(2, r.exitCode(), c + ": " + r.out() + r.err());
            assertTrue(r.err().startsWith(file + ": $.parameters[0].path = \"" + c.path() + "\": "), c + ": " + r.err());
            assertTrue(r.err().contains(c.why()), c + ": " + r.err());
            assertTrue(r.err().contains("(in " + c.base() + ".json (bundled))"), c + ": " + r.err());
            assertFalse(Files.exists(out), c + ": a run was started");
            assertFalse(r.hasStackTrace(), r.err());
        }
    }

    @Test
    void aVersionTwoCapOnAOnePollutantBaseIsRefusedBeforeAnyRun() throws IOException {
        Cli.Result r = sweep("yrd-so2", "$.policy.caps.SO2");
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("sweep.json: $.parameters[0].path = \"$.policy.caps.SO2\""), r.err());
        assertFalse(Files.exists(temp.resolve("out")), "a run was started");
    }
}
