package org.airshed.benchmarks.market;

import java.util.SplittableRandom;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.orderbook.Fill;
import org.airshed.market.orderbook.LimitOrder;
import org.airshed.market.orderbook.OrderBook;
import org.airshed.market.orderbook.ResultCode;
import org.airshed.market.orderbook.Side;
import org.airshed.market.orderbook.SubmitResult;

/**
 * A seeded, pre-drawn flow of limit orders and cancels for a continuous double auction, in
 * {@link org.airshed.market.ledger.Quantum}. Prices lie on a grid of {@link #GRID} price ticks
 * around a mid that starts at 100.00 money per permit and moves one step up or down every 20
 * orders on average: 70 % of the orders rest 1 to about 20 grid steps behind the mid (geometric
 * depth, mean 3 steps), 30 % are marketable and cross it by 1 to 3 steps. Sizes are whole
 * permits, log-normal (median 5, one order in a hundred above 50). After a submit, with
 * probability 1/4, one order then resting, chosen uniformly, is cancelled. The book then holds
 * about 1,500 orders throughout, the spread one or two grid steps. A stream of n orders is the
 * first n orders of any longer stream from the same seed.
 */
final class OrderStream {
    /** Price ticks between two allowed prices (0.05 money). */
    static final long GRID = 5;
    private static final long START_MID = 10_000;
    private static final long QUANTITY_TICKS_PER_PERMIT = 1_000;
    private static final int TRADERS = 1_000;

    /** The submits, in order; order k has id k. */
    final LimitOrder[] orders;
    /** Id of the order cancelled right after submit k, or −1 for none. */
    final long[] cancels;

    private OrderStream(LimitOrder[] orders, long[] cancels) {
        this.orders = orders;
        this.cancels = cancels;
    }

    /**
     * Draws {@code size} orders. Which orders rest (and so can be cancelled) depends on the
     * matching, so the stream is drawn while replaying it into {@code book}, which must be empty;
     * the benchmark then checks that the naive book agrees.
     */
    static OrderStream draw(int size, long seed, OrderBook book) {
        if (size < 1) {
            throw new IllegalArgumentException("order stream size must be ≥ 1, got " + size);
        }
        SplittableRandom random = new SplittableRandom(seed);
        String[] traders = new String[TRADERS];
        for (int t = 0; t < TRADERS; t++) {
            traders[t] = "trader-" + t;
        }
        LimitOrder[] orders = new LimitOrder[size];
        long[] cancels = new long[size];
        RestingSet resting = new RestingSet(size);
        long mid = START_MID;
        for (int k = 0; k < size; k++) {
            if (random.nextInt(20) == 0) {
                mid = Math.max(50 * GRID, mid + (random.nextBoolean() ? GRID : -GRID));
            }
            Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            long steps = random.nextInt(10) < 3 ? -1 - random.nextInt(3) : 1 + geometric(random, 1.0 / 3);
            long price = side == Side.BUY ? mid - steps * GRID : mid + steps * GRID;
            long permits = Math.max(1, Math.round(5 * Math.exp(1.0 * random.nextGaussian())));
            LimitOrder order = new LimitOrder(k, traders[random.nextInt(TRADERS)], side, Math.max(GRID, price),
                    permits * QUANTITY_TICKS_PER_PERMIT);
            orders[k] = order;
            SubmitResult result = book.submit(order);
            if (result.code() != ResultCode.ACCEPTED) {
                throw new IllegalStateException("order " + order + " was not accepted: " + result.code());
            }
            long left = order.quantity();
            for (Fill fill : result.fills()) {
                left -= fill.quantity();
                resting.fill((int) fill.makerId(), fill.quantity());
            }
            resting.add(k, left);
            cancels[k] = -1;
            if (random.nextInt(4) == 0 && resting.size() > 0) {
                int victim = resting.removeAt(random.nextInt(resting.size()));
                if (book.cancel(victim) != ResultCode.CANCELLED) {
                    throw new IllegalStateException("order " + victim + " should be resting, but its cancel failed");
                }
                cancels[k] = victim;
            }
        }
        return new OrderStream(orders, cancels);
    }

    int size() {
        return orders.length;
    }

    /** Submits every order and makes every cancel, in stream order, into {@code book}. */
    BookTotals replay(OrderBook book) {
        long fills = 0;
        long volume = 0;
        long value = 0;
        long cancelled = 0;
        for (int k = 0; k < orders.length; k++) {
            for (Fill fill : book.submit(orders[k]).fills()) {
                fills++;
                volume += fill.quantity();
                value += fill.price() * fill.quantity();
            }
            if (cancels[k] >= 0 && book.cancel(cancels[k]) == ResultCode.CANCELLED) {
                cancelled++;
            }
        }
        return new BookTotals(fills, volume, value, cancelled, book.orderCount());
    }

    /** The floor a book is measured against: one pass reading every order and cancel, with no book. */
    long readPass() {
        long sum = 0;
        for (int k = 0; k < orders.length; k++) {
            sum += orders[k].quantity() + orders[k].price() + cancels[k];
        }
        return sum;
    }

    /** Failures before the first success of probability p: mean (1 − p)/p, a thin tail. */
    private static long geometric(SplittableRandom random, double p) {
        return (long) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p));
    }
}
