package org.airshed.benchmarks.games;

import java.util.concurrent.TimeUnit;

import org.airshed.market.game.CoreCheck;
import org.airshed.market.game.CoreResult;
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

/** The O(2ⁿ) core check against its O(n·2ⁿ) brute-force reference, on the Shapley payoff. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CoreCheckBenchmark {
    @Param({"16", "20"})
    public int players;

    private Game game;
    private double[] gains;

    @Setup
    public void setUp() {
        game = BenchmarkGames.of("quadratic", players);
        // The question a run asks: is the Shapley split stable? (It is: the γ-game is convex.)
        gains = ShapleyValue.exact(game);
    }

    @Benchmark
    public CoreResult bruteForce() {
        return CoreCheck.bruteForce(game, gains);
    }

    @Benchmark
    public CoreResult of() {
        return CoreCheck.of(game, gains);
    }
}
