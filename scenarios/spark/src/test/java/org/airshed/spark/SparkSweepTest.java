package org.airshed.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.scenarios.library.ScenarioLibrary;
import org.airshed.scenarios.run.ScenarioRunner;
import org.airshed.scenarios.sweep.Shard;
import org.airshed.scenarios.sweep.SweepRunner;
import org.airshed.scenarios.sweep.SweepSetup;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark runner in {@code local[2]} against the reference: the same sweep run locally on one
 * thread. Its files must be the same bytes, whatever the partitions, on the route that shares the
 * base's arrays and on the one that reads every run's tree.
 */
@ExtendWith(LocalSpark.class)
class SparkSweepTest {
    /** 3 cuts × 2 transaction costs × 2 replicates with transfer noise: runs share the base's arrays. */
    static final String SHARED = """
            {"name": "small", "scenario": "yrd-so2-compensation", "seed": 11, "replicates": 2,
             "parameters": [
               {"name": "cut", "targets": [{"path": "$.policy.cap", "op": "scale-cut"},
                                           {"path": "$.policy.duties.*", "op": "scale"}],
                "grid": {"from": 0.8, "to": 1.2, "count": 3}},
               {"name": "tc", "path": "$.regions[*].transactionCost", "values": [0, 50000000]},
               {"name": "noise", "path": "$.transfer.*.*", "op": "scale", "independent": true,
                "draw": {"distribution": "lognormal", "mu": 0, "sigma": 0.2}}]}
            """;
    /** Baselines and the cap: a path into the sources, so every run reads its own tree. */
    static final String TREE = """
            {"name": "baselines", "scenario": "yrd-so2", "seed": 3,
             "parameters": [
               {"name": "growth", "path": "$.sources[*].baseline", "op": "scale", "values": [1, 1.05]},
               {"name": "cap", "path": "$.policy.cap", "values": [1400000, 1500000, 10]}]}
            """;

    @TempDir
    Path temp;

    private SweepSetup setup(String name, String json) throws IOException {
        Path file = temp.resolve(name + ".json");
        Files.writeString(file, json);
        return SweepSetup.of(file.toString(), ScenarioLibrary.bundled(), "test");
    }

    private static Path local(SweepSetup setup, Path out) throws Exception {
        new SweepRunner(() -> new ScenarioRunner(new ExactAllocationSolver(), "test"))
                .run(setup, Shard.WHOLE, out, 1, false, new PrintWriter(new StringWriter()), false);
        return out;
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        for (String file : List.of("runs.jsonl", "runs.csv", "summary.csv")) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)), file);
        }
        // The report from the same tables; a Spark sweep keeps no journal, so its report lists none.
        String journal = "<dt>journal.jsonl</dt><dd>the finished runs, for resuming a killed sweep</dd>\n";
        assertEquals(Files.readString(expected.resolve("report.html")).replace(journal, ""),
                Files.readString(actual.resolve("report.html")), "report.html");
    }

    @Test
    void sharedBaseRunsGiveTheLocalBytesInAnyPartitioning(JavaSparkContext spark) throws Exception {
        SweepSetup setup = setup("shared", SHARED);
        Path reference = local(setup, temp.resolve("local"));
        int prepared = ExecutorRuns.prepared();
        for (int partitions : new int[] {1, 5, 12}) {
            Path out = temp.resolve("spark" + partitions);
            SparkSweep.SparkOutcome outcome = SparkSweep.run(spark, setup, "test", out, partitions);
            assertSameFiles(reference, out);
            assertEquals(Map.of("ok", 12), outcome.statuses());
            assertEquals(partitions, outcome.partitions());
        }
        // local[2] runs its executor in this JVM: the base was read and converted once for all three jobs.
        assertEquals(prepared + 1, ExecutorRuns.prepared());
    }

    @Test
    void treeRouteRunsGiveTheLocalBytes(JavaSparkContext spark) throws Exception {
        SweepSetup setup = setup("tree", TREE);
        Path reference = local(setup, temp.resolve("local"));
        Path out = temp.resolve("spark");
        SparkSweep.SparkOutcome outcome = SparkSweep.run(spark, setup, "test", out,
                SparkSweep.partitions(spark, setup.plan().runCount()));
        assertSameFiles(reference, out);
        assertEquals(Map.of("ok", 4, "infeasible", 2), outcome.statuses());
    }
}
