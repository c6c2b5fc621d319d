package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code airshed report DIR}: rebuilds a run's report; a bad directory is bad input (exit 2, no stack trace). */
class ReportCommandTest {
    @TempDir
    Path temp;

    @Test
    void aRunsReportIsRebuiltFromItsFiles() throws IOException {
        Path out = temp.resolve("out");
        assertEquals(0, Cli.run("run", "textbook", "--out", out.toString()).exitCode());
        String before = Files.readString(out.resolve("report.html"));
        Files.delete(out.resolve("report.html"));
        Files.writeString(out.resolve("charts/stale.vl.json"), "{}");
        Cli.Result report = Cli.run("report", out.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(report.out().contains("report in " + out.resolve("report.html")), report.out());
        assertEquals(before, Files.readString(out.resolve("report.html")));
        assertFalse(Files.exists(out.resolve("charts/stale.vl.json")), "charts/ holds this report's charts only");
    }

    @Test
    void aMissingDirectoryIsNamed() {
        Cli.Result r = Cli.run("report", temp.resolve("nowhere").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(temp.resolve("nowhere") + ": no such directory"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
        assertFalse(Files.exists(temp.resolve("nowhere")), "nothing is created");
    }

    /**
     * The review's case (revE, defect 6): a restarted sweep killed during its runs holds its new journal and
     * no tables yet; report says it is a sweep in progress to resume, not that it holds neither.
     */
    @Test
    void aSweepWithAJournalButNoTablesYetIsSaidToBeInProgress() throws IOException {
        Files.writeString(temp.resolve("journal.jsonl"), "{\"sweep\": \"s\"}\n");
        Cli.Result r = Cli.run("report", temp.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(temp.resolve("journal.jsonl") + ": a sweep in progress"), r.err());
        assertTrue(r.err().contains("airshed sweep"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
        assertFalse(Files.exists(temp.resolve("report.html")));
    }

    /** Regression (revH 13): a sweep's summary.csv replaced by a directory was called "a sweep in progress". */
    @Test
    void aTableOrSummaryThatIsADirectoryIsSaidToBeOne() throws IOException {
        Path sweep = temp.resolve("sweep");
        Files.createDirectories(sweep.resolve("summary.csv"));
        Files.writeString(sweep.resolve("journal.jsonl"), "{\"sweep\": \"s\"}\n");
        Cli.Result r = Cli.run("report", sweep.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(sweep.resolve("summary.csv") + ": is a directory, not the table a sweep writes"
                + " there"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
        Path run = temp.resolve("run");
        Files.createDirectories(run.resolve("summary.json"));
        Cli.Result s = Cli.run("report", run.toString());
        assertEquals(2, s.exitCode());
        assertTrue(s.err().contains(run.resolve("summary.json") + ": is a directory, not the result file a run writes"
                + " there"), s.err());
        assertFalse(Files.exists(run.resolve("report.html")));
    }

    @Test
    void aDirectoryThatIsNoRunsOrSweepsIsNamed() throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "mine");
        Cli.Result r = Cli.run("report", temp.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("holds neither a run's results (summary.json"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
        assertFalse(Files.exists(temp.resolve("report.html")));
    }

    @Test
    void aFileNotAsAirshedWritesItIsNamedWithItsLineColumnAndValue() throws IOException {
        Path out = temp.resolve("out");
        assertEquals(0, Cli.run("run", "textbook", "--out", out.toString()).exitCode());
        String report = Files.readString(out.resolve("report.html"));
        String regions = Files.readString(out.resolve("regions.csv"));
        Files.writeString(out.resolve("regions.csv"), regions.replaceFirst("\nM2,(\"[^\"]*\"),1,", "\nM2,$1,lots,"));
        Cli.Result r = Cli.run("report", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(out + "/regions.csv: line 3, column baseline = lots: not a number"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
        assertEquals(report, Files.readString(out.resolve("report.html")), "the last report is left whole");

        Files.writeString(out.resolve("summary.json"), "{\"allocation\": [1,");
        r = Cli.run("report", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(out + "/summary.json: line 1, column "), r.err());
        assertTrue(r.err().contains("not valid JSON"), r.err());
    }
}
