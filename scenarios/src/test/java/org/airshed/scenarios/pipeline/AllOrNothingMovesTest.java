package org.airshed.scenarios.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review s8: the moves of a new result set into its directory are all or nothing. A move that fails
 * where no check could foresee it (injected at every position: the first file, a middle one, a chart,
 * summary.json itself) leaves the earlier tree exactly as it was, and says so; a command killed
 * midway is finished or undone by the next one.
 */
class AllOrNothingMovesTest {
    static final List<String> MANAGED = List.of("summary.json", "a.csv", "b.csv", "c.csv", "charts/");
    /** Earlier files' time, so that a file written again, not put back, shows. */
    private static final FileTime EARLIER_TIME = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path temp;

    @Test
    void aMoveFailingAtAnyPositionLeavesTheEarlierTreeByteForByte() throws IOException {
        int positions = everyPosition(this::earlier);
        assertTrue(positions >= 5, "moves tried: " + positions);
    }

    @Test
    void aMoveFailingAtAnyPositionIntoAFreshDirectoryLeavesItEmpty() throws IOException {
        everyPosition(name -> {
            Path dir = temp.resolve(name);
            ResultDirectory.lock(dir).close();
            return dir;
        });
    }

    @Test
    void theNamedPositionsFailWithAMessageNamingTheFileAndSayingTheEarlierResultsWereKept() throws IOException {
        for (String name : List.of("a.csv", "c.csv", "charts/z.vl.json", "summary.json")) {
            Path dir = earlier("named-" + name.replace('/', '-'));
            TreeMap<String, String> before = DirectoryTree.of(dir);
            try (ResultDirectory d = ResultDirectory.lock(dir)) {
                InjectedMoves mover = InjectedMoves.failingInto(dir, name);
                InjectedMoves.use(d, mover);
                FileSystemException e = assertThrows(FileSystemException.class, () -> replaceWithNew(d));
                assertTrue(mover.fired(), name);
                assertEquals(dir.resolve(name).toString(), e.getFile(), name);
                assertKept(e, dir);
                assertTrue(e.getReason().contains("Input/output error"), e.getReason());
            }
            assertEquals(before, DirectoryTree.of(dir), name);
        }
    }

    @Test
    void aDirectoryPutWhereAFileGoesAfterTheChecksIsReportedAndTheNextCommandPutsTheRestBack() throws IOException {
        Path dir = earlier("blocked");
        TreeMap<String, String> before = DirectoryTree.of(dir);
        try (ResultDirectory d = ResultDirectory.lock(dir)) {
            InjectedMoves.use(d, InjectedMoves.blockingInto(dir, "a.csv"));
            FileSystemException e = assertThrows(FileSystemException.class, () -> replaceWithNew(d));
            assertEquals(dir.resolve("a.csv").toString(), e.getFile());
            // The earlier a.csv cannot go back while the directory is there: the message says where it waits.
            assertTrue(e.getReason().contains("could not all be put back"), e.getReason());
            assertTrue(e.getReason().contains(dir.resolve(ResultMoves.EARLIER).toString()), e.getReason());
        }
        assertEquals("old summary", Files.readString(dir.resolve("summary.json")), "the others are back");
        Files.delete(dir.resolve("a.csv/inside"));
        Files.delete(dir.resolve("a.csv"));
        ResultDirectory.lock(dir).close();
        assertEquals(before, DirectoryTree.of(dir));
    }

    /**
     * A kill just before or just after any move: the dying process undoes nothing (every later move
     * of it fails), and the next command finishes the set if its last file had moved in, else puts
     * the earlier one back.
     */
    @Test
    void aKillAtAnyPositionIsFinishedOrUndoneByTheNextCommand() throws IOException {
        int total = cleanMoves();
        for (int k = 1; k <= total; k++) {
            for (boolean after : new boolean[] {false, true}) {
                Path dir = earlier("kill-" + k + (after ? "-after" : "-before"));
                TreeMap<String, String> before = DirectoryTree.of(dir);
                try (ResultDirectory d = ResultDirectory.lock(dir)) {
                    InjectedMoves.use(d, after ? InjectedMoves.killedAfter(k) : InjectedMoves.killedAt(k));
                    assertThrows(IOException.class, () -> replaceWithNew(d));
                }
                ResultDirectory.lock(dir).close();
                String where = (after ? "killed after move " : "killed before move ") + k + " of " + total;
                if (after && k == total) {
                    assertNewSet(dir, where);
                } else {
                    assertEquals(before, DirectoryTree.of(dir), where);
                }
            }
        }
    }

