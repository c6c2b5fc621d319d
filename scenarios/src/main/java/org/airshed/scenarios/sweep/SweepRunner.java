package org.airshed.scenarios.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.airshed.core.io.AtomicFiles;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.airshed.scenarios.report.SweepReport;
import org.airshed.scenarios.run.ScenarioRunner;

/**
 * Runs a sweep's runs on a pool of threads, records each finished run in the journal as it
 * finishes, and at the end writes the result files from the journal in run order. Killed and
 * started again, it runs only what the journal lacks, so the final files are the same bytes as
 * an uninterrupted sweep's, whatever the number of threads.
 */
public final class SweepRunner {
    public static final String RUNS_CSV = "runs.csv";
    public static final String RUNS_JSONL = "runs.jsonl";
    public static final String SUMMARY_CSV = "summary.csv";
    /** Tasks queued per thread: enough to keep every thread busy, few enough to bound memory. */
    private static final int QUEUED_PER_THREAD = 4;

    private final Supplier<ScenarioRunner> runners;

    /** @param runners a runner per run (runners are cheap; each run gets its own) */
    public SweepRunner(Supplier<ScenarioRunner> runners) {
        this.runners = runners;
    }

    /**
     * Runs what the journal in {@code out} lacks and writes the result files.
     *
     * @param fingerprint identifies the sweep (file, scenario, program version) in the journal
     * @param restart     start over even if the directory holds another sweep's journal
     * @param progress    where the progress bar goes; {@code terminal} redraws it in place
     */
    public SweepOutcome run(SweepPlan plan, SweepBase base, String fingerprint, Path out, int threads,
                            boolean restart, PrintWriter progress, boolean terminal)
            throws IOException, InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        int total = plan.runCount();
        RunExecutor executor = new RunExecutor(plan, base, runners);
        // The directory's lock keeps a run out while the sweep writes; the journal's keeps another sweep out.
        try (ResultDirectory directory = ResultDirectory.lock(out);
             SweepJournal journal = SweepJournal.open(directory.path(), plan.spec().name(), fingerprint, total,
                     restart)) {
            int resumed = journal.lines().size();
            List<Integer> pending = new ArrayList<>();
            for (int run = 0; run < total; run++) {
                if (!journal.lines().containsKey(run)) {
                    pending.add(run);
                }
            }
            ProgressBar bar = new ProgressBar(progress, terminal, total, resumed, System::nanoTime);
            runAll(pending, executor, journal, bar, resumed, threads);
            // The journal keeps its lines by run index: its values are already in run order.
            SweepTables tables = new SweepTables(plan.spec(), new ArrayList<>(journal.lines().values()));
            List<Path> files = List.of(out.resolve(RUNS_JSONL), out.resolve(RUNS_CSV), out.resolve(SUMMARY_CSV));
            AtomicFiles.writeString(files.get(0), tables.jsonLines());
            AtomicFiles.writeString(files.get(1), tables.runsCsv());
            AtomicFiles.writeString(files.get(2), tables.summaryCsv());
            SweepReport.write(directory, plan.spec().name(), plan.spec().description(), base.tree());
            return new SweepOutcome(total, resumed, tables.statusCounts(), files);
        }
    }

    private static void runAll(List<Integer> pending, RunExecutor executor, SweepJournal journal, ProgressBar bar,
                               int done, int threads) throws IOException, InterruptedException {
        if (pending.isEmpty()) {
            bar.update(done);
            return;
        }
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "sweep-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<Finished> finished = new ExecutorCompletionService<>(pool);
            Iterator<Integer> next = pending.iterator();
            int inFlight = 0;
            while (inFlight < threads * QUEUED_PER_THREAD && next.hasNext()) {
                submit(finished, executor, next.next());
                inFlight++;
            }
            while (inFlight > 0) {
                Finished f = take(finished);
                inFlight--;
                journal.append(f.run(), f.line());
                bar.update(++done);
                if (next.hasNext()) {
                    submit(finished, executor, next.next());
                    inFlight++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void submit(CompletionService<Finished> finished, RunExecutor executor, int run) {
        finished.submit(() -> new Finished(run, RunExecutor.line(executor.run(run))));
        // RunExecutor turns every exception of a run into its row; only an Error can escape.
    }

    private static Finished take(CompletionService<Finished> finished) throws InterruptedException {
        try {
            return finished.take().get();
        } catch (ExecutionException e) {
            // A run catches every exception into its row; what arrives here is an Error (out of memory).
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a sweep run failed outside its own error handling", cause);
        }
    }

    private record Finished(int run, String line) {
    }

    /**
     * What a sweep did.
     *
     * @param runs     runs in the sweep
     * @param resumed  runs found done in the journal at the start
     * @param statuses runs per status (ok, infeasible, invalid, error)
     * @param files    the result files written
     */
    public record SweepOutcome(int runs, int resumed, Map<String, Integer> statuses, List<Path> files) {
    }
}
