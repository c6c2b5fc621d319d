package org.airshed.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.scenarios.library.ScenarioLibrary;
import org.airshed.scenarios.run.ScenarioRunner;
import org.airshed.scenarios.sweep.Shard;
import org.airshed.scenarios.sweep.SweepDirectoryException;
import org.airshed.scenarios.sweep.SweepRunner;
import org.airshed.scenarios.sweep.SweepSetup;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What spark-submit runs: exit codes and messages as the command line's, and no Spark for a bad file. */
@ExtendWith(LocalSpark.class)
class SparkSweepCommandTest {
    private static final Supplier<JavaSparkContext> NO_SPARK = () -> {
        throw new AssertionError("Spark must not start for bad input");
    };

    @TempDir
    Path temp;

    private record Result(int code, String out, String err) {
    }

    private static Result execute(Supplier<JavaSparkContext> spark, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SparkSweepCommand.execute(args, spark, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void aSweepRunsAndSaysWhatItWrote(JavaSparkContext spark) throws Exception {
        Path sweep = temp.resolve("tree.json");
        Files.writeString(sweep, SparkSweepTest.TREE);
        Path out = temp.resolve("out");
        Result r = execute(() -> spark, sweep.toString(), "--out", out.toString(), "--partitions", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("baselines: 6 runs of yrd-so2.json (bundled) in 3 partitions on local[2]"
                + " (infeasible 2, ok 4)"), r.out());
        assertTrue(Files.isRegularFile(out.resolve("summary.csv")));
    }

    @Test
    void badInputExitsTwoBeforeSparkStarts() throws Exception {
        Path sweep = temp.resolve("bad.json");
        Files.writeString(sweep, SparkSweepTest.TREE.replace("$.policy.cap", "$.policy.kap"));
        Result r = execute(NO_SPARK, sweep.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(sweep + ": $.parameters[1].path = \"$.policy.kap\": $.policy.kap: unknown key"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(temp.resolve("out")));

        Result partitions = execute(NO_SPARK, "yrd-cooperation", "--out", temp.toString(), "--partitions", "0");
        assertEquals(2, partitions.code());
        assertTrue(partitions.err().contains("--partitions 0: must be at least 1"), partitions.err());

        Result missing = execute(NO_SPARK, "no-such-sweep", "--out", temp.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file, and no bundled sweep of that name"), missing.err());
    }

    /**
     * s10 owninputs 3: the Spark runner never checked its inputs against what it writes: a sweep file
     * kept as DIR/summary.csv, run with --out DIR, was replaced by the sweep's table. Refused as
     * `airshed sweep` refuses it, before Spark starts, with nothing written.
     */
    @Test
    void aSweepFileNamedAsAResultFileIsRefusedBeforeSparkStarts() throws Exception {
        Path out = Files.createDirectories(temp.resolve("own"));
        Path sweep = Files.writeString(out.resolve("summary.csv"), SMALL);
        TreeMap<String, byte[]> before = files(out);
        Result r = execute(NO_SPARK, sweep.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith(sweep + ": file: is " + out.toRealPath().resolve("summary.csv")
                + ", which airshed-spark --out " + out + " would replace with its own summary.csv"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertUnchanged(before, out);
    }

    /** One run of yrd-so2-compensation: a sweep named "small" that is quick to run locally. */
    private static final String SMALL = """
            {"name": "small", "scenario": "yrd-so2-compensation", "seed": 5,
             "parameters": [{"name": "tc", "path": "$.regions[*].transactionCost", "values": [0]}]}
            """;

    /** `airshed sweep small.json --out dir`: its journal and result files in {@code dir}. */
    private Path localSweep(Path dir) throws Exception {
        Path file = temp.resolve("small.json");
        Files.writeString(file, SMALL);
        SweepSetup setup = SweepSetup.of(file.toString(), ScenarioLibrary.bundled(), "test");
        new SweepRunner(() -> new ScenarioRunner(new ExactAllocationSolver(), "test"))
                .run(setup, Shard.WHOLE, dir, 1, false, new PrintWriter(new StringWriter()), false);
        assertTrue(Files.isRegularFile(dir.resolve("journal.jsonl")));
        return dir;
    }

    private static TreeMap<String, byte[]> files(Path dir) throws Exception {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void assertUnchanged(TreeMap<String, byte[]> before, Path dir) throws Exception {
        TreeMap<String, byte[]> after = files(dir);
        assertEquals(before.keySet(), after.keySet(), "files in " + dir);
        for (String file : before.keySet()) {
            assertArrayEquals(before.get(file), after.get(file), file);
        }
    }

    /**
     * Review finding: `airshed sweep small.json --out D`, then the Spark runner with --out D on
     * yrd-cooperation exited 0 and left small's journal beside yrd-cooperation's tables. Like
     * `airshed sweep` and `sweep merge`, it refuses, naming the directory and the other sweep, before
     * Spark starts, and leaves the directory as it was.
     */
    @Test
    void aDirectoryHoldingAnotherSweepsJournalIsRefusedBeforeSparkStarts() throws Exception {
        Path out = localSweep(temp.resolve("out"));
        TreeMap<String, byte[]> before = files(out);
        Result r = execute(NO_SPARK, "yrd-cooperation", "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("airshed-spark: " + out + " holds the journal of another sweep (\"small\")"),
                r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals("", r.out());
        assertUnchanged(before, out);
    }

    /** The same refusal from the API, before any Spark job runs; this sweep's own directory is fine. */
    @Test
    void sparkSweepRefusesAnotherSweepsDirectoryBeforeItsJob(JavaSparkContext spark) throws Exception {
        Path out = localSweep(temp.resolve("out"));
        TreeMap<String, byte[]> before = files(out);
        SweepSetup other = SweepSetup.of("yrd-cooperation", ScenarioLibrary.bundled(), "test");
        int jobs = spark.statusTracker().getJobIdsForGroup(null).length;
        SweepDirectoryException e = assertThrows(SweepDirectoryException.class,
                () -> SparkSweep.run(spark, other, "test", out, 2));
        assertTrue(e.getMessage().contains(out + " holds the journal of another sweep (\"small\")"), e.getMessage());
        assertEquals(jobs, spark.statusTracker().getJobIdsForGroup(null).length, "Spark jobs run");
        assertUnchanged(before, out);

        SweepSetup same = SweepSetup.of(temp.resolve("small.json").toString(), ScenarioLibrary.bundled(), "test");
        SparkSweep.SparkOutcome outcome = SparkSweep.run(spark, same, "test", out, 1);
        assertEquals(1, outcome.runs());
        for (String file : List.of("runs.jsonl", "runs.csv", "summary.csv", "journal.jsonl")) {
            assertArrayEquals(before.get(file), Files.readAllBytes(out.resolve(file)), file);
        }
    }
}
