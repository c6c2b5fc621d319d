package org.airshed.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.airshed.scenarios.sweep.SweepResults;
import org.airshed.scenarios.sweep.SweepSetup;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;

/**
 * A sweep on Apache Spark. The driver sets the sweep up as {@code airshed sweep} does (every check,
 * every message) and broadcasts the sweep file and the resolved base; runs are distributed by run
 * id, in contiguous ranges ({@link RunRange}), each executor reading and converting the base once
 * ({@link ExecutorRuns}). The lines are kept by Spark (memory, then disk) until every run is done,
 * then read by the driver a partition at a time, in run order, into the same tables as a local
 * sweep's ({@link SweepResults}): byte for byte the files of {@code airshed sweep}.
 */
public final class SparkSweep {
    /** Partitions per core Spark offers, so that fast tasks make up for slow ones. */
    private static final int PARTITIONS_PER_CORE = 4;
    /** At most this many runs per partition: the driver holds one partition's lines at a time. */
    private static final int MAX_RUNS_PER_PARTITION = 10_000;

    private SparkSweep() {
    }

    /**
     * What a Spark sweep did.
     *
     * @param partitions the run ranges it was split into
     * @param statuses   runs per status
     */
    public record SparkOutcome(int runs, int partitions, Map<String, Integer> statuses, List<Path> files) {
    }

    /** The default number of partitions for {@code runs} runs on {@code spark}. */
    static int partitions(JavaSparkContext spark, int runs) {
        int byCores = spark.defaultParallelism() * PARTITIONS_PER_CORE;
        int bySize = (int) Math.ceil(runs / (double) MAX_RUNS_PER_PARTITION);
        return Math.max(1, Math.max(byCores, bySize));
    }

    /**
     * Runs the sweep on {@code spark} and writes the result files into {@code out}, on the driver's disk.
     * Throws {@link org.airshed.scenarios.sweep.SweepDirectoryException} before any job when {@code out}
     * holds the journal of another sweep.
     */
    public static SparkOutcome run(JavaSparkContext spark, SweepSetup setup, String version, Path out, int partitions)
            throws IOException {
        SweepResults.refuseAnotherSweep(setup, out);
        int runs = setup.plan().runCount();
        List<RunRange> ranges = RunRange.split(runs, partitions);
        Broadcast<SparkSweepJob> job = spark.broadcast(SparkSweepJob.of(setup, version));
        JavaRDD<String> lines = spark.parallelize(ranges, ranges.size())
                .flatMap(range -> ExecutorRuns.lines(job.value(), range));
        lines.setName("airshed sweep " + setup.plan().spec().name());
        lines.persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            // Every run first, on every executor at once; then the driver reads them in order.
            long done = lines.count();
            if (done != runs) {
                throw new IllegalStateException(runs + " runs, but Spark returned " + done + " lines");
            }
            Map<String, Integer> statuses = SweepResults.write(setup, lines.toLocalIterator(), out);
            return new SparkOutcome(runs, ranges.size(), statuses, List.of(out.resolve("runs.jsonl"),
                    out.resolve("runs.csv"), out.resolve("summary.csv")));
        } finally {
            lines.unpersist(false);
            job.destroy();
        }
    }
}
