package org.airshed.benchmarks.games;

import java.util.concurrent.TimeUnit;

import org.airshed.market.game.Game;
import org.airshed.market.game.KohlbergCriterion;
import org.airshed.market.game.Nucleolus;
import org.airshed.market.game.NucleolusResult;
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

/** The nucleolus, and alone the Kohlberg check that {@link Nucleolus#of} runs on it up to 12 players. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class NucleolusBenchmark {
    /** The tolerance Nucleolus.of gives the check, relative to the game's scale. */
    private static final double KOHLBERG_TOLERANCE = 1e-7;

    @Param({"6", "8", "10", "12"})
    public int players;

    @Param({"quadratic", "majority"})
    public String kind;

    private Game game;
    private double[] payoff;

    @Setup
    public void setUp() {
        game = BenchmarkGames.of(kind, players);
        NucleolusResult result = Nucleolus.of(game);
        // Timing a wrong answer would be meaningless: insist on the check wherever Nucleolus.of makes it.
        if (!(result instanceof NucleolusResult.Defined defined)
                || (players <= Nucleolus.KOHLBERG_MAX_PLAYERS && !defined.kohlbergVerified())) {
            throw new IllegalStateException("the " + kind + " game of " + players
                    + " players must have a verified nucleolus to benchmark; got " + result);
        }
        payoff = defined.payoff();
    }

    @Benchmark
    public NucleolusResult nucleolus() {
        return Nucleolus.of(game);
    }

    @Benchmark
    public boolean kohlberg() {
        return KohlbergCriterion.holds(game, payoff, KOHLBERG_TOLERANCE * game.scale());
    }
}
