package org.airshed.benchmarks.games;

import java.util.concurrent.TimeUnit;

import org.airshed.market.game.Game;
import org.airshed.market.game.ShapleyValue;
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

/** Exact Shapley (n passes over 2ⁿ values) against one pass over the values, the memory floor. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ShapleyValueBenchmark {
    @Param({"12", "16", "20"})
    public int players;

    private Game game;

    @Setup
    public void setUp() {
        game = BenchmarkGames.of("quadratic", players);
    }

    @Benchmark
    public double valuePass() {
        double sum = 0;
        for (int s = 0; s <= game.grandMask(); s++) {
            sum += game.value(s);
        }
        return sum;
    }

    @Benchmark
    public double[] exact() {
        return ShapleyValue.exact(game);
    }
}
