package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airshed.scenarios.library.ScenarioLibrary;
import org.airshed.scenarios.sweep.SweepSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
    private static final String SWEEP = """
            {"name": "caps", "scenario": "yrd-so2", "seed": 5,
             "parameters": [{"name": "cap", "path": "$.policy.cap", "values": [1400000, 1500000, 10]}]}
            """;

    @TempDir
    Path temp;

    private Path write(String name, String json) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    @Test
    void runsEveryVariantAndSaysWhatItWrote() throws IOException {
        Path out = temp.resolve("out");
        Cli.Result r = Cli.run("sweep", write("caps.json", SWEEP).toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("caps: 3 runs of yrd-so2.json (bundled) on 2 threads, seed 5"), r.out());
        assertTrue(r.out().contains("3 runs (infeasible 1, ok 2)"), r.out());
        assertTrue(r.err().contains("3/3 100%"), r.err());
        for (String file : new String[] {"runs.csv", "runs.jsonl", "summary.csv", "journal.jsonl"}) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        assertTrue(Files.readString(out.resolve("runs.csv")).contains("maximum feasible reduction"));
        assertFalse(r.hasStackTrace());
    }

    @Test
    void aBadSweepFileIsRefusedWithItsPathAndValue() throws IOException {
        Path file = write("bad.json", SWEEP.replace("$.policy.cap", "$.policy.kap.x"));
        Cli.Result r = Cli.run("sweep", file.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(file + ": $.parameters[0].path = \"$.policy.kap.x\": names no field of the scenario"
                + " in yrd-so2.json (bundled)"), r.err());
        assertFalse(Files.exists(temp.resolve("out")));
        assertFalse(r.hasStackTrace());

        Cli.Result missing = Cli.run("sweep", "no-such-sweep", "--out", temp.resolve("out").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such file, and no bundled sweep of that name (bundled: yrd-cooperation)"),
                missing.err());

        Cli.Result threads = Cli.run("sweep", file.toString(), "--out", temp.toString(), "--threads", "0");
        assertEquals(2, threads.exitCode());
        assertTrue(threads.err().contains("--threads 0: must be from 1 to 1024"), threads.err());
    }

    @Test
    void aDirectoryOfAnotherSweepIsRefusedUntilRestarted() throws IOException {
        Path out = temp.resolve("out");
        assertEquals(0, Cli.run("sweep", write("a.json", SWEEP).toString(), "--out", out.toString()).exitCode());
        Path other = write("b.json", SWEEP.replace("\"seed\": 5", "\"seed\": 6"));
        Cli.Result r = Cli.run("sweep", other.toString(), "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("belongs to another sweep") && r.err().contains("--restart"), r.err());
        assertEquals(0, Cli.run("sweep", other.toString(), "--out", out.toString(), "--restart").exitCode());
    }

    @Test
    void theBundledSweepIsValidAgainstItsScenario() {
        SweepSetup setup = SweepSetup.of("yrd-cooperation", ScenarioLibrary.bundled(), "test");
        assertEquals(9 * 5 * 20, setup.plan().runCount());
        assertEquals("yrd-so2-compensation.json (bundled)", setup.base().fileName());
    }
}
