package org.airshed.benchmarks.market;

import java.util.concurrent.TimeUnit;
import org.airshed.market.trading.EquilibriumTrading;
import org.airshed.market.trading.TradingEquilibrium;
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
 * The competitive permit equilibrium of n step-curve sources ({@link StepSourceMarket}) by
 * {@link EquilibriumTrading#solve}, against one pass over the 5n blocks' cost and amount arrays
 * computing the supply at the equilibrium price (the memory floor of docs/PERFORMANCE.md), and against
 * the obviously correct reference, bisection on the price with {@value StepSourceMarket#BISECTIONS}
 * such passes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class EquilibriumClearingBenchmark {
    /** Relative error allowed in the clearing check: sums of 5·10⁶ doubles. */
    private static final double TOLERANCE = 1e-9;

    @Param({"10000", "100000", "1000000"})
    public int sources;

    private StepSourceMarket market;
    private double price;

    @Setup
    public void setUp() {
        market = StepSourceMarket.random(sources, MarketSeed.SEED);
        TradingEquilibrium equilibrium = EquilibriumTrading.solve(market.problem(), market.permits(), 0);
        price = equilibrium.sellerPrice();
        // Timing a wrong answer would be meaningless: the price must clear the blocks, checked without SupplyCurve.
        double slack = TOLERANCE * market.required();
        double below = market.supplyAt(Math.nextDown(price));
        double atPrice = market.supplyAt(price);
        if (!(price > 0) || below > market.required() + slack || atPrice < market.required() - slack
                || equilibrium.volume() <= 0) {
            throw new IllegalStateException("the equilibrium price " + price + " of " + sources
                    + " sources does not clear: supply " + below + " below it, " + atPrice + " at it, "
                    + market.required() + " required");
        }
        double bisected = market.bisectPrice();
        if (Math.abs(bisected - price) > TOLERANCE * price) {
            throw new IllegalStateException("bisection finds the price " + bisected + " for " + sources
                    + " sources, the breakpoint search " + price);
        }
    }

    @Benchmark
    public double supplyPass() {
        return market.supplyAt(price);
    }

    @Benchmark
    public double bisection() {
        return market.bisectPrice();
    }

    @Benchmark
    public TradingEquilibrium solve() {
        return EquilibriumTrading.solve(market.problem(), market.permits(), 0);
    }
}
