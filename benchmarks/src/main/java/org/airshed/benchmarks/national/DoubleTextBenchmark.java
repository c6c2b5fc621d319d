package org.airshed.benchmarks.national;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.airshed.core.util.Jdk17DoubleText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Printing the numbers a result table cannot print as short decimals (sums and products of
 * short decimals at full precision, as mac.csv's cumulative abatement and cost): {@link
 * Jdk17DoubleText} into a byte array against {@code reference}, JDK 17's
 * {@code StringBuilder.append(double)} and a copy of its chars, as the CSV writer did before, in
 * the same run. Warm time only; the first reason for the printer is what it costs C2 to compile
 * (benchmarks/README.md, "JDK 17's digits without JDK 17's printer").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DoubleTextBenchmark {
    private static final int COUNT = 1 << 16;

    private final double[] values = new double[COUNT];
    private final byte[] out = new byte[Jdk17DoubleText.MAX_LENGTH];
    private final Jdk17DoubleText printer = new Jdk17DoubleText();
    private final StringBuilder jdk = new StringBuilder(32);
    private int next;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20261206L);
        double abatement = 0;
        double cost = 0;
        for (int i = 0; i < COUNT; i++) {
            double amount = random.nextInt(1, 100_000) / 1000.0;
            abatement += amount;
            cost += amount * (random.nextInt(100, 1_000_000) / 100.0);
            values[i] = (i & 1) == 0 ? abatement : cost;
        }
    }

    @Benchmark
    public int jdk17DoubleText() {
        return printer.write(values[next++ & (COUNT - 1)], out, 0);
    }

    @Benchmark
    public int reference() {
        jdk.setLength(0);
        jdk.append(values[next++ & (COUNT - 1)]);
        int n = jdk.length();
        for (int i = 0; i < n; i++) {
            out[i] = (byte) jdk.charAt(i);
        }
        return n;
    }
}