    /**
     * The review's doubt (revE): a sweep judged the directory before it took the lock, so a run's set left
     * half-moved by a kill was refused as it was and left half-moved. A sweep takes the lock and settles the
     * set first: the earlier run is back whole (and is then refused as a run's results).
     */
    @Test
    void aSweepSettlesAHalfMovedSetBeforeRefusingTheRunItHolds() throws IOException {
        for (int k = 2; k <= 4; k++) {
            Path dir = earlier("sweep-after-kill-" + k);
            // Every run writes one; it is not moved by this set, so it marks a run's results throughout.
            Files.writeString(dir.resolve("scenario.json"), "{}");
            TreeMap<String, String> before = DirectoryTree.of(dir);
            try (ResultDirectory d = ResultDirectory.lock(dir)) {
                InjectedMoves.use(d, InjectedMoves.killedAt(k));
                assertThrows(IOException.class, () -> replaceWithNew(d));
            }
            assertTrue(Files.exists(dir.resolve(ResultMoves.EARLIER)), "the kill left the set half-moved");
            FileSystemException e = assertThrows(FileSystemException.class,
                    () -> ResultDirectory.lock(dir, ResultKind.SWEEP));
            assertTrue(e.getReason().contains("holds a run's or game's results"), e.getReason());
            assertEquals(before, DirectoryTree.of(dir), "killed before move " + k);
        }
    }

    /** A real kill -9 of another Java between two moves; the next command puts the earlier set back. */
    @Test
    void aProcessKilledMidMovesLeavesTheEarlierSetForTheNextCommand() throws Exception {
        Path dir = earlier("killed");
        TreeMap<String, String> before = DirectoryTree.of(dir);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), KilledMidMoves.class.getName(), dir.toString(), "3")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            List<String> said = new ArrayList<>();
            for (String line = out.readLine(); line != null && !line.equals(KilledMidMoves.WAITING); line = out.readLine()) {
                said.add(line);
            }
            assertTrue(child.isAlive(), "the child waits at its third move: " + said);
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(Files.exists(dir.resolve(ResultMoves.EARLIER)), "the kill left the moves midway");
        ResultDirectory.lock(dir).close();
        assertEquals(before, DirectoryTree.of(dir));
    }

    /**
     * Fails the moves at each position in turn, from the first until a replace needs no more; each
     * time the directory {@code make} gives is as it was. Returns the number of moves a whole replace makes.
     */
    private int everyPosition(Maker make) throws IOException {
        for (int k = 1; ; k++) {
            Path dir = make.directory("at-" + k);
            TreeMap<String, String> before = DirectoryTree.of(dir);
            InjectedMoves mover = InjectedMoves.failingAt(k);
            try (ResultDirectory d = ResultDirectory.lock(dir)) {
                InjectedMoves.use(d, mover);
                try {
                    replaceWithNew(d);
                } catch (FileSystemException e) {
                    assertTrue(mover.fired(), "move " + k);
                    assertEquals(before, DirectoryTree.of(dir), "a failure at move " + k);
                    assertKept(e, dir);
                    continue;
                }
            }
            assertFalse(mover.fired());
            assertNewSet(dir, "no failure");
            return k - 1;
        }
    }

    /** How many moves a replace of the earlier set by the new one makes. */
    private int cleanMoves() throws IOException {
        Path dir = earlier("clean");
        InjectedMoves counting = InjectedMoves.failingAt(Integer.MAX_VALUE);
        try (ResultDirectory d = ResultDirectory.lock(dir)) {
            InjectedMoves.use(d, counting);
            replaceWithNew(d);
        }
        return counting.moves();
    }

    private static void assertKept(FileSystemException e, Path dir) {
        assertTrue(e.getReason().contains("the earlier results in " + dir + " were kept"), e.getReason());
    }

    /** The earlier set: summary.json, a.csv, b.csv, two charts; beside it a file of the user's. */
    private Path earlier(String name) throws IOException {
        Path dir = temp.resolve(name);
        try (ResultDirectory d = ResultDirectory.lock(dir)) {
            d.replace(List.of(new ResultFile("summary.json", "old summary"), new ResultFile("a.csv", "old a"),
                    new ResultFile("b.csv", "old b")), MANAGED, "summary.json", staged -> List.of(
                    new ResultFile("charts/x.vl.json", "old x"), new ResultFile("charts/y.vl.json", "old y")));
        }
        Files.writeString(dir.resolve("notes.txt"), "mine");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, EARLIER_TIME);
            }
        }
        return dir;
    }

    /** The new set replaces a.csv and chart x, drops b.csv and chart y, adds c.csv and chart z. */
    static List<Path> replaceWithNew(ResultDirectory d) throws IOException {
        return d.replace(List.of(new ResultFile("summary.json", "new summary"), new ResultFile("a.csv", "new a"),
                new ResultFile("c.csv", "new c")), MANAGED, "summary.json", staged -> List.of(
                new ResultFile("charts/x.vl.json", "new x"), new ResultFile("charts/z.vl.json", "new z")));
    }

    private static void assertNewSet(Path dir, String where) throws IOException {
        TreeMap<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> !p.equals(dir)).toList()) {
                tree.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "dir" : Files.readString(p));
            }
        }
        TreeMap<String, String> expected = new TreeMap<>();
        expected.put(".airshed.lock", "");
        expected.put("summary.json", "new summary");
        expected.put("a.csv", "new a");
        expected.put("c.csv", "new c");
        expected.put("charts", "dir");
        expected.put("charts/x.vl.json", "new x");
        expected.put("charts/z.vl.json", "new z");
        if (Files.exists(dir.resolve("notes.txt"))) {
            expected.put("notes.txt", "mine");
        }
        assertEquals(expected, tree, where);
    }

    @FunctionalInterface
    private interface Maker {
        Path directory(String name) throws IOException;
    }
}
