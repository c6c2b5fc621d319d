package org.airshed.benchmarks.national;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.airshed.scenarios.cli.AirshedCommand;

/**
 * The same {@code airshed run} repeated in one JVM: the first run is what a user's cold command does
 * after JVM start, the later ones what it would cost once the JIT has compiled the code. Beside
 * {@link WholeRunRatio} (fresh JVMs) it separates a run's own work from the JIT's warm-up, which
 * is what decides issue 17's 10⁵-source target. Each run writes to its own folder; the command's
 * standard output is dropped, its exit code checked.
 *
 * <pre>
 * java -XX:+UseSerialGC -XX:FreqInlineSize=50 -XX:InlineSmallCode=500 \
 *      -cp benchmarks/target/benchmarks.jar org.airshed.benchmarks.national.WarmRunFloor SCENARIO [RUNS] [WORKDIR]
 * </pre>
 * (the launcher's flags on a 2-core machine; add {@code -XX:TieredStopAtLevel=1} for C1 alone).
 * Defaults: 8 runs, a temporary directory. Prints each run's wall time and the median of all runs
 * but the first two.
 */
public final class WarmRunFloor {
    private WarmRunFloor() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: WarmRunFloor SCENARIO [RUNS] [WORKDIR]");
            System.exit(2);
        }
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("warm-run");
        PrintStream out = System.out;
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            Path dir = work.resolve("run" + i);
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            long start = System.nanoTime();
            int code;
            try {
                code = AirshedCommand.newCommandLine().execute("run", args[0], "--out", dir.toString());
            } finally {
                System.setOut(out);
            }
            seconds[i] = (System.nanoTime() - start) / 1e9;
            if (code != 0) {
                throw new IllegalStateException("run " + i + " exited " + code);
            }
            out.printf(Locale.ROOT, "run %d: %.3f s%n", i + 1, seconds[i]);
        }
        if (runs > 2) {
            double[] warm = Arrays.copyOfRange(seconds, 2, runs);
            Arrays.sort(warm);
            int n = warm.length;
            double median = n % 2 == 1 ? warm[n / 2] : (warm[n / 2 - 1] + warm[n / 2]) / 2;
            out.printf(Locale.ROOT, "first run %.3f s; warm (runs 3-%d) median %.3f s%n", seconds[0], runs, median);
        }
    }
}
