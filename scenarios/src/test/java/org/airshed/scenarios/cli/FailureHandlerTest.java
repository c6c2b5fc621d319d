package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioInputException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import org.junit.jupiter.api.Test;

/** Exit codes and messages for what a command throws. */
class FailureHandlerTest {
    private static final AtomicBoolean WORKER_FAILED = new AtomicBoolean();

    private final StringWriter err = new StringWriter();

    private int handle(Exception ex, String... args) {
        CommandLine commandLine = AirshedCommand.newCommandLine().setErr(new PrintWriter(err, true));
        ParseResult parsed = commandLine.parseArgs(args);
        return new FailureHandler().handleExecutionException(ex, commandLine, parsed);
    }

    @Test
    void internalErrorIsOneLineAndExitsOne() {
        int code = handle(new IllegalStateException("solver lost its way\nsecond line"), "run", "x", "--out", "y");
        assertEquals(1, code);
        assertEquals("airshed: internal error: IllegalStateException: solver lost its way ..."
                + " (rerun with --debug for the stack trace)", err.toString().strip());
    }

    /**
     * Regression (s9 follow-up 1): a failure inside a parallel phase reached the user wrapped, or with its
     * words twice: "IllegalStateException: java.lang.IllegalStateException: boom" (a fork-join worker's
     * exception as its caller rethrows it), "CompletionException: java.lang.IllegalStateException: boom".
     * Each is provoked here by the JDK's own machinery and said once, the innermost, as a sweep records it.
     */
    @Test
    void aFailureInsideAParallelPhaseIsOneLineOfItsOwnWords() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            List<Exception> thrown = List.of(
                    thrownBy(() -> failingInParallel()),
                    thrownBy(() -> CompletableFuture.runAsync(FailureHandlerTest::fail, pool).join()),
                    thrownBy(() -> pool.submit(FailureHandlerTest::fail).get()),
                    thrownBy(() -> CompletableFuture.runAsync(FailureHandlerTest::failingInParallel, pool).join()),
                    new IllegalStateException(new IllegalStateException("boom")));
            assertTrue(thrown.get(0).getMessage().startsWith("java.lang.IllegalStateException: "),
                    "a worker's failure arrives copied and wrapped: " + thrown.get(0));
            for (Exception ex : thrown) {
                err.getBuffer().setLength(0);
                assertEquals(1, handle(ex, "run", "x", "--out", "y"));
                assertEquals("airshed: internal error: IllegalStateException: boom (rerun with --debug for the stack"
                        + " trace)", err.toString().strip(), ex.toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Bad input and a failing disk are judged by the innermost failure too, not by a thread's wrapping. */
    @Test
    void badInputOrAFailingDiskInsideAParallelPhaseIsJudgedAsItself() throws Exception {
        Exception bad = thrownBy(() -> CompletableFuture.runAsync(() -> {
            throw new ScenarioInputException(List.of(new Problem("s.json", "$.seed", "\"x\"", "must be an integer")));
        }).join());
        assertEquals(2, handle(bad, "validate", "s.json"));
        assertEquals(List.of("s.json: $.seed = \"x\": must be an integer", "airshed: 1 problem(s); nothing was run."),
                err.toString().lines().toList());
        err.getBuffer().setLength(0);
        Exception disk = thrownBy(() -> CompletableFuture.runAsync(() -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
        }).join());
        assertEquals(1, handle(disk, "run", "x", "--out", "y"));
        assertEquals("airshed: reading or writing a file failed: No space left on device"
                + " (rerun with --debug for the stack trace)", err.toString().strip());
        err.getBuffer().setLength(0);
        Exception memory = thrownBy(() -> CompletableFuture.runAsync(() -> {
            throw new OutOfMemoryError("Java heap space");
        }).join());
        assertEquals(2, handle(memory, "run", "x", "--out", "y"));
        assertTrue(err.toString().startsWith("airshed: out of memory: "), err.toString());
    }

    private static void failInAWorker() {
        if (Thread.currentThread() instanceof ForkJoinWorkerThread) {
            WORKER_FAILED.set(true);
            fail();
        }
        // The caller waits until a worker has taken its share and failed (on a loaded machine it may start late).
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!WORKER_FAILED.get() && System.nanoTime() < end) {
            try {
                TimeUnit.MILLISECONDS.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A parallel stream one of whose fork-join workers fails (its caller never does). */
    private static void failingInParallel() {
        WORKER_FAILED.set(false);
        IntStream.range(0, 64).parallel().forEach(i -> failInAWorker());
    }

    private static void fail() {
        throw new IllegalStateException("boom");
    }

    private static Exception thrownBy(Action action) {
        try {
            action.run();
        } catch (Exception e) {
            return e;
        }
        throw new AssertionError("nothing was thrown");
    }

    /** What a test runs to see what it throws. */
    private interface Action {
        void run() throws Exception;
    }

    @Test
    void aFailingDiskIsNamedAsSuchNotAsABug() {
        for (Exception ex : List.of(new java.io.IOException("No space left on device"),
                new java.io.UncheckedIOException(new java.io.IOException("No space left on device")))) {
            err.getBuffer().setLength(0);
            assertEquals(1, handle(ex, "run", "x", "--out", "y"));
            assertEquals("airshed: reading or writing a file failed: No space left on device"
                    + " (rerun with --debug for the stack trace)", err.toString().strip());
        }
    }

    @Test
    void debugShowsTheStackTrace() {
        int code = handle(new IllegalStateException("boom"), "run", "x", "--out", "y", "--debug");
        assertEquals(1, code);
        assertTrue(err.toString().startsWith("airshed: internal error: IllegalStateException: boom\n"), err.toString());
        assertTrue(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void debugBeforeTheCommandCountsToo() {
        handle(new IllegalStateException("boom"), "--debug", "validate", "x");
        assertTrue(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void scenarioProblemsExitTwoOnePerLine() {
        int code = handle(new ScenarioInputException(List.of(
                new Problem("s.json", "$.regions[0].background", "-1", "must be a finite number >= 0"),
                new Problem("s.json", "$.seed", "\"x\"", "must be an integer"))), "validate", "s.json");
        assertEquals(2, code);
        assertEquals(List.of("s.json: $.regions[0].background = -1: must be a finite number >= 0",
                "s.json: $.seed = \"x\": must be an integer",
                "airshed: 2 problem(s); nothing was run."), err.toString().lines().toList());
    }
}
