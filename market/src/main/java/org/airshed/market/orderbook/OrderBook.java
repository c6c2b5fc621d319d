package org.airshed.market.orderbook;

import java.util.List;
import org.airshed.market.ledger.Quantum;

/**
 * A continuous double auction: a limit order book with price–time priority. An incoming order
 * trades against resting orders of the other side while prices cross, better price first and,
 * at one price, earlier arrival first; each fill executes at the resting (maker) order's price.
 * What is left of the incoming order rests. Amounts are price and quantity ticks
 * ({@link org.airshed.market.ledger.Quantum}). Bad input is answered with a {@link ResultCode},
 * checked in this order: quantity, price, duplicate id, volume overflow.
 */
public interface OrderBook {
    /** Returned by {@link #bestBid()} and {@link #bestAsk()} when that side is empty. */
    long NONE = -1;

    SubmitResult submit(LimitOrder order);

    /** Removes the resting order {@code orderId}: {@link ResultCode#CANCELLED} or {@link ResultCode#UNKNOWN_ORDER}. */
    ResultCode cancel(long orderId);

    /** Highest resting buy price, or {@link #NONE}. */
    long bestBid();

    /** Lowest resting sell price, or {@link #NONE}. */
    long bestAsk();

    /** Quantity ticks resting on {@code side} at {@code price}. */
    long volumeAt(Side side, long price);

    /** Number of resting orders, both sides. */
    int orderCount();

    /** Resting orders of {@code side} in priority order, each with its remaining quantity. */
    List<LimitOrder> orders(Side side);
}
