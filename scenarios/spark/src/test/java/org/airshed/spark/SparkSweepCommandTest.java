package org.airshed.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
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
}
