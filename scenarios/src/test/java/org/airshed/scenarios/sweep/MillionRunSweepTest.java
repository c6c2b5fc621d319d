package org.airshed.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.airshed.scenarios.run.ResultNumbers;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A million cheap runs in a 256 MB heap, from the command line in forked JVMs: once on two threads,
 * once as two single-threaded shards run side by side and merged (each JVM in 256 MB too). The
 * merge must give the whole sweep's bytes, and summary.csv's statistics those of
 * DescriptiveStatistics over runs.csv's column. Minutes on two cores: slow-tagged.
 */
@Tag("slow")
class MillionRunSweepTest {
    private static final String HEAP = "-Xmx256m";
    private static final int RUNS = 1_000_000;
    /** One region, one source, a cap: the cheapest run there is, so that the test measures the sweep. */
    private static final String TINY = """
            {"name": "tiny", "description": "one region, one source, a cap", "seed": 1,
             "regions": [{"id": "A"}],
             "sources": [{"id": "a1", "region": "A", "baseline": 100,
                          "steps": [{"amount": 60, "unitCost": 10}, {"amount": 30, "unitCost": 25}]}],
             "policy": {"cap": 50}}
            """;
    private static final String MILLION = """
            {"name": "million", "scenario": "tiny.json", "seed": 1, "replicates": 1000,
             "parameters": [{"name": "cap", "path": "$.policy.cap", "grid": {"from": 5, "to": 100, "count": 1000}},
                            {"name": "cost", "path": "$.sources[0].steps[1].unitCost", "op": "scale",
                             "draw": {"distribution": "uniform", "min": 1, "max": 2}}]}
            """;

    @TempDir
    Path temp;

    @Test
    void aMillionRunsInABoundedHeapWholeOrInShards() throws Exception {
        Files.writeString(temp.resolve("tiny.json"), TINY);
        Path sweep = temp.resolve("million.json");
        Files.writeString(sweep, MILLION);
        Path whole = temp.resolve("whole");
        long start = System.nanoTime();
        await(airshed("sweep", sweep.toString(), "--out", whole.toString(), "--threads", "2"), "whole");
        long wholeNanos = System.nanoTime() - start;

        start = System.nanoTime();
        List<Forked> shards = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            shards.add(airshed("sweep", sweep.toString(), "--shard", i + "/2", "--out", temp.resolve("s" + i).toString(),
                    "--threads", "1"));
        }
        for (Forked shard : shards) {
            await(shard, "shard");
        }
        long shardNanos = System.nanoTime() - start;
        start = System.nanoTime();
        Path merged = temp.resolve("merged");
        await(airshed("sweep", "merge", temp.resolve("s0").toString(), temp.resolve("s1").toString(), "--out",
                merged.toString()), "merge");
        long mergeNanos = System.nanoTime() - start;
        System.out.printf("million runs: 2 threads %.1f s; 2 shards %.1f s + merge %.1f s%n", wholeNanos / 1e9,
                shardNanos / 1e9, mergeNanos / 1e9);

        for (String file : List.of(SweepRunner.RUNS_JSONL, SweepRunner.RUNS_CSV, SweepRunner.SUMMARY_CSV)) {
            assertEquals(-1, Files.mismatch(whole.resolve(file), merged.resolve(file)), file);
        }
        assertEquals(RUNS + 1, lineCount(whole.resolve(SweepRunner.RUNS_CSV)));
        assertSummaryIsDescriptiveStatistics(whole, "allocation.totalCost");
    }

    /** summary.csv's "all" row of {@code column} against DescriptiveStatistics over runs.csv's ok rows. */
    private static void assertSummaryIsDescriptiveStatistics(Path out, String column) throws IOException {
        DescriptiveStatistics reference = new DescriptiveStatistics();
        try (BufferedReader in = Files.newBufferedReader(out.resolve(SweepRunner.RUNS_CSV), StandardCharsets.UTF_8)) {
            List<String> header = Arrays.asList(in.readLine().split(","));
            int status = header.indexOf("status");
            int value = header.indexOf(column);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                // Ok rows have no reason, so no quoted commas before the value.
                String[] cells = line.split(",", -1);
                if (cells[status].equals("ok") && !cells[value].isEmpty()) {
                    reference.addValue(Double.parseDouble(cells[value]));
                }
            }
        }
        String expected = String.join(",", "all", "", column, Long.toString(reference.getN()),
                text(reference.getMean()), text(reference.getStandardDeviation()), text(reference.getMin()),
                text(reference.getPercentile(5)), text(reference.getPercentile(25)), text(reference.getPercentile(50)),
                text(reference.getPercentile(75)), text(reference.getPercentile(95)), text(reference.getMax()));
        List<String> summary = Files.readAllLines(out.resolve(SweepRunner.SUMMARY_CSV));
        assertTrue(summary.contains(expected), expected + " not in\n" + String.join("\n", summary.subList(0, 8)));
    }

    private static String text(double x) {
        return ResultNumbers.text(x);
    }

    private static long lineCount(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.count();
        }
    }

    /** A forked command line and the file its output goes to. */
    private record Forked(Process process, Path log) {
    }

    private Forked airshed(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-cp", System.getProperty("java.class.path"), "org.airshed.scenarios.cli.AirshedCommand"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(temp, "airshed", ".log");
        return new Forked(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(),
                log);
    }

    private static void await(Forked forked, String what) throws Exception {
        assertTrue(forked.process().waitFor(90, TimeUnit.MINUTES), what + ": timed out");
        assertEquals(0, forked.process().exitValue(), what + " failed:\n" + Files.readString(forked.log()));
    }
}
