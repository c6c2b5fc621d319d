package org.airshed.benchmarks.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.airshed.core.io.SourcesCsvFile;
import org.airshed.core.model.SourceTable;
import org.airshed.scenarios.generate.GeneratorSpec;
import org.airshed.scenarios.generate.SyntheticScenarioFiles;
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
 * Reading the sources CSV of the issue-17 instance ({@code generate --sources N --regions 200
 * --receptors 10 --min-blocks 5 --blocks 5 --seed 20261122}; 246 MB at 10⁶) into a SourceTable,
 * SHA-256 of the bytes included: the byte-level parallel reader ({@code plain}, on 1 and 2
 * threads) against the commons-csv reference ({@code reference}) and the String-per-cell reader
 * it replaces ({@code rowByRow}), in the same run. Each operation is one whole read (seconds), so
 * single shots; the three readers give the same table (checked in setup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class SourcesCsvReadBenchmark {
    @Param({"1000000"})
    public int sources;

    private Path directory;
    private Path csv;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("sources-csv-read");
        GeneratorSpec spec = GeneratorSpec.of(sources, 200, 10, 20261122L).withExactBlocks(5);
        csv = SyntheticScenarioFiles.write(spec, directory.resolve("national.json")).csv();
        SourceTable plain = SourcesCsvFile.read(csv, 2);
        if (!plain.equals(SourcesCsvFile.readWithReference(csv)) || !plain.equals(SourcesCsvFile.readRowByRow(csv))
                || !plain.origin().equals(SourcesCsvFile.readWithReference(csv).origin())) {
            throw new IllegalStateException("the readers disagree on " + csv);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }

    @Benchmark
    public SourceTable plainOneThread() {
        return SourcesCsvFile.read(csv, 1);
    }

    @Benchmark
    public SourceTable plainTwoThreads() {
        return SourcesCsvFile.read(csv, 2);
    }

    @Benchmark
    public SourceTable rowByRow() {
        return SourcesCsvFile.readRowByRow(csv);
    }

    @Benchmark
    public SourceTable reference() {
        return SourcesCsvFile.readWithReference(csv);
    }
}
