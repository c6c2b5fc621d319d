package org.airshed.scenarios.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan of a set of moves, what the next command does with what a killed one left, and the failures' kinds. */
class ResultMovesTest {
    @TempDir
    Path temp;

    @Test
    void aPlanReadsBackAsWrittenAndABadNameIsRefusedNamingIt() throws IOException {
        MovePlan plan = new MovePlan(".airshed-staging", List.of("a.csv", "charts/x.vl.json", "summary.json"),
                List.of("charts"), List.of("maps"));
        Path file = Files.writeString(temp.resolve("plan"), plan.text());
        assertEquals(plan, MovePlan.read(file));
        for (String bad : List.of("../x", "/abs", ".hidden", "a\tb", "a\nb", "", ".", "..", "a/../..", "a//b", "a/",
                "a\\..\\b", "a\0b", "charts/.x")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new MovePlan(".airshed-staging", List.of(bad), List.of(), List.of()), bad);
            assertTrue(e.getMessage().endsWith(": " + bad), e.getMessage());
        }
        for (String staging : List.of("staging", ".", "..", ".s", ".airshed-earlier", "../.airshed-staging", "")) {
            assertThrows(IllegalArgumentException.class, () -> new MovePlan(staging, List.of(), List.of(), List.of()),
                    staging);
        }
        Files.writeString(file, plan.text() + "copy\tx\n");
        IOException e = assertThrows(IOException.class, () -> MovePlan.read(file));
        assertTrue(e.getMessage().startsWith(file + ": line 8: \"copy\tx\""), e.getMessage());
    }

    /**
     * The review's case (revE, defect 1): a plan whose staging is ".." made report delete the parent of
     * the results directory. It is refused, naming the plan and the entry, and nothing anywhere moves.
     */
    @Test
    void aPlanWhoseStagingIsTheParentIsRefusedAndNothingOutsideIsDeleted() throws IOException {
        Path parent = Files.createDirectories(temp.resolve("parent"));
        Files.writeString(parent.resolve("precious.txt"), "x");
        Path dir = parent.resolve("d");
        try (ResultDirectory d = ResultDirectory.lock(dir)) {
            d.replace(List.of(new ResultFile("summary.json", "old summary")), AllOrNothingMovesTest.MANAGED,
                    "summary.json");
        }
        Path plan = Files.createDirectories(dir.resolve(ResultMoves.EARLIER)).resolve(ResultMoves.PLAN);
        Files.writeString(plan, "airshed moves 1\nstaging\t..\nmove\tnothing.csv\n");
        TreeMap<String, String> before = DirectoryTree.of(parent);
        FileSystemException e = assertThrows(FileSystemException.class, () -> ResultDirectory.lock(dir));
        assertEquals(plan.toString(), e.getFile());
        assertTrue(e.getReason().startsWith("line 2: \"staging\t..\""), e.getReason());
        assertTrue(e.getReason().contains("nothing was moved or deleted"), e.getReason());
        assertEquals(before, DirectoryTree.of(parent));
    }

    /** A plan that names a place behind a link inside the directory (charts -> ../out) is refused as well. */
    @Test
    void aPlanThroughALinkIsRefusedAndTheLinksFarSideIsUntouched() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve("mine.txt"), "mine");
        Path dir = Files.createDirectories(temp.resolve("d"));
        Files.createSymbolicLink(dir.resolve("charts"), Path.of("..", "out"));
        Files.createDirectories(dir.resolve(ResultMoves.RESULTS_STAGING));
        Path plan = Files.createDirectories(dir.resolve(ResultMoves.EARLIER)).resolve(ResultMoves.PLAN);
        Files.writeString(plan, "airshed moves 1\nstaging\t.airshed-staging\nmove\tcharts/mine.txt\n");
        FileSystemException e = assertThrows(FileSystemException.class,
                () -> ResultMoves.recover(dir, FileMover.SYSTEM));
        assertEquals(plan.toString(), e.getFile());
        assertTrue(e.getReason().contains("symbolic link"), e.getReason());
        assertEquals("mine", Files.readString(out.resolve("mine.txt")));
        assertTrue(Files.isDirectory(dir.resolve(ResultMoves.RESULTS_STAGING)));
    }

    /**
     * Final review (revF): a link put where the aside directory goes ({@code .airshed-earlier -> ../outdir}) was
     * followed: the plan beyond it was read as the directory's own, so settling it deleted {@code outdir/.moves}
     * (a "finished" plan), or (a plan to undo) moved the directory's own summary.json into staging. Airshed never
     * makes a link there: only the link goes, its far side and the directory's files stay as they are.
     */
    @Test
    void aLinkWhereTheAsideDirectoryGoesIsRemovedAndNeitherSideIsTouched() throws IOException {
        for (String moves : List.of("move\tnothing.csv\n", "move\tallocation.csv\nmove\tsummary.json\n")) {
            Path parent = Files.createDirectories(temp.resolve("p" + moves.length()));
            Path outdir = Files.createDirectories(parent.resolve("outdir"));
            Files.writeString(outdir.resolve(ResultMoves.PLAN), "airshed moves 1\nstaging\t.airshed-staging\n" + moves);
            Files.writeString(outdir.resolve("keep.txt"), "keep");
            Path dir = Files.createDirectories(parent.resolve("d"));
            Files.writeString(dir.resolve("summary.json"), "the earlier set");
            Files.writeString(Files.createDirectories(dir.resolve(ResultMoves.RESULTS_STAGING)).resolve("allocation.csv"),
                    "new");
            Files.createSymbolicLink(dir.resolve(ResultMoves.EARLIER), Path.of("..", "outdir"));
            Map<String, String> outside = DirectoryTree.of(outdir);

            assertEquals(ResultMoves.Recovery.NONE, ResultMoves.recover(dir, FileMover.SYSTEM));

            assertEquals(outside, DirectoryTree.of(outdir), moves);
            assertEquals("the earlier set", Files.readString(dir.resolve("summary.json")), moves);
            assertFalse(Files.exists(dir.resolve(ResultMoves.EARLIER), LinkOption.NOFOLLOW_LINKS), moves);
        }
    }

    /**
     * Regression (s9 follow-up 4): a link planted by hand inside the aside directory (summary.json -> a file
     * outside, charts -> a directory outside) was put back into the directory as a link by the undo of a killed
     * command's moves, so the next report read, and the next run replaced, what lay beyond it. Settling drops
     * such a link itself (Airshed cannot tell it from one of its own moved aside), puts the real files back,
     * and never reads or touches the far side.
     */
    @Test
    void aLinkPlantedAmongTheEarlierFilesIsDroppedNotPutBack() throws IOException {
        Path parent = Files.createDirectories(temp.resolve("links"));
        Path out = Files.createDirectories(parent.resolve("out"));
        Files.writeString(out.resolve("mine.txt"), "mine");
        Files.writeString(parent.resolve("precious.txt"), "precious");
        Path dir = Files.createDirectories(parent.resolve("d"));
        Files.writeString(Files.createDirectories(dir.resolve(ResultMoves.RESULTS_STAGING)).resolve("a.csv"), "new");
        Path aside = Files.createDirectories(dir.resolve(ResultMoves.EARLIER));
        Files.writeString(aside.resolve(ResultMoves.PLAN), new MovePlan(".airshed-staging", List.of("a.csv",
                "summary.json"), List.of(), List.of()).text());
        Files.writeString(aside.resolve("a.csv"), "the earlier a.csv");
        Files.createSymbolicLink(aside.resolve("summary.json"), Path.of("..", "..", "precious.txt"));
        Files.createSymbolicLink(aside.resolve("charts"), Path.of("..", "..", "out"));
        Files.createDirectories(aside.resolve("maps"));
        Files.createSymbolicLink(aside.resolve("maps").resolve("m.vl.json"), out.resolve("mine.txt"));
        TreeMap<String, String> outside = DirectoryTree.of(out);

        assertEquals(ResultMoves.Recovery.RESTORED, ResultMoves.recover(dir, FileMover.SYSTEM));

        assertEquals("the earlier a.csv", Files.readString(dir.resolve("a.csv")));
        for (String name : List.of("summary.json", "charts", "maps/m.vl.json")) {
            assertFalse(Files.exists(dir.resolve(name), LinkOption.NOFOLLOW_LINKS), name + " was put back");
        }
        assertFalse(Files.exists(aside, LinkOption.NOFOLLOW_LINKS));
        assertEquals(outside, DirectoryTree.of(out));
        assertEquals("precious", Files.readString(parent.resolve("precious.txt")));
    }

    /** A link where the plan goes (.moves -> a file outside) is no plan Airshed wrote: refused, naming it, unread. */
    @Test
    void aLinkWhereThePlanGoesIsRefusedNamingItAndNothingMoves() throws IOException {
        Path parent = Files.createDirectories(temp.resolve("plan-link"));
        Path elsewhere = Files.writeString(parent.resolve("elsewhere"), new MovePlan(".airshed-staging",
                List.of("a.csv"), List.of(), List.of()).text());
        Path dir = Files.createDirectories(parent.resolve("d"));
        Files.writeString(Files.createDirectories(dir.resolve(ResultMoves.RESULTS_STAGING)).resolve("a.csv"), "new");
        Path aside = Files.createDirectories(dir.resolve(ResultMoves.EARLIER));
        Files.writeString(aside.resolve("a.csv"), "the earlier a.csv");
        Path plan = Files.createSymbolicLink(aside.resolve(ResultMoves.PLAN), elsewhere);
        TreeMap<String, String> before = DirectoryTree.of(parent);

        FileSystemException e = assertThrows(FileSystemException.class, () -> ResultMoves.recover(dir,
                FileMover.SYSTEM));

        assertEquals(plan.toString(), e.getFile());
        assertTrue(e.getReason().startsWith("is a symbolic link where the plan of moves goes"), e.getReason());
        assertTrue(e.getReason().contains("nothing was moved or deleted"), e.getReason());
        assertEquals(before, DirectoryTree.of(parent));
    }

    @Test
    void whatAPlanWrittenHalfOrASettledSetLeavesIsRemovedAndNothingElse() throws IOException {
        Files.writeString(temp.resolve("summary.json"), "kept");
        Files.createDirectories(temp.resolve(ResultMoves.WRITING));
        Files.writeString(temp.resolve(ResultMoves.WRITING).resolve(ResultMoves.PLAN), "airshed moves 1\nsta");
        Files.createDirectories(temp.resolve(ResultMoves.EARLIER).resolve("charts"));
        Files.writeString(temp.resolve(ResultMoves.EARLIER).resolve("charts/x.vl.json"), "no longer wanted");
        assertEquals(ResultMoves.Recovery.NONE, ResultMoves.recover(temp, FileMover.SYSTEM));
        assertEquals(List.of("summary.json"), DirectoryTree.of(temp).keySet().stream().toList());
    }

    @Test
    void aPlanWhoseStagingIsGoneIsRefusedAndTouchesNothing() throws IOException {
        Path aside = Files.createDirectories(temp.resolve(ResultMoves.EARLIER));
        Files.writeString(aside.resolve(ResultMoves.PLAN), new MovePlan(".airshed-staging", List.of("a.csv"), List.of(),
                List.of()).text());
        Files.writeString(aside.resolve("a.csv"), "earlier a");
        TreeMap<String, String> before = DirectoryTree.of(temp);
        FileSystemException e = assertThrows(FileSystemException.class, () -> ResultDirectory.lock(temp));
        assertEquals(aside.toString(), e.getFile());
        assertTrue(e.getReason().contains("staging directory"), e.getReason());
        before.remove(ResultDirectory.LOCK);
        TreeMap<String, String> after = DirectoryTree.of(temp);
        after.remove(ResultDirectory.LOCK);
        assertEquals(before, after);
    }

    @Test
    void anUncheckedFailureIsUndoneAndThrownAsItIs() throws IOException {
        Path dir = earlier();
        TreeMap<String, String> before = DirectoryTree.of(dir);
        int[] moves = new int[1];
        try (ResultDirectory d = ResultDirectory.lock(dir)) {
            InjectedMoves.use(d, (from, to) -> {
                if (++moves[0] == 3) {
                    throw new IllegalStateException("a bug in the mover");
                }
                FileMover.SYSTEM.move(from, to);
            });
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> AllOrNothingMovesTest.replaceWithNew(d));
            assertEquals("a bug in the mover", e.getMessage());
        }
        assertEquals(before, DirectoryTree.of(dir));
    }

    @Test
    void anIoErrorOtherThanAFileSystemsStaysOneSoTheCommandsExitCodeIsUnchanged() throws IOException {
        Path dir = earlier();
        TreeMap<String, String> before = DirectoryTree.of(dir);
        int[] moves = new int[1];
        try (ResultDirectory d = ResultDirectory.lock(dir)) {
            InjectedMoves.use(d, (from, to) -> {
                if (++moves[0] == 7) {
                    throw new IOException("the disk went away");
                }
                FileMover.SYSTEM.move(from, to);
            });
            IOException e = assertThrows(IOException.class, () -> AllOrNothingMovesTest.replaceWithNew(d));
            assertFalse(e instanceof FileSystemException, e.toString());
            assertInstanceOf(IOException.class, e.getCause());
            assertTrue(e.getMessage().contains("the disk went away"), e.getMessage());
            assertTrue(e.getMessage().contains("the earlier results in " + dir + " were kept"), e.getMessage());
        }
        assertEquals(before, DirectoryTree.of(dir));
    }

    /**
     * The review's note (revE): a plan that could not be written was reported as D/.airshed-earlier, though
     * the file that failed was .airshed-earlier.new/.moves. A directory whose path leaves room for
     * .airshed-earlier.new but not for its plan (PATH_MAX) makes exactly that write fail.
     */
    @Test
    void aPlanThatCannotBeWrittenIsNamedAsTheFileThatFailed() throws IOException {
        Path dir = temp.toAbsolutePath();
        int length = 4070;
        while (dir.toString().length() < length) {
            int step = Math.min(200, length - dir.toString().length() - 1);
            dir = dir.resolve("d".repeat(Math.max(step, 1)));
        }
        assertEquals(length, dir.toString().length());
        Files.createDirectories(dir);
        Files.writeString(Files.createDirectories(dir.resolve(ResultMoves.TABLES_STAGING)).resolve("a"), "new a");
        Files.writeString(dir.resolve("a"), "old a");
        Path in = dir;
        FileSystemException e = assertThrows(FileSystemException.class, () -> ResultMoves.commit(in,
                ResultMoves.TABLES_STAGING, List.of("a"), List.of("a"), List.of(), FileMover.SYSTEM));
        assertEquals(in.resolve(ResultMoves.WRITING).resolve(ResultMoves.PLAN).toString(), e.getFile());
        assertTrue(e.getReason().startsWith("the plan of the moves could not be written"), e.getReason());
        assertEquals("old a", Files.readString(in.resolve("a")));
        assertFalse(Files.exists(in.resolve(ResultMoves.WRITING)));
    }

    private Path earlier() throws IOException {
        Path dir = temp.resolve("results");
        try (ResultDirectory d = ResultDirectory.lock(dir)) {
            d.replace(List.of(new ResultFile("summary.json", "old summary"), new ResultFile("a.csv", "old a"),
                    new ResultFile("b.csv", "old b")), AllOrNothingMovesTest.MANAGED, "summary.json", staged -> List.of(
                    new ResultFile("charts/x.vl.json", "old x"), new ResultFile("charts/y.vl.json", "old y")));
        }
        return dir;
    }
}
