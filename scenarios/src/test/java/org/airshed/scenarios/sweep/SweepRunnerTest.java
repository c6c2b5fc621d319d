package org.airshed.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.scenarios.run.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepRunnerTest {
    private static final List<String> RESULTS = List.of(SweepRunner.RUNS_JSONL, SweepRunner.RUNS_CSV,
            SweepRunner.SUMMARY_CSV);

    @TempDir
    Path temp;

    private static SweepRunner.SweepOutcome run(SweepSetup setup, Path out, int threads, boolean restart)
            throws IOException, InterruptedException {
        SweepRunner runner = new SweepRunner(() -> new ScenarioRunner(new ExactAllocationSolver(), "test"));
        return runner.run(setup, Shard.WHOLE, out, threads, restart, new PrintWriter(new StringWriter()), false);
    }

    private static JournalHeader header(SweepSetup setup) {
        return new JournalHeader(setup.plan().spec().name(), setup.fingerprint(), setup.plan().runCount(), Shard.WHOLE,
                setup.sweepFile(), setup.sweepText(), JournalHeader.about(setup.base().tree()));
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        for (String file : RESULTS) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)), file);
        }
    }

    @Test
    void oneThreadAndThreeThreadsWriteTheSameBytes() throws Exception {
        SweepSetup setup = SweepFixtures.setup(temp, SweepFixtures.SMALL);
        SweepRunner.SweepOutcome one = run(setup, temp.resolve("one"), 1, false);
        run(setup, temp.resolve("three"), 3, false);
        assertSameFiles(temp.resolve("one"), temp.resolve("three"));
        assertEquals(Map.of("ok", 12), one.statuses());
        List<String> rows = Files.readAllLines(temp.resolve("one").resolve(SweepRunner.RUNS_JSONL));
        assertEquals(12, rows.size());
        for (int run = 0; run < rows.size(); run++) {
            assertTrue(rows.get(run).startsWith("{\"run\":" + run + ",\"seed\":"), rows.get(run));
        }
    }

    @Test
    void aKilledSweepResumesAndEndsWithTheSameFiles() throws Exception {
        SweepSetup setup = SweepFixtures.setup(temp, SweepFixtures.SMALL);
        Path whole = temp.resolve("whole");
        run(setup, whole, 2, false);

        // A sweep killed after five runs, in the middle of writing the sixth line, before any result file.
        Path killed = temp.resolve("killed");
        Files.createDirectories(killed);
        List<String> journal = Files.readAllLines(whole.resolve(SweepJournal.FILE));
        StringBuilder cut = new StringBuilder();
        for (int i = 0; i <= 5; i++) {
            cut.append(journal.get(i)).append('\n');
        }
        cut.append(journal.get(6), 0, journal.get(6).length() / 2);
        Files.writeString(killed.resolve(SweepJournal.FILE), cut.toString(), StandardCharsets.UTF_8);

        SweepRunner.SweepOutcome resumed = run(setup, killed, 2, false);
        assertEquals(5, resumed.resumed());
        assertSameFiles(whole, killed);
        assertEquals(13, Files.readAllLines(killed.resolve(SweepJournal.FILE)).size());

        // Started again when everything is done, it runs nothing and rewrites the same files.
        SweepRunner.SweepOutcome again = run(setup, killed, 2, false);
        assertEquals(12, again.resumed());
        assertSameFiles(whole, killed);
    }

    @Test
    void anotherSweepsDirectoryIsRefusedUnlessRestarted() throws Exception {
        Path out = temp.resolve("out");
        run(SweepFixtures.setup(temp, SweepFixtures.SMALL), out, 2, false);
        SweepSetup other = SweepFixtures.setup(temp, SweepFixtures.SMALL.replace("\"seed\": 11", "\"seed\": 12"));
        SweepDirectoryException e = assertThrows(SweepDirectoryException.class, () -> run(other, out, 2, false));
        assertTrue(e.getMessage().contains("belongs to another sweep") && e.getMessage().contains("--restart"),
                e.getMessage());
        assertEquals(0, run(other, out, 2, true).resumed());
    }

    @Test
    void badRunsAreRecordedWithTheirReasonAndTheSweepGoesOn() throws Exception {
        SweepSetup setup = SweepFixtures.setup(temp, """
                {"name": "bad", "scenario": "yrd-so2-compensation", "seed": 3, "parameters": [
                  {"name": "cut", "targets": [{"path": "$.policy.cap", "op": "scale-cut"},
                                              {"path": "$.policy.duties.*", "op": "scale"}],
                   "values": [1, 3, -1]},
                  {"name": "limit", "path": "$.policy.receptorLimits.SH", "values": [7.85, 4.3]}]}
                """);
        Path out = temp.resolve("out");
        SweepRunner.SweepOutcome outcome = run(setup, out, 2, false);
        assertEquals(6, outcome.runs());
        List<String> csv = Files.readAllLines(out.resolve(SweepRunner.RUNS_CSV));
        assertTrue(csv.get(1).startsWith("0,"), csv.get(1));
        assertTrue(csv.get(1).contains(",ok,,1,7.85,optimal,"), csv.get(1));
        assertTrue(csv.get(2).contains(",infeasible,\"$.policy.receptorLimits.SH = 4.3: receptor SH cannot be met"), csv.get(2));
        assertTrue(csv.get(3).contains(",invalid,") && csv.get(3).contains("$.policy.duties."), csv.get(3));
        assertTrue(csv.get(5).contains(",invalid,yrd-so2-compensation.json (bundled): $.policy.duties.SH = -131040.0: must be"), csv.get(5));
        assertEquals(Map.of("ok", 1, "infeasible", 1, "invalid", 4), outcome.statuses());
        String summary = Files.readString(out.resolve(SweepRunner.SUMMARY_CSV));
        assertTrue(summary.contains("\nall,,status.ok,6,0.16666666666666669,"), summary);
        assertTrue(summary.contains("\ncut,1,status.ok,2,0.5,"), summary);
    }

    @Test
    void aParameterThatCannotApplyToOneRunMakesThatRunInvalidOnly() throws Exception {
        SweepSetup setup = SweepFixtures.setup(temp, """
                {"name": "v", "scenario": "yrd-so2", "seed": 1, "parameters": [
                  {"name": "rename", "path": "$.regions[0].id", "values": ["SH", "XX"]},
                  {"name": "bg", "path": "$.regions[id=SH].background", "values": [1]}]}
                """);
        SweepRunner.SweepOutcome outcome = run(setup, temp.resolve("out"), 2, false);
        assertEquals(Map.of("ok", 1, "invalid", 1), outcome.statuses());
        List<String> csv = Files.readAllLines(temp.resolve("out").resolve(SweepRunner.RUNS_CSV));
        assertTrue(csv.get(2).contains("invalid,\"the sweep's parameters cannot be applied to this run:"
                + " $.parameters[1].path = \"\"$.regions[id=SH].background\"\" names no field"), csv.get(2));
        assertTrue(csv.get(2).contains(",XX,1,"), csv.get(2));
    }

    @Test
    void aNewSweepRemovesTheResultFilesOfTheLastOne() throws Exception {
        Path out = temp.resolve("out");
        run(SweepFixtures.setup(temp, SweepFixtures.SMALL), out, 2, false);
        SweepSetup other = SweepFixtures.setup(temp, SweepFixtures.SMALL.replace("\"seed\": 11", "\"seed\": 12"));
        Files.delete(out.resolve(SweepJournal.FILE));
        // Killed before its first run finished: no results of the other sweep may remain beside its journal.
        try (SweepJournal journal = SweepJournal.open(out, header(other), false)) {
            assertEquals(0, journal.doneCount());
        }
        for (String file : RESULTS) {
            assertTrue(Files.notExists(out.resolve(file)), file);
        }
    }

    @Test
    void aJournalInUseIsRefused() throws Exception {
        Path out = temp.resolve("out");
        Files.createDirectories(out);
        JournalHeader header = new JournalHeader("a", "f", 3, Shard.WHOLE, "a.json", "{}",
                MissingNode.getInstance());
        try (SweepJournal first = SweepJournal.open(out, header, false)) {
            assertEquals(0, first.doneCount());
            SweepDirectoryException e = assertThrows(SweepDirectoryException.class,
                    () -> SweepJournal.open(out, header, false));
            assertTrue(e.getMessage().contains("in use by another sweep"), e.getMessage());
        }
    }
}
