package org.airshed.scenarios.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.scenarios.library.ScenarioLibrary;
import org.airshed.scenarios.pipeline.Overrides;
import org.airshed.scenarios.pipeline.ScenarioPipeline;
import org.airshed.scenarios.pipeline.ScenarioSource;
import org.airshed.scenarios.run.ScenarioRunner;
import org.airshed.scenarios.sweep.Shard;
import org.airshed.scenarios.sweep.SweepRunner;
import org.airshed.scenarios.sweep.SweepSetup;

/**
 * Result directories the report tests read, each run once per test JVM into a temporary
 * directory (removed at exit): bundled scenarios, the test scenarios under
 * src/test/resources/report, and a small sweep.
 */
final class ReportRuns {
    /** The report tests' scenarios: three bundled, a market over periods, whole technologies. */
    static final List<String> SCENARIOS = List.of("yrd-so2-compensation", "yrd-so2-market", "yrd-so2",
            "two-regions-banking", "two-regions-technologies");
    /** 3 cuts × 2 transaction costs × 2 replicates of yrd-so2-compensation. */
    static final String SMALL_SWEEP = """
            {"name": "small", "description": "Twelve runs of the compensation scenario.",
             "scenario": "yrd-so2-compensation", "seed": 11, "replicates": 2,
             "parameters": [
               {"name": "cut", "targets": [{"path": "$.policy.cap", "op": "scale-cut"},
                                           {"path": "$.policy.duties.*", "op": "scale"}],
                "grid": {"from": 0.8, "to": 1.2, "count": 3}},
               {"name": "tc", "path": "$.regions[*].transactionCost", "values": [0, 50000000]},
               {"name": "noise", "path": "$.transfer.*.*", "op": "scale", "independent": true,
                "draw": {"distribution": "lognormal", "mu": 0, "sigma": 0.2}}]}
            """;
    private static final Map<String, Path> DONE = new ConcurrentHashMap<>();
    private static final Path ROOT = root();

    private ReportRuns() {
    }

    /** The result directory of scenario {@code name}, run on first use. */
    static Path of(String name) {
        return DONE.computeIfAbsent(name, n -> run(n, ROOT.resolve(n)));
    }

    /** Runs scenario {@code name} (bundled, or a test scenario) into {@code out}. */
    static Path run(String name, Path out) {
        try {
            ScenarioRunner runner = new ScenarioRunner(new ExactAllocationSolver(), "test");
            ScenarioPipeline pipeline = runner.pipeline();
            ScenarioDocument document;
            if (ScenarioLibrary.bundled().contains(name)) {
                document = ScenarioLibrary.bundled().document(name);
            } else {
                document = pipeline.read(ScenarioSource.text(name + ".json", resource(name + ".json"), null),
                        Overrides.NONE);
            }
            runner.run(pipeline.context(name + ".json", document), out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The small sweep's directory, run on first use. */
    static Path sweep() {
        return DONE.computeIfAbsent("sweep:small", n -> sweep(ROOT.resolve("small-sweep")));
    }

    static Path sweep(Path out) {
        try {
            Files.createDirectories(out.getParent());
            Path file = out.getParent().resolve(out.getFileName() + ".json");
            Files.writeString(file, SMALL_SWEEP);
            SweepSetup setup = SweepSetup.of(file.toString(), ScenarioLibrary.bundled(), "test");
            new SweepRunner(() -> new ScenarioRunner(new ExactAllocationSolver(), "test"))
                    .run(setup, Shard.WHOLE, out, 2, false, new PrintWriter(new StringWriter()), false);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ReportRuns.class.getResourceAsStream("/report/" + name)) {
            if (in == null) {
                throw new IOException("no test scenario " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path root() {
        try {
            Path root = Files.createTempDirectory("airshed-report-tests");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(root)));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void remove(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
