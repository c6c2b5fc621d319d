package org.airshed.benchmarks.market;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;
import org.airshed.market.trading.BankingEquilibrium;
import org.airshed.market.trading.BankingPath;
import org.airshed.market.trading.BankingPolicy;
import org.airshed.market.trading.CompliancePeriod;
import org.airshed.market.trading.CompoundGrowth;
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
 * What the exact banking prices cost: every period's price c·(1+r)^t grown exactly from the cost c that
 * sets it in period 0 and rounded once ({@link CompoundGrowth#path}, the factor carried from period to period, as
 * {@link BankingPath} prices a pool), against the division by the double (1+r)^−t it replaced (the
 * reference), and against the whole {@link BankingPath#solve} of the same periods (one pool, five
 * step sources a period) for scale.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class BankingPriceGrowthBenchmark {
    @Param({"10", "100", "1000"})
    public int periods;

    /** A rate as a user writes it, and one with every digit a double holds. */
    @Param({"0.0375", "0.1234567890123456"})
    public String rate;

    private double r;
    private double pi;
    /** π as the decimal written (a whole number here). */
    private BigDecimal written;
    private CompoundGrowth growth;
    private List<CompliancePeriod> path;
    private BankingPolicy policy;

    @Setup
    public void setUp() {
        r = Double.parseDouble(rate);
        growth = CompoundGrowth.of(r);
        SplittableRandom random = new SplittableRandom(MarketSeed.SEED);
        path = new ArrayList<>();
        for (int t = 0; t < periods; t++) {
            AllocationProblemBuilder b = AllocationProblem.builder();
            int region = b.addRegion("r", 0);
            for (int i = 0; i < 5; i++) {
                // Later periods' blocks cost more in present value than period 0's: one pool, banked forward.
                double cost = t == 0 ? 10 + random.nextInt(90) : 200 * Math.pow(1 + r, t) * (1 + random.nextDouble());
                b.addStepSource(region, 100, new double[] {100}, new double[] {cost});
            }
            // Each later period is 0.01 t short: period 0's cheapest block covers them all.
            path.add(new CompliancePeriod(b.build(), t == 0 ? 500 : 499.99));
        }
        policy = BankingPolicy.banking(r);
        BankingEquilibrium e = BankingPath.solve(path, policy);
        pi = e.price()[0];
        written = new BigDecimal(pi);
        // Timing a wrong answer would be meaningless: the solve's prices are the exact ones, the old division close.
        double[] exact = exact();
        double[] divided = divided();
        BigDecimal factor = BigDecimal.ONE;
        for (int t = 0; t < periods; t++) {
            double reference = new BigDecimal(pi).multiply(factor).doubleValue();
            if (exact[t] != reference || e.price()[t] != reference
                    || Math.abs(divided[t] - reference) > 1e-12 * reference) {
                throw new IllegalStateException("period " + t + " of " + periods + " at r = " + rate + ": exact "
                        + exact[t] + ", solve " + e.price()[t] + ", divided " + divided[t] + ", BigDecimal " + reference);
            }
            factor = factor.multiply(BigDecimal.ONE.add(new BigDecimal(rate)));
        }
    }

    @Benchmark
    public double[] divided() {
        double[] price = new double[periods];
        for (int t = 0; t < periods; t++) {
            price[t] = pi / Math.pow(1 + r, -t);
        }
        return price;
    }

    @Benchmark
    public double[] exact() {
        return growth.path(written, 0, periods);
    }

    @Benchmark
    public BankingEquilibrium solve() {
        return BankingPath.solve(path, policy);
    }
}
