package org.airshed.benchmarks.games;

import java.util.concurrent.TimeUnit;

import org.airshed.market.game.Game;
import org.airshed.market.game.LeastCore;
import org.airshed.market.game.LeastCoreResult;
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

/** The least core by row generation, on a game with a core and on one without. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LeastCoreBenchmark {
    @Param({"10", "12", "16", "20"})
    public int players;

    @Param({"quadratic", "majority"})
    public String kind;

    private Game game;

    @Setup
    public void setUp() {
        game = BenchmarkGames.of(kind, players);
    }

    @Benchmark
    public LeastCoreResult leastCore() {
        return LeastCore.of(game);
    }
}
