package org.airshed.scenarios.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files written on a pool while the report is made: a failure anywhere (a file's content
 * throwing, an I/O error, out of memory, the report itself) leaves the previous results and no
 * writing thread behind, and reports the first failure in file order; a pool of one works.
 */
class StagedFilesTest {
    private static final List<String> MANAGED = List.of("summary.json", "a.csv", "b.csv", "report.html");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void theReportReadsEveryStagedFileWhole(int threads) throws IOException {
        String big = "x,y\n".repeat(200_000);
        try (ResultDirectory d = ResultDirectory.lock(temp)) {
            d.replace(List.of(new ResultFile("summary.json", "s"), new ResultFile("a.csv", out -> {
                for (int i = 0; i < 200; i++) {
                    out.write(big.substring(0, 4000).getBytes(StandardCharsets.UTF_8));
                }
            }), new ResultFile("b.csv", big)), MANAGED, "summary.json", staged -> {
                assertTrue(staged.has("b.csv"), "staged, whether or not written yet");
                assertFalse(staged.has("c.csv"));
                String b = Files.readString(staged.complete("b.csv"));
                String a = Files.readString(staged.complete("a.csv"));
                return List.of(new ResultFile("report.html", a.length() + " " + b.length()));
            }, threads);
        }
        assertEquals("800000 800000", Files.readString(temp.resolve("report.html")));
        assertEquals(big, Files.readString(temp.resolve("b.csv")));
        assertNoWriterLeft();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aFailingContentLeavesThePreviousResultsAndNoThread(int threads) throws IOException {
        for (Throwable failure : List.of(new IOException("disk full"), new IllegalStateException("a bug"),
                new OutOfMemoryError("Java heap space"))) {
            writeOld();
            ResultFile broken = new ResultFile("b.csv", out -> {
                out.write("half a line".getBytes(StandardCharsets.UTF_8));
                throwAs(failure);
            });
            try (ResultDirectory d = ResultDirectory.lock(temp)) {
                Throwable thrown = assertThrows(Throwable.class, () -> d.replace(List.of(
                        new ResultFile("summary.json", "new"), new ResultFile("a.csv", "new a"), broken),
                        MANAGED, "summary.json", staged -> List.of(new ResultFile("report.html", "new page")), threads));
                assertSame(failure, thrown, "the content's own failure, as thrown");
            }
            assertOld();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void theFirstFailureInFileOrderIsReportedWhateverFinishesFirst(int threads) throws IOException {
        writeOld();
        CountDownLatch laterFailed = new CountDownLatch(1);
        IOException first = new IOException("first");
        ResultFile slow = new ResultFile("a.csv", out -> {
            try {
                // On two threads the later file fails first; on one it has not started.
                laterFailed.await(threads == 1 ? 0 : 5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw first;
        });
        ResultFile fast = new ResultFile("b.csv", out -> {
            laterFailed.countDown();
            throw new IOException("second");
        });
        try (ResultDirectory d = ResultDirectory.lock(temp)) {
            IOException thrown = assertThrows(IOException.class, () -> d.replace(
                    List.of(new ResultFile("summary.json", "new"), slow, fast), MANAGED, "summary.json",
                    staged -> {
                        Files.readString(staged.complete("b.csv"));
                        throw new IllegalStateException("the report never gets here");
                    }, threads));
            assertSame(first, thrown);
        }
        assertOld();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aFailingReportWaitsForTheWritesAndLeavesThePreviousResults(int threads) throws IOException {
        writeOld();
        List<String> seen = new ArrayList<>();
        ResultFile slow = new ResultFile("a.csv", out -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write("new a".getBytes(StandardCharsets.UTF_8));
            synchronized (seen) {
                seen.add("a.csv written");
            }
        });
        try (ResultDirectory d = ResultDirectory.lock(temp)) {
            assertThrows(OutOfMemoryError.class, () -> d.replace(List.of(new ResultFile("summary.json", "new"), slow),
                    MANAGED, "summary.json", staged -> {
                        staged.add(new ResultFile("b.csv", "started early"));
                        throw new OutOfMemoryError("Java heap space");
                    }, threads));
        }
        synchronized (seen) {
            assertEquals(List.of("a.csv written"), seen, "the write ended before the run did");
        }
        assertOld();
    }

    private void writeOld() throws IOException {
        try (ResultDirectory d = ResultDirectory.lock(temp)) {
            d.replace(List.of(new ResultFile("summary.json", "old"), new ResultFile("a.csv", "old a"),
                    new ResultFile("b.csv", "old b")), MANAGED, "summary.json",
                    staged -> List.of(new ResultFile("report.html", "old page")));
        }
    }

    private void assertOld() throws IOException {
        assertEquals("old", Files.readString(temp.resolve("summary.json")));
        assertEquals("old a", Files.readString(temp.resolve("a.csv")));
        assertEquals("old b", Files.readString(temp.resolve("b.csv")));
        assertEquals("old page", Files.readString(temp.resolve("report.html")));
        assertFalse(Files.exists(temp.resolve(ResultDirectory.STAGING)));
        assertNoWriterLeft();
    }

    /** No thread of the writing pool (nor of a table's formatting pool) outlives the run. */
    static void assertNoWriterLeft() {
        List<String> left = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.equals("airshed-write") || n.equals("airshed-csv")).toList();
        assertEquals(List.of(), left);
    }

    private static void throwAs(Throwable failure) throws IOException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) failure;
    }
}
