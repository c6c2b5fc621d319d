package org.airshed.market.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast book against the naive one: 200 seeds × 2,000 random submits and cancels (some of them
 * bad), identical codes, fills and book state, and a global balance after every run: what was
 * accepted is filled twice over (taker and maker), cancelled or still resting.
 */
class OrderBookDifferentialTest {
    private static final int SEEDS = 200;
    private static final int OPERATIONS = 2_000;

    @Test
    void fastAndNaiveBooksAgreeOnRandomOrderFlow() {
        long fills = 0;
        long rejections = 0;
        long cancels = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            OrderBook fast = new FastOrderBook(8);
            OrderBook naive = new NaiveOrderBook();
            List<Long> ids = new ArrayList<>();
            long accepted = 0;
            long filled = 0;
            long cancelled = 0;
            long nextId = 0;
            // A drifting mid price keeps the book crossing now on one side, now on the other.
            long mid = 1_000;
            for (int op = 0; op < OPERATIONS; op++) {
                String context = "seed " + seed + ", op " + op;
                if (!ids.isEmpty() && random.nextInt(4) == 0) {
                    long id = random.nextInt(10) == 0 ? nextId + 5 : ids.get(random.nextInt(ids.size()));
                    long remaining = resting(naive, id);
                    ResultCode code = naive.cancel(id);
                    assertEquals(code, fast.cancel(id), context);
                    if (code == ResultCode.CANCELLED) {
                        cancelled += remaining;
                        cancels++;
                    }
                } else {
                    mid = Math.max(20, mid + random.nextInt(5) - 2);
                    LimitOrder order = randomOrder(random, nextId, ids, mid);
                    nextId++;
                    SubmitResult expected = naive.submit(order);
                    assertEquals(expected, fast.submit(order), context + ": " + order);
                    if (expected.code() == ResultCode.ACCEPTED) {
                        accepted += order.quantity();
                        filled += expected.filledQuantity();
                        fills += expected.fills().size();
                        ids.add(order.id());
                    } else {
                        rejections++;
                    }
                }
                assertEquals(naive.bestBid(), fast.bestBid(), context);
                assertEquals(naive.bestAsk(), fast.bestAsk(), context);
                assertEquals(naive.orderCount(), fast.orderCount(), context);
                assertTrue(naive.bestBid() == OrderBook.NONE || naive.bestAsk() == OrderBook.NONE
                        || naive.bestBid() < naive.bestAsk(), context + ": crossed book");
                if (op % 97 == 0) {
                    assertSameState(naive, fast, context);
                }
            }
            assertSameState(naive, fast, "seed " + seed);
            assertEquals(accepted, 2 * filled + cancelled + restingVolume(fast), "seed " + seed + ": balance");
        }
        assertTrue(fills > 100_000 && rejections > 5_000 && cancels > 10_000,
                fills + " fills, " + rejections + " rejections, " + cancels + " cancels");
    }

    private static LimitOrder randomOrder(SplittableRandom random, long nextId, List<Long> ids, long mid) {
        int kind = random.nextInt(100);
        long id = kind < 3 && !ids.isEmpty() ? ids.get(random.nextInt(ids.size())) : nextId;
        long quantity = kind == 3 ? -random.nextInt(3) : 1 + random.nextInt(random.nextBoolean() ? 10 : 200);
        long price = kind == 4 ? -1 - random.nextInt(5) : mid + random.nextInt(21) - 10;
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        return new LimitOrder(id, "t" + random.nextInt(20), side, price, quantity);
    }

    private static void assertSameState(OrderBook naive, OrderBook fast, String context) {
        for (Side side : Side.values()) {
            List<LimitOrder> expected = naive.orders(side);
            assertEquals(expected, fast.orders(side), context + " " + side);
            for (LimitOrder order : expected) {
                assertEquals(naive.volumeAt(side, order.price()), fast.volumeAt(side, order.price()), context);
            }
        }
    }

    private static long resting(OrderBook book, long id) {
        for (Side side : Side.values()) {
            for (LimitOrder order : book.orders(side)) {
                if (order.id() == id) {
                    return order.quantity();
                }
            }
        }
        return 0;
    }

    private static long restingVolume(OrderBook book) {
        long total = 0;
        for (Side side : Side.values()) {
            for (LimitOrder order : book.orders(side)) {
                total += order.quantity();
            }
        }
        return total;
    }
}
