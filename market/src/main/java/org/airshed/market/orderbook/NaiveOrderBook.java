package org.airshed.market.orderbook;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference order book: one list of resting orders in arrival order, scanned in full for
 * every match. Obviously correct, O(n) per fill; the fast book is tested against it.
 */
public final class NaiveOrderBook implements OrderBook {
    private final List<Resting> resting = new ArrayList<>();
    private long arrivals;

    @Override
    public SubmitResult submit(LimitOrder order) {
        if (order.quantity() <= 0) {
            return SubmitResult.of(ResultCode.REJECTED_NON_POSITIVE_QUANTITY);
        }
        if (order.price() < 0) {
            return SubmitResult.of(ResultCode.REJECTED_NEGATIVE_PRICE);
        }
        if (find(order.id()) != null) {
            return SubmitResult.of(ResultCode.REJECTED_DUPLICATE_ID);
        }
        try {
            Math.addExact(volumeAt(order.side(), order.price()), order.quantity());
        } catch (ArithmeticException e) {
            return SubmitResult.of(ResultCode.REJECTED_VOLUME_OVERFLOW);
        }
        List<Fill> fills = new ArrayList<>();
        long remaining = order.quantity();
        while (remaining > 0) {
            Resting maker = bestCounterparty(order);
            if (maker == null) {
                break;
            }
            long quantity = Math.min(remaining, maker.remaining);
            String buyer = order.side() == Side.BUY ? order.trader() : maker.trader;
            String seller = order.side() == Side.BUY ? maker.trader : order.trader();
            fills.add(new Fill(order.id(), maker.id, buyer, seller, maker.price, quantity));
            remaining -= quantity;
            maker.remaining -= quantity;
            if (maker.remaining == 0) {
                resting.remove(maker);
            }
        }
        if (remaining > 0) {
            resting.add(new Resting(order.id(), order.trader(), order.side(), order.price(), remaining, arrivals++));
        }
        return new SubmitResult(ResultCode.ACCEPTED, fills);
    }

    /** The resting order of the other side that crosses {@code order} with the best price, then earliest. */
    private Resting bestCounterparty(LimitOrder order) {
        Resting best = null;
        for (Resting r : resting) {
            if (r.side == order.side()) {
                continue;
            }
            boolean crosses = order.side() == Side.BUY ? r.price <= order.price() : r.price >= order.price();
            if (crosses && (best == null || better(r, best))) {
                best = r;
            }
        }
        return best;
    }

    private static boolean better(Resting a, Resting b) {
        if (a.price != b.price) {
            return a.side == Side.BUY ? a.price > b.price : a.price < b.price;
        }
        return a.arrival < b.arrival;
    }

    @Override
    public ResultCode cancel(long orderId) {
        Resting r = find(orderId);
        if (r == null) {
            return ResultCode.UNKNOWN_ORDER;
        }
        resting.remove(r);
        return ResultCode.CANCELLED;
    }

    @Override
    public long bestBid() {
        long best = NONE;
        for (Resting r : resting) {
            if (r.side == Side.BUY && r.price > best) {
                best = r.price;
            }
        }
        return best;
    }

    @Override
    public long bestAsk() {
        long best = NONE;
        for (Resting r : resting) {
            if (r.side == Side.SELL && (best == NONE || r.price < best)) {
                best = r.price;
            }
        }
        return best;
    }

    @Override
    public long volumeAt(Side side, long price) {
        long total = 0;
        for (Resting r : resting) {
            if (r.side == side && r.price == price) {
                total = Math.addExact(total, r.remaining);
            }
        }
        return total;
    }

    @Override
    public int orderCount() {
        return resting.size();
    }

    @Override
    public List<LimitOrder> orders(Side side) {
        List<Resting> mine = new ArrayList<>();
        for (Resting r : resting) {
            if (r.side == side) {
                mine.add(r);
            }
        }
        mine.sort((a, b) -> better(a, b) ? -1 : better(b, a) ? 1 : 0);
        List<LimitOrder> orders = new ArrayList<>();
        for (Resting r : mine) {
            orders.add(new LimitOrder(r.id, r.trader, r.side, r.price, r.remaining));
        }
        return orders;
    }

    private Resting find(long id) {
        for (Resting r : resting) {
            if (r.id == id) {
                return r;
            }
        }
        return null;
    }

    /** A resting order; {@code remaining} falls as it fills. */
    private static final class Resting {
        final long id;
        final String trader;
        final Side side;
        final long price;
        final long arrival;
        long remaining;

        Resting(long id, String trader, Side side, long price, long remaining, long arrival) {
            this.id = id;
            this.trader = trader;
            this.side = side;
            this.price = price;
            this.remaining = remaining;
            this.arrival = arrival;
        }
    }
}
