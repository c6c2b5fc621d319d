package org.airshed.scenarios.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.airshed.scenarios.sweep.SweepRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer at a time, and a failed write leaves the previous complete result set. */
class ResultDirectoryTest {
    private static final List<String> MANAGED = List.of("summary.json", "a.csv", "b.csv");

    @TempDir
    Path temp;

    @Test
    void aSecondWriterIsRefusedWhileTheFirstHoldsTheDirectory() throws IOException {
        try (ResultDirectory first = ResultDirectory.lock(temp)) {
            ResultDirectory.InUseException e = assertThrows(ResultDirectory.InUseException.class,
                    () -> ResultDirectory.lock(first.path()));
            assertTrue(e.getMessage().contains("in use by another airshed run or sweep"), e.getMessage());
        }
        ResultDirectory.lock(temp).close();
    }

    @Test
    void filesTheNewRunDoesNotWriteAreRemovedAndOthersKept() throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "mine");
        try (ResultDirectory d = ResultDirectory.lock(temp)) {
            d.replace(List.of(new ResultFile("summary.json", "1"), new ResultFile("a.csv", "a"),
                    new ResultFile("b.csv", "b")), MANAGED, "summary.json");
            List<Path> written = d.replace(List.of(new ResultFile("summary.json", "2"), new ResultFile("a.csv", "a2")),
                    MANAGED, "summary.json");
            assertEquals(List.of(temp.resolve("summary.json"), temp.resolve("a.csv")), written);
        }
        assertEquals("2", Files.readString(temp.resolve("summary.json")));
        assertFalse(Files.exists(temp.resolve("b.csv")));
        assertEquals("mine", Files.readString(temp.resolve("notes.txt")));
        assertFalse(Files.exists(temp.resolve(ResultDirectory.STAGING)));
    }

    @Test
    void aFailureWhileWritingLeavesThePreviousResults() throws IOException {
        try (ResultDirectory d = ResultDirectory.lock(temp)) {
            d.replace(List.of(new ResultFile("summary.json", "old"), new ResultFile("a.csv", "old a")), MANAGED,
                    "summary.json");
            // The second file cannot be staged (no file system takes a NUL in a name): the write fails midway.
            List<ResultFile> files = List.of(new ResultFile("summary.json", "new"), new ResultFile("a\u0000.csv", "x"));
            assertThrows(RuntimeException.class, () -> d.replace(files, MANAGED, "summary.json"));
        }
        assertEquals("old", Files.readString(temp.resolve("summary.json")));
        assertEquals("old a", Files.readString(temp.resolve("a.csv")));
        assertFalse(Files.exists(temp.resolve(ResultDirectory.STAGING)));
    }

    @Test
    void aDirectoryOfTheRunsKeepsOnlyTheNewRunsFilesAndGoesWhenEmpty() throws IOException {
        List<String> managed = List.of("summary.json", "charts/");
        Files.createDirectories(temp.resolve("charts"));
        try (ResultDirectory d = ResultDirectory.lock(temp)) {
            d.replace(List.of(new ResultFile("summary.json", "1")), managed, "summary.json",
                    staged -> List.of(new ResultFile("charts/a.vl.json", "a"), new ResultFile("charts/b.vl.json", "b")));
            assertEquals("b", Files.readString(temp.resolve("charts/b.vl.json")));
            List<Path> written = d.replace(List.of(new ResultFile("summary.json", "2")), managed, "summary.json",
                    staged -> List.of(new ResultFile("charts/a.vl.json", Files.readString(staged.complete("summary.json")))));
            assertEquals(List.of(temp.resolve("summary.json"), temp.resolve("charts/a.vl.json")), written);
            assertEquals("2", Files.readString(temp.resolve("charts/a.vl.json")), "made from the staged files");
            assertFalse(Files.exists(temp.resolve("charts/b.vl.json")), "the last run's other chart is gone");
            d.replace(List.of(new ResultFile("summary.json", "3")), managed, "summary.json");
        }
        assertFalse(Files.exists(temp.resolve("charts")), "a run without charts leaves no chart directory");
        assertFalse(Files.exists(temp.resolve(ResultDirectory.STAGING)));
    }

    @Test
    void aFailureWhileMakingTheReportLeavesThePreviousResults() throws IOException {
        try (ResultDirectory d = ResultDirectory.lock(temp)) {
            d.replace(List.of(new ResultFile("summary.json", "old")), MANAGED, "summary.json",
                    staged -> List.of(new ResultFile("charts/a.vl.json", "old chart")));
            assertThrows(IllegalStateException.class, () -> d.replace(List.of(new ResultFile("summary.json", "new")),
                    MANAGED, "summary.json", staged -> {
                        throw new IllegalStateException("the report failed");
                    }));
        }
        assertEquals("old", Files.readString(temp.resolve("summary.json")));
        assertEquals("old chart", Files.readString(temp.resolve("charts/a.vl.json")));
        assertFalse(Files.exists(temp.resolve(ResultDirectory.STAGING)));
    }

    @Test
    void aStreamedFileGoesThroughStagingAndAFailureMidStreamLeavesThePreviousResults() throws IOException {
        Path staging = temp.resolve(ResultDirectory.STAGING);
        try (ResultDirectory d = ResultDirectory.lock(temp)) {
            d.replace(List.of(new ResultFile("summary.json", "old"), new ResultFile("a.csv", out -> {
                assertTrue(Files.isDirectory(staging), "streamed into the staging directory");
                assertFalse(Files.exists(temp.resolve("a.csv")), "not into the results");
                out.write("line 1\n".getBytes(StandardCharsets.UTF_8));
                out.write("line 2\n".getBytes(StandardCharsets.UTF_8));
            })), MANAGED, "summary.json");
            assertEquals("line 1\nline 2\n", Files.readString(temp.resolve("a.csv")));
            ResultFile broken = new ResultFile("a.csv", out -> {
                out.write("half a line".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full");
            });
            assertThrows(IOException.class, () -> d.replace(List.of(new ResultFile("summary.json", "new"), broken),
                    MANAGED, "summary.json"));
        }
        assertEquals("old", Files.readString(temp.resolve("summary.json")));
        assertEquals("line 1\nline 2\n", Files.readString(temp.resolve("a.csv")));
        assertFalse(Files.exists(staging));
    }

    @Test
    void aResultFileStaysInsideItsDirectory() {
        for (String name : List.of("../x.csv", "charts/../../x", "a/b/c.json", "/abs.csv", ".hidden", "charts/.x",
                "charts/", "a\\b")) {
            assertThrows(IllegalArgumentException.class, () -> new ResultFile(name, ""), name);
        }
        assertEquals("charts/mac-total.vl.json", new ResultFile("charts/mac-total.vl.json", "").name());
    }

    @Test
    void theScratchAreaGoesWhenTheRunEnds() throws IOException {
        Path scratch;
        try (ResultDirectory d = ResultDirectory.lock(temp)) {
            scratch = d.scratch();
            assertEquals(temp.resolve(ResultDirectory.SCRATCH), scratch);
            assertFalse(Files.exists(scratch), "made only when a run needs it");
            Files.createDirectories(scratch);
            Files.writeString(scratch.resolve("ledger-1.jsonl"), "half a journal");
        }
        assertFalse(Files.exists(scratch));
    }

    @Test
    void aKilledRunsScratchAreaIsRemovedByTheNextOne() throws IOException {
        Path left = Files.createDirectories(temp.resolve(ResultDirectory.SCRATCH));
        Files.writeString(left.resolve("ledger-1.jsonl"), "half a journal");
        try (ResultDirectory d = ResultDirectory.lock(temp)) {
            assertFalse(Files.exists(d.scratch()));
        }
    }

    @Test
    void aDirectoryWhereANewFileGoesIsRefusedBeforeAnythingIsRemoved() throws IOException {
        try (ResultDirectory d = ResultDirectory.lock(temp)) {
            d.replace(List.of(new ResultFile("summary.json", "old"), new ResultFile("a.csv", "old a")), MANAGED,
                    "summary.json", staged -> List.of(new ResultFile("charts/x.vl.json", "old chart")));
            Files.createDirectories(temp.resolve("b.csv/inside"));
            List<ResultFile> files = List.of(new ResultFile("summary.json", "new"), new ResultFile("b.csv", "new b"));
            FileSystemException e = assertThrows(FileSystemException.class, () -> d.replace(files, MANAGED,
                    "summary.json"));
            assertEquals(temp.resolve("b.csv").toString(), e.getFile());
            assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
        }
        assertPreviousSetIntact();
    }

    @Test
    void aFileWhereTheChartsDirectoryGoesIsRefusedBeforeAnythingIsRemoved() throws IOException {
        List<String> managed = List.of("summary.json", "a.csv", "b.csv", "charts/");
        try (ResultDirectory d = ResultDirectory.lock(temp)) {
            d.replace(List.of(new ResultFile("summary.json", "old"), new ResultFile("a.csv", "old a")), managed,
                    "summary.json", staged -> List.of(new ResultFile("charts/x.vl.json", "old chart")));
            Files.delete(temp.resolve("charts/x.vl.json"));
            Files.delete(temp.resolve("charts"));
            Files.writeString(temp.resolve("charts"), "not a directory");
            FileSystemException e = assertThrows(FileSystemException.class, () -> d.replace(
                    List.of(new ResultFile("summary.json", "new"), new ResultFile("b.csv", "new b")), managed,
                    "summary.json", staged -> List.of(new ResultFile("charts/y.vl.json", "new chart"))));
            assertEquals(temp.resolve("charts").toString(), e.getFile());
            assertTrue(e.getMessage().contains("not a directory"), e.getMessage());
        }
        assertEquals("old", Files.readString(temp.resolve("summary.json")));
        assertEquals("old a", Files.readString(temp.resolve("a.csv")));
        assertFalse(Files.exists(temp.resolve("b.csv")));
        assertEquals("not a directory", Files.readString(temp.resolve("charts")));
        assertFalse(Files.exists(temp.resolve(ResultDirectory.STAGING)));
    }

    @Test
    void aDirectoryWhereAnEarlierFileWasIsRefusedBeforeAnythingIsRemoved() throws IOException {
        try (ResultDirectory d = ResultDirectory.lock(temp)) {
            d.replace(List.of(new ResultFile("summary.json", "old"), new ResultFile("a.csv", "old a")), MANAGED,
                    "summary.json", staged -> List.of(new ResultFile("charts/x.vl.json", "old chart")));
            Files.createDirectories(temp.resolve("b.csv/inside"));
            // The new set lacks b.csv: the directory there could not be removed as an earlier run's file.
            FileSystemException e = assertThrows(FileSystemException.class, () -> d.replace(
                    List.of(new ResultFile("summary.json", "new")), MANAGED, "summary.json"));
            assertEquals(temp.resolve("b.csv").toString(), e.getFile());
        }
        assertPreviousSetIntact();
    }

    private void assertPreviousSetIntact() throws IOException {
        assertEquals("old", Files.readString(temp.resolve("summary.json")));
        assertEquals("old a", Files.readString(temp.resolve("a.csv")));
        assertEquals("old chart", Files.readString(temp.resolve("charts/x.vl.json")));
        assertTrue(Files.isDirectory(temp.resolve("b.csv/inside")));
        assertFalse(Files.exists(temp.resolve(ResultDirectory.STAGING)));
    }

    @Test
    void anEmptyPathIsNoDirectory() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResultDirectory.lock(Path.of(""), ResultKind.RUN));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void aDirectoryHoldingAnotherKindOfResultSetIsRefusedAndKept() throws IOException {
        // A directory an Airshed command wrote into (its lock file is there); a user's own folder is judged by nothing.
        Files.createFile(temp.resolve(ResultDirectory.LOCK));
        Files.writeString(temp.resolve("journal.jsonl"), "a sweep's journal\n");
        FileSystemException e = assertThrows(FileSystemException.class, () -> ResultDirectory.lock(temp, ResultKind.RUN));
        assertEquals(temp.resolve("journal.jsonl").toString(), e.getFile());
        assertTrue(e.getReason().contains("a sweep's results"), e.getReason());
        ResultDirectory.lock(temp, ResultKind.SWEEP).close();
        Files.delete(temp.resolve("journal.jsonl"));
        Files.writeString(temp.resolve("summary.json"), "{}");
        e = assertThrows(FileSystemException.class, () -> ResultDirectory.lock(temp, ResultKind.SWEEP));
        assertEquals(temp.resolve("summary.json").toString(), e.getFile());
        ResultDirectory.lock(temp, ResultKind.RUN).close();
        assertEquals("{}", Files.readString(temp.resolve("summary.json")));
        // A new directory is made; nothing is made for a refusal.
        Path fresh = temp.resolve("fresh");
        ResultDirectory.lock(fresh, ResultKind.SWEEP).close();
        assertTrue(Files.isDirectory(fresh));
    }

    @Test
    void aSweepsMarksAreTheNamesItWrites() {
        // journal.jsonl is checked end to end (OutDirectoryTest); the tables' names are the sweep's own constants.
        assertTrue(ResultKind.SWEEP.marks().containsAll(List.of(SweepRunner.RUNS_CSV, SweepRunner.RUNS_JSONL,
                SweepRunner.SUMMARY_CSV)), ResultKind.SWEEP.marks().toString());
        assertEquals(List.of(ScenarioPipeline.SUMMARY, ScenarioPipeline.SCENARIO), ResultKind.RUN.marks());
    }

    /**
     * The review's case (revE, defect 5): charts/ replaced by a link to a directory of the user's made a
     * run delete the files there. A link where a directory of the results goes is refused before anything
     * moves, naming it, whether the new set has files there or not, and the link's far side is untouched.
     */
    @Test
    void aLinkedChartsDirectoryIsRefusedAndWhatItNamesIsUntouched() throws IOException {
        Path dir = temp.resolve("t");
        List<String> managed = List.of("summary.json", "charts/");
        try (ResultDirectory d = ResultDirectory.lock(dir)) {
            d.replace(List.of(new ResultFile("summary.json", "old"), new ResultFile("charts/x.vl.json", "old x")),
                    managed, "summary.json");
        }
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.move(dir.resolve("charts/x.vl.json"), out.resolve("x.vl.json"));
        Files.writeString(out.resolve("mine.txt"), "mine");
        Files.delete(dir.resolve("charts"));
        Files.createSymbolicLink(dir.resolve("charts"), Path.of("..", "out"));
        for (List<ResultFile> files : List.of(
                List.of(new ResultFile("summary.json", "new"), new ResultFile("charts/y.vl.json", "new y")),
                List.of(new ResultFile("summary.json", "new")))) {
            try (ResultDirectory d = ResultDirectory.lock(dir)) {
                FileSystemException e = assertThrows(FileSystemException.class,
                        () -> d.replace(files, managed, "summary.json"));
                assertEquals(dir.resolve("charts").toString(), e.getFile());
                assertTrue(e.getReason().contains("symbolic link"), e.getReason());
            }
            assertEquals("old", Files.readString(dir.resolve("summary.json")));
            assertEquals("mine", Files.readString(out.resolve("mine.txt")));
            assertEquals("old x", Files.readString(out.resolve("x.vl.json")));
            assertFalse(Files.exists(out.resolve("y.vl.json")));
            assertTrue(Files.isSymbolicLink(dir.resolve("charts")));
        }
    }

    /** A command killed before its plan was in place left a staging directory that nothing then needs: the next lock removes it. */
    @Test
    void stagingDirectoriesNoPlanNeedsAreRemovedByTheNextLock() throws IOException {
        Files.writeString(temp.resolve("summary.json"), "kept");
        for (String staging : List.of(ResultMoves.RESULTS_STAGING, ResultMoves.TABLES_STAGING,
                ResultMoves.JOURNAL_STAGING)) {
            Files.writeString(Files.createDirectories(temp.resolve(staging)).resolve("summary.json"), "new");
        }
        ResultDirectory.lock(temp).close();
        assertEquals(List.of(ResultDirectory.LOCK, "summary.json"), DirectoryTree.of(temp).keySet().stream().toList());
    }
}
