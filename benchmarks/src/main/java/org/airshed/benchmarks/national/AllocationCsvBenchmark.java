package org.airshed.benchmarks.national;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.airshed.scenarios.run.CsvChunks;
import org.airshed.scenarios.run.CsvTable;
import org.airshed.scenarios.run.ResultNumbers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing {@code allocation.csv} at 10^6 rows into a stream that only counts bytes: the byte
 * writer ({@link CsvChunks}, on 1 and 2 formatting threads) against the path it replaced,
 * {@code reference} (a String per cell through {@link ResultNumbers#text}, a list and a String
 * per row through {@link CsvTable#line}, an OutputStreamWriter), in the same run. The rows are
 * seeded and shaped like the generated scenario's: ids, four names, short decimals, sums and
 * products of them at full precision, and 200 region prices that repeat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class AllocationCsvBenchmark {
    private static final List<String> COLUMNS = List.of("source", "region", "sector", "department", "baseline",
            "abatement", "emissions", "cost", "marginalCost", "price");
    private static final String[] SECTORS = {"power", "cement", "steel", "chemicals", "other"};

    @Param("1000000")
    public int rows;

    private String[] id;
    private String[] region;
    private String[] sector;
    private double[][] numbers;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20261122L);
        double[] regionPrice = new double[200];
        for (int r = 0; r < regionPrice.length; r++) {
            regionPrice[r] = 6800 + random.nextDouble() * 100;
        }
        id = new String[rows];
        region = new String[rows];
        sector = new String[rows];
        numbers = new double[6][rows];
        for (int i = 0; i < rows; i++) {
            int r = random.nextInt(regionPrice.length);
            id[i] = String.format("S%07d", i + 1);
            region[i] = String.format("R%03d", r + 1);
            sector[i] = SECTORS[random.nextInt(SECTORS.length)];
            double baseline = random.nextInt(1, 2_000_000) / 1000.0;
            double abatement = 0;
            double cost = 0;
            for (int b = random.nextInt(4); b >= 0 && random.nextBoolean(); b--) {
                double amount = random.nextInt(1, 100_000) / 1000.0;
                abatement += amount;
                cost += amount * (random.nextInt(100, 1_000_000) / 100.0);
            }
            numbers[0][i] = baseline;
            numbers[1][i] = abatement;
            numbers[2][i] = baseline - abatement;
            numbers[3][i] = cost;
            numbers[4][i] = random.nextInt(100, 2_000_000) / 100.0;
            numbers[5][i] = regionPrice[r];
        }
    }

    @Benchmark
    public long bytesOneThread() throws IOException {
        return write(CsvChunks.streamed(COLUMNS, rows, this::rows, 1));
    }

    @Benchmark
    public long bytesTwoThreads() throws IOException {
        return write(CsvChunks.streamed(COLUMNS, rows, this::rows, 2));
    }

    /** The path before: cells as Strings, a list and a line per row, an OutputStreamWriter. */
    @Benchmark
    public long reference() throws IOException {
        Counting counting = new Counting();
        try (OutputStream out = new BufferedOutputStream(counting, 1 << 16)) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(CsvTable.line(COLUMNS));
            for (int i = 0; i < rows; i++) {
                List<String> cells = new ArrayList<>();
                cells.add(id[i]);
                cells.add(region[i]);
                cells.add(sector[i]);
                cells.add("unspecified");
                for (double[] column : numbers) {
                    cells.add(ResultNumbers.text(column[i]));
                }
                writer.write(CsvTable.line(cells));
            }
            writer.flush();
        }
        return counting.bytes;
    }

    private void rows(CsvTable table, int from, int to) {
        for (int i = from; i < to; i++) {
            table.row().text(id[i]).text(region[i]).text(sector[i]).text("unspecified").number(numbers[0][i])
                    .number(numbers[1][i]).number(numbers[2][i]).number(numbers[3][i]).number(numbers[4][i])
                    .number(numbers[5][i]).end();
        }
    }

    private static long write(org.airshed.scenarios.pipeline.ResultFile.Content content) throws IOException {
        Counting counting = new Counting();
        try (OutputStream out = new BufferedOutputStream(counting, 1 << 16)) {
            content.writeTo(out);
        }
        return counting.bytes;
    }

    /** Counts what it is given: the benchmark measures formatting, not the disk. */
    private static final class Counting extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
