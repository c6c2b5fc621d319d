package org.airshed.benchmarks.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.scenarios.library.ScenarioLibrary;
import org.airshed.scenarios.run.ScenarioRunner;
import org.airshed.scenarios.sweep.Shard;
import org.airshed.scenarios.sweep.SweepRunner;
import org.airshed.scenarios.sweep.SweepSetup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bundled sweep {@code yrd-cooperation} (900 runs of the YRD compensation scenario, twelve
 * rules each) from start to result files, as {@code airshed sweep} runs it, into a fresh
 * directory per call. Runs per minute = 900 × 60 / (seconds per call). One thread against two
 * shows what the second core buys.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 6)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SweepThroughputBenchmark {
    @Param({"1", "2"})
    public int threads;

    private SweepSetup setup;
    private Path out;

    @Setup(Level.Trial)
    public void read() {
        setup = SweepSetup.of("yrd-cooperation", ScenarioLibrary.bundled(), "benchmark");
    }

    @Setup(Level.Invocation)
    public void freshDirectory() throws IOException {
        out = Files.createTempDirectory("airshed-sweep-bench");
    }

    @TearDown(Level.Invocation)
    public void removeDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Benchmark
    public int sweep() throws IOException, InterruptedException {
        SweepRunner runner = new SweepRunner(() -> new ScenarioRunner(new ExactAllocationSolver(), "benchmark"));
        return runner.run(setup, Shard.WHOLE, out, threads, false, new PrintWriter(new StringWriter()), false).runs();
    }
}
