package org.airshed.benchmarks.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs per minute for the three ways to run a sweep, end to end as a user runs them: fresh JVMs,
 * so JVM start, setup and tables are included. Threads on this machine's 2 cores (the reference),
 * two single-threaded shards side by side then a merge, and Spark in {@code local[2]}; for the
 * bundled sweep and for a sweep over a generated 100,000-source base (plus that sweep with a
 * no-op source parameter, which makes every run read the whole tree: the route before shared
 * bases). Every way's files must equal the reference's byte for byte, or the run stops. The fixed
 * costs: a one-run sweep from the command line and on Spark, and the merge.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.airshed.benchmarks.sweep.SweepScalingRun \
 *      scenarios/target/airshed.jar scenarios/spark/target/airshed-spark.jar scenarios/spark/target/spark.classpath [REPEATS] [WORKDIR]
 * </pre>
 */
public final class SweepScalingRun {
    private static final List<String> TABLES = List.of("runs.jsonl", "runs.csv", "summary.csv");
    private static final int NATIONAL_SOURCES = 100_000;

    private final Commands commands;
    private final Path work;
    private final int repeats;
    private int directories;

    private SweepScalingRun(Commands commands, Path work, int repeats) {
        this.commands = commands;
        this.work = work;
        this.repeats = repeats;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: SweepScalingRun AIRSHED_JAR SPARK_JAR SPARK_CLASSPATH_FILE [REPEATS] [WORKDIR]");
            System.exit(2);
        }
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Path work = args.length > 4 ? Path.of(args[4]) : Files.createTempDirectory("sweep-scaling");
        Files.createDirectories(work);
        Commands commands = new Commands(Path.of(args[0]), Path.of(args[1]), Files.readString(Path.of(args[2])).strip(),
                work);
        new SweepScalingRun(commands, work, repeats).all();
    }

    private void all() throws Exception {
        System.out.println("load average at the start: " + loadAverage());
        Path national = national();
        measure("yrd-cooperation (900 runs, bundled)", "yrd-cooperation", 900, oneRun("yrd-so2-compensation"));
        measure("national, shared base (40 runs, 10^5 sources)", sweep(national, false).toString(), 40,
                oneRun(national.toString()));
        Path tree = sweep(national, true);
        double treeSeconds = threads(tree.toString(), fresh());
        System.out.printf("national, every run reads the tree: %.1f s for 40 runs, %.0f runs/min on 2 threads%n",
                treeSeconds, 40 * 60 / treeSeconds);
        System.out.println("load average at the end: " + loadAverage());
    }

    /** The three ways on {@code sweep}, {@code repeats} times interleaved; medians, and ratios to threads. */
    private void measure(String title, String sweep, int runs, Path one) throws Exception {
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        Path reference = fresh();
        double first = threads(sweep, reference);
        seconds.computeIfAbsent("threads", k -> new ArrayList<>()).add(first);
        for (int r = 0; r < repeats; r++) {
            if (r > 0) {
                seconds.get("threads").add(threads(sweep, fresh()));
            }
            Path s0 = fresh();
            Path s1 = fresh();
            long start = System.nanoTime();
            double shards = Commands.await(start, commands.airshed("sweep", sweep, "--shard", "0/2", "--threads", "1",
                    "--out", s0.toString()), commands.airshed("sweep", sweep, "--shard", "1/2", "--threads", "1", "--out",
                    s1.toString()));
            Path merged = fresh();
            start = System.nanoTime();
            double merge = Commands.await(start, commands.airshed("sweep", "merge", s0.toString(), s1.toString(), "--out",
                    merged.toString()));
            same(reference, merged);
            seconds.computeIfAbsent("2 shards + merge", k -> new ArrayList<>()).add(shards + merge);
            seconds.computeIfAbsent("(of which the merge)", k -> new ArrayList<>()).add(merge);
            Path spark = fresh();
            start = System.nanoTime();
            seconds.computeIfAbsent("Spark local[2]", k -> new ArrayList<>()).add(Commands.await(start,
                    commands.spark(2, sweep, "--out", spark.toString())));
            same(reference, spark);
        }
        long start = System.nanoTime();
        double resume = Commands.await(start, commands.airshed("sweep", sweep, "--out", reference.toString()));
        start = System.nanoTime();
        double oneLocal = Commands.await(start, commands.airshed("sweep", one.toString(), "--out", fresh().toString()));
        start = System.nanoTime();
        double oneSpark = Commands.await(start, commands.spark(2, one.toString(), "--out", fresh().toString()));

        double reference2 = median(seconds.get("threads"));
        System.out.println();
        System.out.println("### " + title + " (median of " + repeats + ")");
        System.out.println("| way | s | runs per minute | s / threads' s |");
        System.out.println("|---|---:|---:|---:|");
        seconds.forEach((way, list) -> System.out.printf("| %s | %.1f | %s | %.2f |%n", way, median(list),
                way.startsWith("(") ? "" : String.format("%,.0f", runs * 60 / median(list)), median(list) / reference2));
        System.out.printf("fixed costs: a resumed sweep with nothing left (JVM, setup, tables) %.1f s; a one-run sweep"
                + " %.1f s from the command line, %.1f s on Spark local[2]%n", resume, oneLocal, oneSpark);
    }

    private double threads(String sweep, Path out) throws Exception {
        long start = System.nanoTime();
        return Commands.await(start, commands.airshed("sweep", sweep, "--threads", "2", "--out", out.toString()));
    }

    /** The generated base: 10^5 sources in 100 regions, 10 receptor limits. */
    private Path national() throws Exception {
        Path file = work.resolve("national.json");
        if (!Files.exists(file)) {
            Commands.await(System.nanoTime(), commands.airshed("generate", "--sources", Integer.toString(NATIONAL_SOURCES),
                    "--regions", "100", "--receptors", "10", "--seed", "20261206", "--out", file.toString()));
        }
        return file;
    }

    /**
     * Cuts × transfer noise, 5 × 8 replicates; {@code readTree} adds a parameter that scales one
     * source's baseline by 1 (no change to any result), which sends every run through the whole tree.
     */
    private Path sweep(Path base, boolean readTree) throws IOException {
        String noop = readTree ? ", {\"name\": \"noop\", \"path\": \"$.sources[0].baseline\", \"op\": \"scale\","
                + " \"values\": [1]}" : "";
        Path file = work.resolve(readTree ? "national-tree.json" : "national-sweep.json");
        Files.writeString(file, "{\"name\": \"national\", \"scenario\": \"" + base.getFileName() + "\", \"seed\": 7,"
                + " \"replicates\": 8, \"parameters\": [{\"name\": \"cut\", \"path\": \"$.policy.cap\", \"op\":"
                + " \"scale-cut\", \"grid\": {\"from\": 0.8, \"to\": 1.2, \"count\": 5}}, {\"name\": \"noise\", \"path\":"
                + " \"$.transfer.*.*\", \"op\": \"scale\", \"independent\": true, \"draw\": {\"distribution\":"
                + " \"lognormal\", \"mu\": 0, \"sigma\": 0.1}}" + noop + "]}");
        return file;
    }

    /** A sweep of one run of {@code scenario}: what setting up costs. */
    private Path oneRun(String scenario) throws IOException {
        String name = Path.of(scenario).getFileName().toString().replace(".json", "");
        Path file = work.resolve("one-" + name + ".json");
        Files.writeString(file, "{\"name\": \"one\", \"scenario\": \"" + scenario + "\", \"seed\": 1, \"parameters\":"
                + " [{\"name\": \"x\", \"path\": \"$.policy.cap\", \"op\": \"scale\", \"values\": [1]}]}");
        return file;
    }

    private Path fresh() {
        return work.resolve("out-" + (++directories));
    }

    private static void same(Path expected, Path actual) throws IOException {
        for (String table : TABLES) {
            if (Files.mismatch(expected.resolve(table), actual.resolve(table)) != -1) {
                throw new IllegalStateException(actual.resolve(table) + " differs from " + expected.resolve(table));
            }
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            return Arrays.toString(Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }
}
