package org.airshed.scenarios.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.airshed.market.ledger.JournalSpool;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.airshed.scenarios.pipeline.ResultKind;
import org.airshed.scenarios.report.SweepReport;
import org.airshed.scenarios.run.ScenarioRunner;

/**
 * Runs a sweep's runs (or one shard's) on a pool of threads and appends each finished run to the
 * journal as it finishes, so that results go to disk, not to memory. Killed and started again, it
 * runs only what the journal lacks. A whole sweep then writes its result files from the journal in
 * run order ({@link SweepTables}), and its report from those files once they are on disk; a shard
 * leaves its journal for {@link SweepMerge}. Either way the tables are the same bytes as an
 * uninterrupted single-threaded sweep's.
 */
public final class SweepRunner {
    public static final String RUNS_CSV = "runs.csv";
    public static final String RUNS_JSONL = "runs.jsonl";
    public static final String SUMMARY_CSV = "summary.csv";
    /**
     * What {@code airshed sweep} writes into its --out, or removes there when it starts a new journal: the
     * journal, and a whole sweep's tables and report.
     */
    public static final List<String> FILES = Stream.concat(Stream.of(SweepJournal.FILE), SweepResults.FILES.stream())
            .toList();
    /** Tasks queued per thread: enough to keep every thread busy, few enough to bound memory. */
    private static final int QUEUED_PER_THREAD = 4;

    private final Supplier<ScenarioRunner> runners;

    /** @param runners a runner per run (runners are cheap; each run gets its own) */
    public SweepRunner(Supplier<ScenarioRunner> runners) {
        this.runners = runners;
    }

    /**
     * Runs what the journal in {@code out} lacks of {@code shard} and, for the whole sweep, writes
     * the result files.
     *
     * @param restart  start over even if the directory holds another sweep's (or shard's) journal
     * @param progress where the progress bar goes; {@code terminal} redraws it in place
     */
    public SweepOutcome run(SweepSetup setup, Shard shard, Path out, int threads, boolean restart, PrintWriter progress,
                            boolean terminal) throws IOException, InterruptedException {
        return run(setup, shard, out, threads, restart, progress, terminal, () -> { });
    }

    /**
     * As {@link #run(SweepSetup, Shard, Path, int, boolean, PrintWriter, boolean)}, calling {@code started} once
     * the directory is taken and its journal opened, before the first run: a command says what it starts only
     * when the directory is known to take it.
     */
    public SweepOutcome run(SweepSetup setup, Shard shard, Path out, int threads, boolean restart, PrintWriter progress,
                            boolean terminal, Runnable started) throws IOException, InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        SweepPlan plan = setup.plan();
        int total = plan.runCount();
        JournalHeader header = new JournalHeader(plan.spec().name(), setup.fingerprint(), total, shard,
                setup.sweepFile(), setup.sweepText(), JournalHeader.about(setup.base().tree()));
        RunExecutor executor = RunExecutor.of(plan, setup.base(), runners);
        // The directory's lock keeps a run out while the sweep writes; the journal's keeps another sweep out.
        try (ResultDirectory directory = ResultDirectory.lock(out, ResultKind.SWEEP)) {
            int resumed;
            Path journalFile;
            try (SweepJournal journal = SweepJournal.open(directory.path(), header, restart)) {
                resumed = journal.doneCount();
                journalFile = journal.file();
                started.run();
                ProgressBar bar = new ProgressBar(progress, terminal, shard.size(total), resumed, System::nanoTime);
                runAll(shard, total, executor, journal, bar, threads, directory.scratch());
            }
            if (!shard.isWhole()) {
                return new SweepOutcome(shard.size(total), resumed, JournalIndex.statuses(journalFile),
                        List.of(journalFile));
            }
            // Its lines were checked when the journal was opened, or written by this process since.
            JournalIndex index = JournalIndex.of(List.of(new JournalIndex.Part(out.toString(), journalFile, shard)),
                    total, true);
            Map<String, Integer> statuses;
            try (RunOrderLines lines = index.lines()) {
                statuses = SweepTables.write(plan.spec(), lines, out);
            }
            // Drawn from the tables now complete on disk.
            SweepReport.write(directory, plan.spec().name(), plan.spec().description(), header.scenario());
            return new SweepOutcome(total, resumed, statuses,
                    List.of(out.resolve(RUNS_JSONL), out.resolve(RUNS_CSV), out.resolve(SUMMARY_CSV)));
        }
    }

    private static void runAll(Shard shard, int total, RunExecutor executor, SweepJournal journal, ProgressBar bar,
                               int threads, Path spool) throws IOException, InterruptedException {
        int done = journal.doneCount();
        Pending next = new Pending(shard, total, journal);
        if (!next.hasNext()) {
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
            int inFlight = 0;
            while (inFlight < threads * QUEUED_PER_THREAD && next.hasNext()) {
                submit(finished, executor, next.next(), spool);
                inFlight++;
            }
            while (inFlight > 0) {
                Finished f = take(finished);
                inFlight--;
                journal.append(f.run(), f.line());
                bar.update(++done);
                if (next.hasNext()) {
                    submit(finished, executor, next.next(), spool);
                    inFlight++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The shard's runs the journal lacks, in run order, found as they are needed (no list of a million). */
    private static final class Pending {
        private final Shard shard;
        private final int total;
        private final SweepJournal journal;
        private int run;

        Pending(Shard shard, int total, SweepJournal journal) {
            this.shard = shard;
            this.total = total;
            this.journal = journal;
            this.run = shard.index() - shard.count();
            advance();
        }

        private void advance() {
            do {
                run += shard.count();
            } while (run < total && journal.isDone(run));
        }

        boolean hasNext() {
            return run < total;
        }

        int next() {
            int current = run;
            advance();
            return current;
        }
    }

    private static void submit(CompletionService<Finished> finished, RunExecutor executor, int run, Path spool) {
        finished.submit(() -> {
            // A market's journal spools into the sweep's scratch area and goes when the run ends, not at GC.
            JournalSpool.Scope scope = JournalSpool.discardedAtClose(spool);
            try {
                return new Finished(run, RunExecutor.line(executor.run(run)));
            } finally {
                scope.close();
            }
        });
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
     * What a sweep (or a shard) did.
     *
     * @param runs     runs in the sweep (or the shard)
     * @param resumed  runs found done in the journal at the start
     * @param statuses runs per status (ok, infeasible, invalid, error)
     * @param files    the result files written (a shard's: its journal)
     */
    public record SweepOutcome(int runs, int resumed, Map<String, Integer> statuses, List<Path> files) {
    }
}
