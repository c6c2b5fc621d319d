package org.airshed.market.orderbook;

import java.util.ArrayList;
import java.util.List;

/**
 * The order book for volume (exchange-core style): per side a sorted ladder of price levels, each
 * an intrusive FIFO queue of pooled order nodes, and an open-addressing id index for cancels.
 * Resting an order or cancelling one allocates nothing once the pools are warm; a submit that
 * trades allocates its fills. Not thread-safe.
 *
 * @see NaiveOrderBook the plain reference it is tested against
 */
public final class FastOrderBook implements OrderBook {
    private final PriceLadder bids = new PriceLadder(Side.BUY);
    private final PriceLadder asks = new PriceLadder(Side.SELL);
    private final OrderIndex index;
    private OrderNode freeNodes;
    private PriceLevel freeLevels;

    public FastOrderBook() {
        this(1 << 10);
    }

    /** A book sized for about {@code expectedOrders} resting orders (it grows beyond). */
    public FastOrderBook(int expectedOrders) {
        if (expectedOrders < 0) {
            throw new IllegalArgumentException("expectedOrders must be >= 0, got " + expectedOrders);
        }
        index = new OrderIndex(expectedOrders);
    }

    @Override
    public SubmitResult submit(LimitOrder order) {
        if (order.quantity() <= 0) {
            return SubmitResult.of(ResultCode.REJECTED_NON_POSITIVE_QUANTITY);
        }
        if (order.price() < 0) {
            return SubmitResult.of(ResultCode.REJECTED_NEGATIVE_PRICE);
        }
        if (index.get(order.id()) != null) {
            return SubmitResult.of(ResultCode.REJECTED_DUPLICATE_ID);
        }
        boolean buy = order.side() == Side.BUY;
        PriceLadder own = buy ? bids : asks;
        PriceLadder other = buy ? asks : bids;
        PriceLevel ownLevel = own.find(order.price());
        if (ownLevel != null && ownLevel.volume > Long.MAX_VALUE - order.quantity()) {
            return SubmitResult.of(ResultCode.REJECTED_VOLUME_OVERFLOW);
        }
        long remaining = order.quantity();
        Fill single = null;
        List<Fill> fills = null;
        for (PriceLevel best = other.best(); best != null && remaining > 0
                && (buy ? best.price <= order.price() : best.price >= order.price()); best = other.best()) {
            while (remaining > 0 && best.head != null) {
                OrderNode maker = best.head;
                long quantity = Math.min(remaining, maker.remaining);
                Fill fill = buy ? new Fill(order.id(), maker.id, order.trader(), maker.trader, best.price, quantity)
                        : new Fill(order.id(), maker.id, maker.trader, order.trader(), best.price, quantity);
                if (single == null) {
                    single = fill;
                } else {
                    if (fills == null) {
                        fills = new ArrayList<>();
                        fills.add(single);
                    }
                    fills.add(fill);
                }
                remaining -= quantity;
                maker.remaining -= quantity;
                best.volume -= quantity;
                if (maker.remaining == 0) {
                    best.unlink(maker);
                    index.remove(maker.id);
                    release(maker);
                }
            }
            if (best.isEmpty()) {
                other.remove(best);
                release(best);
            }
        }
        if (remaining > 0) {
            rest(order, remaining, own, ownLevel);
        }
        if (single == null) {
            return SubmitResult.of(ResultCode.ACCEPTED);
        }
        return new SubmitResult(ResultCode.ACCEPTED, fills == null ? List.of(single) : fills);
    }

    private void rest(LimitOrder order, long remaining, PriceLadder own, PriceLevel existing) {
        PriceLevel level = existing;
        if (level == null) {
            level = acquireLevel(order.price());
            level.ladder = own;
            own.insert(level);
        }
        OrderNode node = acquireNode();
        node.id = order.id();
        node.trader = order.trader();
        node.remaining = remaining;
        level.append(node);
        index.put(node.id, node);
    }

    @Override
    public ResultCode cancel(long orderId) {
        OrderNode node = index.remove(orderId);
        if (node == null) {
            return ResultCode.UNKNOWN_ORDER;
        }
        PriceLevel level = node.level;
        level.unlink(node);
        if (level.isEmpty()) {
            level.ladder.remove(level);
            release(level);
        }
        release(node);
        return ResultCode.CANCELLED;
    }

    @Override
    public long bestBid() {
        PriceLevel best = bids.best();
        return best == null ? NONE : best.price;
    }

    @Override
    public long bestAsk() {
        PriceLevel best = asks.best();
        return best == null ? NONE : best.price;
    }

    @Override
    public long volumeAt(Side side, long price) {
        PriceLevel level = (side == Side.BUY ? bids : asks).find(price);
        return level == null ? 0 : level.volume;
    }

    @Override
    public int orderCount() {
        return index.size();
    }

    @Override
    public List<LimitOrder> orders(Side side) {
        PriceLadder ladder = side == Side.BUY ? bids : asks;
        List<LimitOrder> orders = new ArrayList<>();
        for (int i = ladder.size() - 1; i >= 0; i--) {
            PriceLevel level = ladder.at(i);
            for (OrderNode node = level.head; node != null; node = node.next) {
                orders.add(new LimitOrder(node.id, node.trader, side, level.price, node.remaining));
            }
        }
        return orders;
    }

    private OrderNode acquireNode() {
        OrderNode node = freeNodes;
        if (node == null) {
            return new OrderNode();
        }
        freeNodes = node.next;
        node.next = null;
        return node;
    }

    private void release(OrderNode node) {
        node.trader = null;
        node.level = null;
        node.prev = null;
        node.next = freeNodes;
        freeNodes = node;
    }

    private PriceLevel acquireLevel(long price) {
        PriceLevel level = freeLevels;
        if (level == null) {
            level = new PriceLevel();
        } else {
            freeLevels = level.nextFree;
            level.nextFree = null;
        }
        level.price = price;
        level.volume = 0;
        return level;
    }

    private void release(PriceLevel level) {
        level.head = null;
        level.tail = null;
        level.ladder = null;
        level.nextFree = freeLevels;
        freeLevels = level;
    }
}
