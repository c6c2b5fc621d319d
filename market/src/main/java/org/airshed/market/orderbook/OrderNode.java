package org.airshed.market.orderbook;

/** A resting order in {@link FastOrderBook}: a link of its price level's FIFO queue; pooled and reused. */
final class OrderNode {
    long id;
    String trader;
    long remaining;
    PriceLevel level;
    OrderNode prev;
    OrderNode next;
}
