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

    /** revH's doubtful claims: a base scenario that is a directory was "no such scenario file". */
    @Test
    void aBaseScenarioThatIsADirectoryIsSaidToBeOne() throws IOException {
        Files.createDirectories(temp.resolve("base"));
        Path file = write("dir.json", SWEEP.replace("\"yrd-so2\"", "\"base\""));
        Cli.Result r = Cli.run("sweep", file.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(file + ": $.scenario = \"base\": is a directory, not a scenario file"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
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

    /** Regression (README review, item 11): the header "N runs of ..." went to stdout, then the directory was refused. */
    @Test
    void aDirectoryHoldingARunIsRefusedBeforeAnythingIsPrinted() throws IOException {
        Path out = temp.resolve("out");
        assertEquals(0, Cli.run("run", "textbook", "--out", out.toString()).exitCode());
        Cli.Result r = Cli.run("sweep", write("caps.json", SWEEP).toString(), "--out", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("holds a run's or game's results"), r.err());
        assertEquals("", r.out());
        assertFalse(r.hasStackTrace());
    }

    /** Regression (README review, item 9): the synopsis showed SWEEP and --out as optional. */
    @Test
    void theSynopsisShowsSweepAndOutAsRequired() {
        Cli.Result help = Cli.run("sweep", "--help");
        assertEquals(0, help.exitCode());
        String synopsis = help.out().substring(help.out().indexOf("Usage:"), help.out().indexOf("SWEEP: a sweep file"))
                .replaceAll("\\s+", " ");
        assertTrue(synopsis.contains(" --out=DIR ") && synopsis.contains(" SWEEP") && !synopsis.contains("[SWEEP]")
                && !synopsis.contains("[--out=DIR]"), synopsis);
        assertTrue(synopsis.contains("airshed sweep merge"), synopsis);
        // The messages a missing one gets stay as they were.
        assertTrue(Cli.run("sweep", "--out", temp.toString()).err().contains("Missing required parameter: 'SWEEP'"));
        assertTrue(Cli.run("sweep", "yrd-cooperation").err().contains("Missing required option: '--out=DIR'"));
    }

    @Test
    void shardsMergeIntoTheFilesOfOneSweep() throws IOException {
        Path sweep = write("caps.json", SWEEP);
        Path whole = temp.resolve("whole");
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--out", whole.toString(), "--threads", "1").exitCode());
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        Cli.Result first = Cli.run("sweep", sweep.toString(), "--shard", "0/2", "--out", a.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().startsWith("caps: shard 0/2, 2 of 3 runs of yrd-so2.json (bundled)"), first.out());
        assertTrue(first.out().contains("when all 2 shards are done: airshed sweep merge DIR... --out DIR"), first.out());
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--shard", "1/2", "--out", b.toString()).exitCode());

        Path merged = temp.resolve("merged");
        Cli.Result merge = Cli.run("sweep", "merge", a.toString(), b.toString(), "--out", merged.toString());
        assertEquals(0, merge.exitCode(), merge.err());
        assertTrue(merge.out().startsWith("caps: 3 runs from 2 shards (infeasible 1, ok 2)"), merge.out());
        for (String file : new String[] {"runs.csv", "runs.jsonl", "summary.csv"}) {
            assertEquals(Files.readString(whole.resolve(file)), Files.readString(merged.resolve(file)), file);
        }
        assertTrue(Files.isRegularFile(merged.resolve("report.html")), "the merge draws the report");
        assertTrue(merge.out().contains(merged.resolve("report.html").toString()), merge.out());
        assertFalse(Files.exists(a.resolve("report.html")), "a shard draws no report");
    }

    @Test
    void aBadShardOrAnIncompleteMergeExitsTwoWithTheReason() throws IOException {
        Path sweep = write("caps.json", SWEEP);
        Cli.Result shard = Cli.run("sweep", sweep.toString(), "--shard", "2/2", "--out", temp.resolve("x").toString());
        assertEquals(2, shard.exitCode());
        assertTrue(shard.err().contains("--shard 2/2: must be i/N with 0 <= i < N"), shard.err());

        Path a = temp.resolve("a");
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--shard", "0/2", "--out", a.toString()).exitCode());
        Cli.Result merge = Cli.run("sweep", "merge", a.toString(), "--out", temp.resolve("m").toString());
        assertEquals(2, merge.exitCode());
        assertTrue(merge.err().contains("no directory holds run 1 of the sweep's 3 runs: shard 1/2 missing from the"
                + " merge"), merge.err());
        assertFalse(merge.hasStackTrace());
        assertFalse(Files.exists(temp.resolve("m").resolve("runs.csv")));

        Cli.Result none = Cli.run("sweep", "--out", temp.toString());
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("Missing required parameter: 'SWEEP'"), none.err());
    }

    @Test
    void theBundledSweepIsValidAgainstItsScenario() {
        SweepSetup setup = SweepSetup.of("yrd-cooperation", ScenarioLibrary.bundled(), "test");
        assertEquals(9 * 5 * 20, setup.plan().runCount());
        assertEquals("yrd-so2-compensation.json (bundled)", setup.base().fileName());
    }

    /** Review, item 5e: a sweep path that exists but is no file was reported as "no such file". */
    @Test
    void aSweepPathThatIsNoFileIsNotCalledMissing() {
        Cli.Result dir = Cli.run("sweep", temp.toString(), "--out", temp.resolve("o1").toString());
        assertEquals(2, dir.exitCode(), dir.err());
        assertTrue(dir.err().contains(temp + ": file: is a directory"), dir.err());
        if (Files.exists(Path.of("/dev/zero"))) {
            Cli.Result zero = Cli.run("sweep", "/dev/zero", "--out", temp.resolve("o2").toString());
            assertEquals(2, zero.exitCode(), zero.err());
            assertFalse(zero.err().contains("no such file"), zero.err());
            assertTrue(zero.err().contains("/dev/zero: file: is larger than"), zero.err());
        }
    }

    /** Review, item 5f: the header showed the base scenario's path unnormalised (sw/../first.json). */
    @Test
    void theHeaderShowsTheBaseScenarioPathNormalised() throws IOException {
        Path first = write("first.json", org.airshed.scenarios.run.TestScenarios.twoRegions("{\"cap\": 120}"));
        Files.createDirectories(temp.resolve("sw"));
        Path sweep = temp.resolve("sw").resolve("s.json");
        Files.writeString(sweep, """
                {"name": "one", "scenario": "../first.json", "seed": 1,
                 "parameters": [{"name": "cap", "path": "$.policy.cap", "values": [120]}]}
                """);
        Cli.Result r = Cli.run("sweep", sweep.toString(), "--out", temp.resolve("o3").toString(), "--threads", "1");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("one: 1 runs of " + first.toAbsolutePath().normalize() + " on"), r.out());
    }

    /**
     * Review (2026-12-06, late), item 2: an invalid run's reason named the base scenario by its
     * absolute path, so the same sweep run from two checkouts wrote different tables (and shards
     * merged from two machines mixed both). Runs name it as the sweep file does.
     */
    @Test
    void theTablesDoNotDependOnWhereTheSweepRan() throws IOException {
        String sweep = """
                {"name": "p", "scenario": "first.json", "seed": 1,
                 "parameters": [{"name": "cap", "path": "$.policy.cap", "values": [-5, 120]}]}
                """;
        String[] runs = new String[2];
        for (int i = 0; i < 2; i++) {
            Path dir = Files.createDirectories(temp.resolve("checkout" + i));
            Files.writeString(dir.resolve("first.json"),
                    org.airshed.scenarios.run.TestScenarios.twoRegions("{\"cap\": 120}"));
            Files.writeString(dir.resolve("s.json"), sweep);
            Cli.Result r = Cli.run("sweep", dir.resolve("s.json").toString(), "--out", dir.resolve("o").toString(),
                    "--threads", "1");
            assertEquals(0, r.exitCode(), r.err());
            runs[i] = Files.readString(dir.resolve("o").resolve("runs.csv"));
        }
        assertTrue(runs[0].contains("invalid,first.json: $.policy.cap = -5.0"), runs[0]);
        assertEquals(runs[0], runs[1]);
    }

    /**
     * Second review, item 3: a journal line holding a value no run writes (valid JSON, so the
     * journal's checks pass) stopped the sweep's report with "internal error: ReportInputException",
     * exit 1. It is bad input: exit 2, naming the table, the line, the column and the value.
     */
    @Test
    void aDamagedJournalValueIsBadInputNotAnInternalError() throws IOException {
        // The bundled sweep's grid chart reads runs.csv back; its journal is then damaged at one run's saving.
        Path out = temp.resolve("damaged");
        assertEquals(0, Cli.run("sweep", "yrd-cooperation", "--out", out.toString()).exitCode());
        Path journal = out.resolve("journal.jsonl");
        String text = Files.readString(journal);
        String damaged = text.replaceFirst("\"saving\":[-0-9.eE]+", "\"saving\":\"abc\"");
        assertTrue(!damaged.equals(text), "no saving in the journal");
        Files.writeString(journal, damaged);

        Cli.Result r = Cli.run("sweep", "yrd-cooperation", "--out", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("= abc"), r.err());
        assertFalse(r.err().contains("internal error") || r.err().contains("Exception"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }
}
