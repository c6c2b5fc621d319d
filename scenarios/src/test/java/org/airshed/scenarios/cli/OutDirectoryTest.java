package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The --out directory of every command that writes one (revA's review, defect 1 and its slips): a refusal
 * leaves the earlier result set whole, an empty path is refused before any work, a failed merge writes
 * nothing, and a directory never holds two kinds of result set.
 */
class OutDirectoryTest {
    private static final String SWEEP = """
            {"name": "caps", "scenario": "yrd-so2", "seed": 5,
             "parameters": [{"name": "cap", "path": "$.policy.cap", "values": [1400000, 1500000, 10]}]}
            """;
    private static final String GAME = "{\"players\": [\"A\", \"B\", \"C\"], \"order\": \"lex\","
            + " \"values\": [0, 0, 0, 90, 100, 120, 220], \"rules\": [\"shapley\"]}";

    @TempDir
    Path temp;

    @Test
    void aFileWhereChartsGoIsRefusedBeforeTheEarlierRunIsTouched() throws IOException {
        Path out = temp.resolve("out");
        assertEquals(0, Cli.run("run", "textbook", "--out", out.toString()).exitCode());
        deleteTree(out.resolve("charts"));
        Files.writeString(out.resolve("charts"), "x\n");
        Map<String, String> before = contents(out);

        Cli.Result r = Cli.run("run", "textbook", "--out", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(out.resolve("charts") + ": "), r.err());
        assertFalse(r.hasStackTrace(), r.err());
        assertEquals(before, contents(out), "the earlier result set, whole");

        Cli.Result report = Cli.run("report", out.toString());
        assertEquals(2, report.exitCode(), report.err());
        assertTrue(report.err().contains(out.resolve("charts") + ": "), report.err());
        assertEquals(before, contents(out), "the earlier report, whole");
    }

    /**
     * Review s7 (second review): a folder of the user's was judged by file names alone, so a run into
     * a folder holding the user's own summary.csv, or a sweep beside the user's own scenario.json, was
     * refused as if results were there. Only a directory Airshed wrote into before holds a result set.
     */
    @Test
    void aUsersOwnFilesAreNoResultSet() throws IOException {
        Path mine = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(mine.resolve("summary.csv"), "a,b\n");
        Cli.Result run = Cli.run("run", "textbook", "--out", mine.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("a,b\n", Files.readString(mine.resolve("summary.csv")));

        Path folder = Files.createDirectories(temp.resolve("folder"));
        Files.writeString(folder.resolve("scenario.json"), org.airshed.scenarios.run.TestScenarios.twoRegions(
                "{\"cap\": 120}"));
        Files.writeString(folder.resolve("sweep.json"), """
                {"name": "one", "scenario": "scenario.json", "seed": 1,
                 "parameters": [{"name": "cap", "path": "$.policy.cap", "values": [120]}]}
                """);
        Cli.Result sweep = Cli.run("sweep", folder.resolve("sweep.json").toString(), "--out", folder.toString(),
                "--threads", "1");
        assertEquals(0, sweep.exitCode(), sweep.err());
        assertTrue(Files.isRegularFile(folder.resolve("runs.csv")));
    }

    /** A fresh sweep's --out with a directory where a table goes: the message says what is there and what to do. */
    @Test
    void aSweepSaysWhatStandsWhereATableGoes() throws IOException {
        Path out = temp.resolve("sweep-out");
        Files.createDirectories(out.resolve("summary.csv").resolve("inside"));
        Path sweep = temp.resolve("caps.json");
        Files.writeString(sweep, SWEEP);

        Cli.Result r = Cli.run("sweep", sweep.toString(), "--out", out.toString(), "--threads", "1");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(out.resolve("summary.csv") + " is a directory (not empty) where a result file goes"),
                r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }

    @Test
    void aDirectoryWhereAResultFileGoesIsRefusedBeforeTheEarlierRunIsTouched() throws IOException {
        Path out = temp.resolve("out");
        assertEquals(0, Cli.run("run", "textbook", "--out", out.toString()).exitCode());
        Files.delete(out.resolve("report.html"));
        Files.createDirectories(out.resolve("report.html").resolve("inside"));
        Map<String, String> before = contents(out);

        Cli.Result r = Cli.run("run", "textbook", "--out", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(out.resolve("report.html") + ": is a directory"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
        assertEquals(before, contents(out));
    }

    @Test
    void anEmptyOutIsRefusedBeforeAnyWork() throws IOException {
        Path game = Files.writeString(temp.resolve("game.json"), GAME);
        Path sweep = Files.writeString(temp.resolve("caps.json"), SWEEP);
        for (String[] args : new String[][] {{"run", "textbook", "--out", ""}, {"game", game.toString(), "--out", ""},
                {"sweep", sweep.toString(), "--out", ""}, {"sweep", "merge", temp.toString(), "--out", ""}}) {
            Cli.Result r = Cli.run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("--out '': the path is empty"), r.err());
            assertFalse(r.hasStackTrace(), r.err());
            assertEquals("", r.out(), "nothing done");
        }
        Cli.Result report = Cli.run("report", "");
        assertEquals(2, report.exitCode(), report.err());
        assertTrue(report.err().contains("DIR '': the path is empty"), report.err());
    }

    @Test
    void aFailedMergeWritesNothing() throws IOException {
        Path sweep = Files.writeString(temp.resolve("caps.json"), SWEEP);
        Path a = temp.resolve("a");
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--shard", "0/2", "--out", a.toString()).exitCode());
        Path merged = temp.resolve("m");
        Cli.Result r = Cli.run("sweep", "merge", a.toString(), "--out", merged.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertFalse(Files.exists(merged), "no --out, no lock");

        // Into an existing directory: not even the lock file.
        Files.createDirectories(merged);
        assertEquals(2, Cli.run("sweep", "merge", a.toString(), "--out", merged.toString()).exitCode());
        try (Stream<Path> files = Files.list(merged)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aSweepAndARunNeverShareADirectory() throws IOException {
        Path sweep = Files.writeString(temp.resolve("caps.json"), SWEEP);
        Path run = temp.resolve("run");
        assertEquals(0, Cli.run("run", "textbook", "--out", run.toString()).exitCode());
        Map<String, String> runFiles = contents(run);
        Cli.Result intoRun = Cli.run("sweep", sweep.toString(), "--out", run.toString(), "--threads", "1");
        assertEquals(2, intoRun.exitCode(), intoRun.err());
        assertTrue(intoRun.err().contains(run.resolve("summary.json") + ": "), intoRun.err());
        assertFalse(intoRun.hasStackTrace(), intoRun.err());
        assertEquals(runFiles, contents(run), "the run's files alone, no journal beside them");

        Path swept = temp.resolve("sweep");
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--out", swept.toString(), "--threads", "1").exitCode());
        Map<String, String> sweepFiles = contents(swept);
        Cli.Result intoSweep = Cli.run("run", "textbook", "--out", swept.toString());
        assertEquals(2, intoSweep.exitCode(), intoSweep.err());
        assertTrue(intoSweep.err().contains(swept.resolve("journal.jsonl") + ": "), intoSweep.err());
        assertEquals(sweepFiles, contents(swept));
        Path game = Files.writeString(temp.resolve("game.json"), GAME);
        assertEquals(2, Cli.run("game", game.toString(), "--out", swept.toString()).exitCode());
        assertEquals(sweepFiles, contents(swept));

        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--shard", "0/2", "--out", a.toString()).exitCode());
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--shard", "1/2", "--out", b.toString()).exitCode());
        Cli.Result merge = Cli.run("sweep", "merge", a.toString(), b.toString(), "--out", run.toString());
        assertEquals(2, merge.exitCode(), merge.err());
        assertEquals(runFiles, contents(run));
    }

    @Test
    void aGameReplacesARunsResultSetWholeAndARunAGames() throws IOException {
        Path out = temp.resolve("out");
        Path game = Files.writeString(temp.resolve("game.json"), GAME);
        Path alone = temp.resolve("alone");
        assertEquals(0, Cli.run("game", game.toString(), "--out", alone.toString()).exitCode());
        assertEquals(0, Cli.run("run", "textbook", "--out", out.toString()).exitCode());
        Cli.Result r = Cli.run("game", game.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(contents(alone), contents(out), "the game's files only, the same bytes as in a new directory");

        Path run = temp.resolve("run");
        assertEquals(0, Cli.run("run", "textbook", "--out", run.toString()).exitCode());
        assertEquals(0, Cli.run("run", "textbook", "--out", out.toString()).exitCode());
        assertEquals(contents(run), contents(out), "the run's files only");
    }

    /** Every file under {@code dir} but the lock, by relative path: a directory as "/" and a file as its text. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.filter(p -> !p.equals(dir)).toList()) {
                String name = dir.relativize(p).toString();
                if (!name.equals(".airshed.lock")) {
                    all.put(name, Files.isDirectory(p) ? "/" : Files.readString(p));
                }
            }
        }
        return all;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
