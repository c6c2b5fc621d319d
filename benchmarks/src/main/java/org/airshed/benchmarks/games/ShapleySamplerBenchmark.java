package org.airshed.benchmarks.games;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.airshed.market.game.SampledShapley;
import org.airshed.market.game.ShapleySampler;
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

/** Sampled Shapley over the closed-form oracle, against the same number of oracle calls alone. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ShapleySamplerBenchmark {
    /** Orders the floor cycles through: enough that branch prediction cannot learn the coalitions. */
    private static final int DRAWN_ORDERS = 1024;

    @Param({"20", "40"})
    public int players;

    @Param("20000")
    public int permutations;

    private QuadraticSavingsGame oracle;
    private int[][] orders;

    @Setup
    public void setUp() {
        oracle = QuadraticSavingsGame.random(players, BenchmarkGames.SEED);
        SplittableRandom random = new SplittableRandom(BenchmarkGames.SEED);
        orders = new int[DRAWN_ORDERS][];
        for (int k = 0; k < DRAWN_ORDERS; k++) {
            orders[k] = random.ints(0, players).distinct().limit(players).toArray();
        }
    }

    /** The floor: the same n oracle calls per order on pre-drawn random orders, with no shuffling or statistics. */
    @Benchmark
    public double oracleCalls() {
        boolean[] members = new boolean[players];
        double sum = 0;
        for (int k = 0; k < permutations; k++) {
            Arrays.fill(members, false);
            for (int p : orders[k % DRAWN_ORDERS]) {
                members[p] = true;
                sum += oracle.value(members);
            }
        }
        return sum;
    }

    @Benchmark
    public SampledShapley sample() {
        return ShapleySampler.sample(oracle, permutations, BenchmarkGames.SEED);
    }
}
