package org.airshed.spark;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.market.ledger.JournalSpool;
import org.airshed.scenarios.run.ScenarioRunner;
import org.airshed.scenarios.sweep.RunExecutor;
import org.airshed.scenarios.sweep.SweepSetup;

/**
 * The runs of a sweep on one executor (one JVM): the broadcast base is parsed, read and converted
 * once per sweep and JVM, then shared by every task the executor runs, on all its cores. A
 * long-lived executor keeps the last two sweeps' bases, not every one it has seen.
 */
final class ExecutorRuns {
    private static final int KEPT = 2;
    private static final Map<String, RunExecutor> EXECUTORS = new LinkedHashMap<>(4, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RunExecutor> eldest) {
            return size() > KEPT;
        }
    };
    private static final AtomicInteger PREPARED = new AtomicInteger();

    private ExecutorRuns() {
    }

    /** The lines of {@code range}, computed as Spark asks for them. */
    static Iterator<String> lines(SparkSweepJob job, RunRange range) {
        RunExecutor executor = executor(job);
        return new Iterator<>() {
            private int next = range.from();

            @Override
            public boolean hasNext() {
                return next < range.to();
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                // A market's journal spilled to disk goes when the run ends, not when the executor's GC runs.
                JournalSpool.Scope scope = JournalSpool.discardedAtClose(null);
                try {
                    return executor.line(next++);
                } finally {
                    scope.close();
                }
            }
        };
    }

    /** The executor's runs of {@code job}; the first task to ask prepares them, the others wait for it. */
    private static synchronized RunExecutor executor(SparkSweepJob job) {
        return EXECUTORS.computeIfAbsent(job.fingerprint(), f -> {
            PREPARED.incrementAndGet();
            SweepSetup setup = SweepSetup.resolved(job.sweepFile(), job.sweepText(), job.baseFileName(), job.baseText(),
                    job.fingerprint());
            String version = job.version();
            // One thread per task: each run's solver stays sequential, as in a local sweep.
            return RunExecutor.of(setup.plan(), setup.base(), () -> new ScenarioRunner(new ExactAllocationSolver(),
                    version));
        });
    }

    /** How many sweeps this JVM has prepared (read and converted a base for), for the tests. */
    static int prepared() {
        return PREPARED.get();
    }
}
