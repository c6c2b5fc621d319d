package org.airshed.benchmarks.national;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The whole command a user runs on a national inventory — {@code airshed run} reading the CSV,
 * solving, writing every result file — timed against {@code airshed generate} writing the same
 * instance, in the same run, in fresh JVMs: {@code java -jar AIRSHED_JAR} (no heap option, as with
 * {@code AIRSHED_HEAP} unset), or, given the launcher script ({@code ./airshed}) instead of a jar,
 * through it with the options it adds. Each command runs under GNU {@code /usr/bin/time}, which
 * gives its wall time, CPU time and peak resident set; JVM start ({@code --version}) is measured
 * beside them. Commands alternate (generate, run, generate, run, …) so load on a shared machine
 * falls on both; medians are reported, and the ratios of the medians.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.airshed.benchmarks.national.WholeRunRatio \
 *      scenarios/target/airshed.jar|./airshed [REPEATS] [WORKDIR] [SOURCES...]
 * </pre>
 * Defaults: 3 repeats, a temporary directory, 100000 and 1000000 sources (200 regions, 10
 * receptor limits, 5 blocks per source, seed 20261122: the instance).
 *
 * <p>With {@code -Dagainst=OTHER_JAR} it is an A/B of two builds on the same instance: each repeat
 * also runs {@code OTHER_JAR} ("before"), the two runs in turn first (after, before; before,
 * after; …), and at the end says whether the two result folders are byte for byte the same.
 */
public final class WholeRunRatio {
    /** The command that starts airshed: {@code java -jar JAR}, or the launcher. */
    private final List<String> airshed;
    private final Path work;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    /** The build to compare with ({@code -Dagainst}), or null. */
    private final List<String> before;
    private int started;

    private WholeRunRatio(Path program, Path work) {
        this.airshed = command(program);
        String against = System.getProperty("against");
        this.before = against == null ? null : command(Path.of(against));
        this.work = work;
    }

    private List<String> command(Path program) {
        return program.toString().endsWith(".jar") ? List.of(java, "-jar", program.toString())
                : List.of(program.toAbsolutePath().toString());
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: WholeRunRatio AIRSHED_JAR|LAUNCHER [REPEATS] [WORKDIR] [SOURCES...]");
            System.exit(2);
        }
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("whole-run");
        Files.createDirectories(work);
        List<Integer> sizes = new ArrayList<>();
        for (int a = 3; a < args.length; a++) {
            sizes.add(Integer.parseInt(args[a]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(100_000, 1_000_000);
        }
        WholeRunRatio harness = new WholeRunRatio(Path.of(args[0]), work);
        System.out.println("load average at the start: " + loadAverage());
        List<Measure> start = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            start.add(harness.timed("--version"));
        }
        Measure jvm = Measure.median(start);
        System.out.println("JVM start (--version): " + jvm);
        for (int n : sizes) {
            harness.size(n, repeats, jvm);
        }
        System.out.println("load average at the end: " + loadAverage());
    }

    private void size(int sources, int repeats, Measure jvm) throws IOException, InterruptedException {
        Path scenario = work.resolve("n" + sources + ".json");
        Path out = work.resolve("out" + sources);
        List<Measure> generate = new ArrayList<>();
        List<Measure> run = new ArrayList<>();
        List<Measure> runBefore = new ArrayList<>();
        Path outBefore = work.resolve("out" + sources + "-before");
        for (int r = 0; r < repeats; r++) {
            generate.add(timed(airshed, "generate", "--sources", Integer.toString(sources), "--regions", "200",
                    "--receptors", "10", "--min-blocks", "5", "--blocks", "5", "--seed", "20261122", "--out",
                    scenario.toString()));
            if (before != null && r % 2 == 1) {
                runBefore.add(timed(before, "run", scenario.toString(), "--out", outBefore.toString()));
            }
            run.add(timed(airshed, "run", scenario.toString(), "--out", out.toString()));
            if (before != null && r % 2 == 0) {
                runBefore.add(timed(before, "run", scenario.toString(), "--out", outBefore.toString()));
            }
        }
        Measure g = Measure.median(generate);
        Measure w = Measure.median(run);
        System.out.printf(Locale.ROOT, "%,d sources: generate %s%n", sources, g);
        System.out.printf(Locale.ROOT, "%,d sources: run      %s%n", sources, w);
        if (before != null) {
            Measure b = Measure.median(runBefore);
            System.out.printf(Locale.ROOT, "%,d sources: before   %s%n", sources, b);
            System.out.printf(Locale.ROOT, "%,d sources: before / run = %.2f wall, %.2f CPU; result files %s%n",
                    sources, b.wall / w.wall, b.cpu / w.cpu, sameFiles(outBefore, out) ? "byte-identical" : "DIFFER");
        }
        System.out.printf(Locale.ROOT, "%,d sources: run / generate = %.2f wall, %.2f CPU; run beyond JVM start"
                        + " %.2f s wall, %.2f s CPU; peak RSS %.0f MB%n", sources, w.wall / g.wall, w.cpu / g.cpu,
                w.wall - jvm.wall, w.cpu - jvm.cpu, w.rssMb);
    }

    /** One fresh JVM under /usr/bin/time; throws when it fails. */
    private Measure timed(String... args) throws IOException, InterruptedException {
        return timed(airshed, args);
    }

    private Measure timed(List<String> program, String... args) throws IOException, InterruptedException {
        Path log = work.resolve("command-" + (++started) + ".log");
        Path times = work.resolve("command-" + started + ".time");
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", times.toString()));
        command.addAll(program);
        command.addAll(List.of(args));
        Files.writeString(log, String.join(" ", command) + "\n");
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(1, TimeUnit.HOURS) || p.exitValue() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", args) + "; see " + log);
        }
        String[] f = Files.readString(times).strip().split("\\s+");
        return new Measure(Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2]),
                Long.parseLong(f[3]) / 1024.0);
    }

    /** Whether two folders hold the same relative paths with the same bytes. */
    private static boolean sameFiles(Path a, Path b) throws IOException {
        List<Path> left = files(a);
        if (!left.equals(files(b))) {
            return false;
        }
        for (Path relative : left) {
            if (Files.mismatch(a.resolve(relative), b.resolve(relative)) != -1) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> files(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private static String loadAverage() {
        try {
            return Arrays.toString(Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Wall and CPU (user + system) seconds and peak resident set (MB) of one command, or medians of several. */
    private record Measure(double wall, double cpu, double rssMb) {
        static Measure median(List<Measure> all) {
            return new Measure(median(all.stream().mapToDouble(Measure::wall).toArray()),
                    median(all.stream().mapToDouble(Measure::cpu).toArray()),
                    median(all.stream().mapToDouble(Measure::rssMb).toArray()));
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f s wall, %.2f s CPU, peak RSS %.0f MB", wall, cpu, rssMb);
        }
    }
}
