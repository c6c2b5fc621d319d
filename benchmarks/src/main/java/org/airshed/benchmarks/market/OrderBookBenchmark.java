package org.airshed.benchmarks.market;

import java.util.concurrent.TimeUnit;
import org.airshed.market.orderbook.FastOrderBook;
import org.airshed.market.orderbook.NaiveOrderBook;
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
 * A stream of limit orders with about one cancel per four submits ({@link OrderStream}) replayed
 * into an empty {@link FastOrderBook}, against the same stream read without a book (the floor) and
 * replayed into the {@link NaiveOrderBook} reference, which scans every resting order on each submit
 * and cancel: it stays linear in the stream only because the book holds about 1,500 orders
 * throughout. Each call builds its book inside the timed method,
 * so a call is one whole trading session from an empty book, index growth and node pool included.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class OrderBookBenchmark {
    /** The stream for the fast book and the floor. */
    @State(Scope.Benchmark)
    public static class Stream {
        @Param({"100000", "1000000"})
        public int orders;

        OrderStream stream;

        @Setup
        public void setUp() {
            stream = OrderStream.draw(orders, MarketSeed.SEED, new FastOrderBook());
        }
    }

    /** The same stream for the naive book, in its own state so that only the naive runs pay for the check. */
    @State(Scope.Benchmark)
    public static class ReferenceStream {
        @Param({"100000", "1000000"})
        public int orders;

        OrderStream stream;

        @Setup
        public void setUp() {
            stream = OrderStream.draw(orders, MarketSeed.SEED, new FastOrderBook());
            // Timing a wrong book would be meaningless: both must trade the same on this stream.
            BookTotals fast = stream.replay(new FastOrderBook());
            BookTotals naive = stream.replay(new NaiveOrderBook());
            if (!fast.equals(naive) || fast.cancelled() == 0 || fast.fills() == 0) {
                throw new IllegalStateException("fast and naive books must trade the same on the " + orders
                        + "-order stream; fast " + fast + ", naive " + naive);
            }
        }
    }

    @Benchmark
    public long readPass(Stream s) {
        return s.stream.readPass();
    }

    @Benchmark
    public BookTotals fast(Stream s) {
        return s.stream.replay(new FastOrderBook());
    }

    @Benchmark
    public BookTotals naive(ReferenceStream s) {
        return s.stream.replay(new NaiveOrderBook());
    }
}
