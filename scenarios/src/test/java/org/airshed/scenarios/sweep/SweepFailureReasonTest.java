package org.airshed.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.AllocationSolver;
import org.airshed.scenarios.run.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (numerical review C, defect 1's side effect): a run failing inside a parallel stream was
 * recorded as "IllegalStateException: java.lang.IllegalStateException: …" when a fork-join worker
 * threw (the caller re-creates the worker's exception, wrapped) and once wrapped when the calling
 * thread did, so the same sweep gave different runs.csv from one try or thread count to the next.
 * The reason is now the run's own failure, whatever the thread.
 */
class SweepFailureReasonTest {
    private static final String FAILURE = "the solver failed inside its parallel part";

    @TempDir
    Path temp;

    @Test
    void aRunThatFailsInsideAParallelPartGivesTheSameReasonOnAnyNumberOfThreads() throws Exception {
        SweepSetup setup = SweepFixtures.setup(temp, """
                {"name": "parallel-failure", "scenario": "yrd-so2", "seed": 5, "parameters": [
                  {"name": "cut", "targets": [{"path": "$.policy.cap", "op": "scale-cut"}],
                   "grid": {"from": 0.8, "to": 1.2, "count": 6}}]}
                """);
        byte[] expected = null;
        for (int round = 0; round < 2; round++) {
            for (int threads : new int[] {1, 2, 4}) {
                Path out = temp.resolve("out-" + round + "-" + threads);
                SweepRunner runner = new SweepRunner(() -> new ScenarioRunner(new FailingInParallel(), "test"));
                SweepRunner.SweepOutcome outcome = runner.run(setup, Shard.WHOLE, out, threads, false,
                        new PrintWriter(new StringWriter()), false);
                assertEquals(Map.of("error", 6), outcome.statuses());
                List<String> rows = Files.readAllLines(out.resolve(SweepRunner.RUNS_CSV));
                for (String row : rows.subList(1, rows.size())) {
                    assertEquals(",error,internal error: java.lang.IllegalStateException: " + FAILURE + ",",
                            row.substring(row.indexOf(",error,"), row.indexOf(FAILURE) + FAILURE.length() + 1),
                            "round " + round + ", " + threads + " threads: " + row);
                }
                byte[] csv = Files.readAllBytes(out.resolve(SweepRunner.RUNS_CSV));
                if (expected == null) {
                    expected = csv;
                }
                assertArrayEquals(expected, csv, "round " + round + ", " + threads + " threads");
            }
        }
    }

    /** A solver whose parallel part fails: in a fork-join worker when one takes part, else in the caller. */
    private static final class FailingInParallel implements AllocationSolver {
        @Override
        public AllocationSolution solve(AllocationProblem problem) {
            IntStream.range(0, 64).parallel().forEach(i -> {
                if (Thread.currentThread() instanceof ForkJoinWorkerThread) {
                    throw new IllegalStateException(FAILURE);
                }
                // The caller waits a little, so that the workers take their share.
                pause();
            });
            throw new IllegalStateException(FAILURE);
        }

        private static void pause() {
            try {
                TimeUnit.MILLISECONDS.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
