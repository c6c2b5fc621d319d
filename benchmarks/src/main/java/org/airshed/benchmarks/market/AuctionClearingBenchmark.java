package org.airshed.benchmarks.market;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.airshed.market.auction.AuctionResult;
import org.airshed.market.auction.AuctionRules;
import org.airshed.market.auction.AuctionStatus;
import org.airshed.market.auction.Bid;
import org.airshed.market.auction.ReferenceAuction;
import org.airshed.market.auction.UniformPriceAuction;
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
 * A uniform-price permit auction ({@link RandomBids}) cleared by {@link UniformPriceAuction}, against
 * a pass reading every bid (the floor) and, up to 10⁵ bids, the brute-force {@link ReferenceAuction}
 * (O(distinct prices × bids): about 2,000 distinct prices here).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AuctionClearingBenchmark {
    /** Seed of the tie-breaking order at the clearing price. */
    private static final long TIE_SEED = 7;

    /** Bids for the fast auction and the floor. */
    @State(Scope.Benchmark)
    public static class Bids {
        @Param({"10000", "100000", "1000000"})
        public int bids;

        List<Bid> list;
        AuctionRules rules;

        @Setup
        public void setUp() {
            list = RandomBids.draw(bids, MarketSeed.SEED);
            rules = RandomBids.rules(list);
        }
    }

    /** Bids for the reference, which must agree with the fast auction on them. */
    @State(Scope.Benchmark)
    public static class ReferenceBids {
        @Param({"10000", "100000"})
        public int bids;

        List<Bid> list;
        AuctionRules rules;

        @Setup
        public void setUp() {
            list = RandomBids.draw(bids, MarketSeed.SEED);
            rules = RandomBids.rules(list);
            AuctionResult fast = UniformPriceAuction.clear(list, rules, TIE_SEED);
            AuctionResult reference = ReferenceAuction.clear(list, rules, TIE_SEED);
            if (!fast.equals(reference) || fast.status() != AuctionStatus.CLEARED) {
                throw new IllegalStateException("the fast auction must clear " + bids + " bids as the reference does;"
                        + " fast " + fast.status() + " at " + fast.clearingPrice() + ", reference "
                        + reference.status() + " at " + reference.clearingPrice());
            }
        }
    }

    @Benchmark
    public long readPass(Bids s) {
        long sum = 0;
        for (Bid bid : s.list) {
            sum += bid.price() + bid.quantity();
        }
        return sum;
    }

    @Benchmark
    public AuctionResult fast(Bids s) {
        return UniformPriceAuction.clear(s.list, s.rules, TIE_SEED);
    }

    @Benchmark
    public AuctionResult reference(ReferenceBids s) {
        return ReferenceAuction.clear(s.list, s.rules, TIE_SEED);
    }
}
