package org.airshed.benchmarks.allocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The whole allocation comparison of issue #6 as one command: runs every benchmark of this
 * package through JMH (each class's own forks, heaps and iterations), writes JMH's JSON, and
 * prints the table of times and the ratios the targets are stated in, each ratio from two
 * scores of the same run.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.airshed.benchmarks.allocation.AllocationComparisonRun \
 *     [INCLUDE_REGEX [RESULT.json]]</pre>
 */
public final class AllocationComparisonRun {
    private AllocationComparisonRun() {
    }

    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 ? args[0] : AllocationComparisonRun.class.getPackageName() + "\\..*Benchmark";
        String json = args.length > 1 ? args[1] : "allocation.json";
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", load average at start " + loadAverage());
        Options options = new OptionsBuilder().include(include).resultFormat(ResultFormatType.JSON).result(json)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Scores scores = new Scores();
        for (RunResult r : results) {
            scores.add(r);
        }
        System.out.println();
        System.out.println("load average at end " + loadAverage() + "; JMH results in " + json);
        System.out.println();
        report(scores);
    }

    static void report(Scores s) {
        System.out.println("| cap only, N × 5 | one-pass floor ms | exact 1 thread ms | exact 2 threads ms |"
                + " 1 thread / floor | 2 threads / floor |");
        System.out.println("|---|---|---|---|---|---|");
        for (String n : new String[] {"10000", "100000", "1000000"}) {
            double floor = s.get("CapOnlyBenchmark.onePassFloor", "sources=" + n + ",threads=1");
            double one = s.get("CapOnlyBenchmark.exactSolve", "sources=" + n + ",threads=1");
            double two = s.get("CapOnlyBenchmark.exactSolve", "sources=" + n + ",threads=2");
            row(n, floor, one, two, one / floor, two / floor);
        }
        System.out.println();
        System.out.println("| cap + K receptors, N × 5 | K | one-pass floor ms | exact 1 thread ms | exact 2 threads ms |");
        System.out.println("|---|---|---|---|---|");
        for (String n : new String[] {"100000", "1000000"}) {
            for (String k : new String[] {"10", "100"}) {
                String params = "receptors=" + k + ",sources=" + n + ",threads=";
                row(n + " | " + k, s.get("ReceptorBenchmark.onePassFloor", params + 1),
                        s.get("ReceptorBenchmark.exactSolve", params + 1), s.get("ReceptorBenchmark.exactSolve", params + 2));
            }
        }
        System.out.println();
        System.out.println("| GLOP instance N x K | GLOP build ms | GLOP solve ms | exact 2 threads ms | exact 1 thread ms |"
                + " GLOP solve / exact 2 threads | GLOP solve / exact 1 thread | (build + solve) / exact 2 threads |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (String instance : new String[] {"100000x0", "1000000x0", "100000x10", "1000000x10", "100000x100"}) {
            String params = "instance=" + instance;
            double build = s.get("GlopComparisonBenchmark.glopBuild", params);
            double solve = s.get("GlopComparisonBenchmark.glopSolve", params);
            double two = s.get("GlopComparisonBenchmark.exactSolve", params);
            double one = s.get("GlopComparisonBenchmark.exactSolveOneThread", params);
            row(instance, build, solve, two, one, solve / two, solve / one, (build + solve) / two);
        }
        System.out.println();
        System.out.println("| Commons Math, 400 × 5 = 2,000 blocks, K | SimplexSolver ms | exact ms | simplex / exact |");
        System.out.println("|---|---|---|---|");
        for (String k : new String[] {"0", "10"}) {
            double simplex = s.get("CommonsMathComparisonBenchmark.commonsMathSimplex", "receptors=" + k);
            double exact = s.get("CommonsMathComparisonBenchmark.exactSolve", "receptors=" + k);
            row(k, simplex, exact, simplex / exact);
        }
        System.out.println();
        System.out.println("| -Xmx1g, 10⁶ × 5, K | exact ms (2 threads) |");
        System.out.println("|---|---|");
        for (String k : new String[] {"0", "10"}) {
            row(k, s.get("OneGigabyteHeapBenchmark.exactSolve", "receptors=" + k + ",sources=1000000"));
        }
        System.out.println();
        targets(s);
    }

    /** The targets, each from scores of this run; on 2 threads (the target machine has 2 cores). */
    static void targets(Scores s) {
        double capFloor = s.get("CapOnlyBenchmark.onePassFloor", "sources=1000000,threads=1");
        double capExact = s.get("CapOnlyBenchmark.exactSolve", "sources=1000000,threads=2");
        double k10 = s.get("ReceptorBenchmark.exactSolve", "receptors=10,sources=1000000,threads=2");
        double glopK10 = s.get("GlopComparisonBenchmark.glopSolve", "instance=1000000x10");
        double exactK10SameFork = s.get("GlopComparisonBenchmark.exactSolve", "instance=1000000x10");
        double k100 = s.get("ReceptorBenchmark.exactSolve", "receptors=100,sources=100000,threads=2");
        System.out.println("| target (2 threads) | measured | met |");
        System.out.println("|---|---|---|");
        verdict("cap only 10⁶ × 5 within 10 × the one-pass floor", capExact / capFloor, "× the floor",
                capExact / capFloor <= 10);
        verdict("K = 10 at 10⁶ × 5 at least 30 × faster than GLOP (solve only, same fork)",
                glopK10 / exactK10SameFork, "× faster", glopK10 / exactK10SameFork >= 30);
        verdict("K = 10 at 10⁶ × 5 under 2 s", k10, "ms", k10 < 2000);
        verdict("K = 100 at 10⁵ × 5 exact (gap ≤ 1e-9, checked in setup) under 5 s", k100, "ms", k100 < 5000);
        double heap = s.get("OneGigabyteHeapBenchmark.exactSolve", "receptors=10,sources=1000000");
        verdict("10⁶ sources built and solved (K = 0 and 10) in -Xmx1g", heap, "ms for K = 10", !Double.isNaN(heap));
    }

    private static void verdict(String target, double value, String unit, boolean met) {
        System.out.println("| " + target + " | " + (Double.isNaN(value) ? "not run"
                : String.format(Locale.ROOT, "%.3g %s", value, unit)) + " | "
                + (Double.isNaN(value) ? "—" : met ? "yes" : "no") + " |");
    }

    private static void row(String label, double... values) {
        StringBuilder line = new StringBuilder("| ").append(label);
        for (double v : values) {
            line.append(" | ").append(Double.isNaN(v) ? "—" : String.format(Locale.ROOT, v < 10 ? "%.3g" : "%.1f", v));
        }
        System.out.println(line.append(" |"));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Scores (ms per call) by "Class.method" and sorted parameters "a=1,b=2"; NaN when not run. */
    static final class Scores {
        private final Map<String, Double> byKey = new TreeMap<>();

        void add(RunResult r) {
            String benchmark = r.getParams().getBenchmark();
            String[] parts = benchmark.split("\\.");
            String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
            StringBuilder params = new StringBuilder();
            for (String key : new TreeSet<>(r.getParams().getParamsKeys())) {
                if (params.length() > 0) {
                    params.append(',');
                }
                params.append(key).append('=').append(r.getParams().getParam(key));
            }
            byKey.put(name + "|" + params, r.getPrimaryResult().getScore());
        }

        double get(String benchmark, String params) {
            return byKey.getOrDefault(benchmark + "|" + params, Double.NaN);
        }
    }
}
