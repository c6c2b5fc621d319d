package org.airshed.market.orderbook;

/**
 * A limit order: {@code trader} buys (sells) up to {@code quantity} permits at {@code price} or
 * better. Amounts in the market's ticks ({@link org.airshed.market.ledger.Quantum}): price per mass
 * unit in 1/100 money units, quantity in 1/1000 mass units. Prices and quantities are checked by
 * the book, which rejects bad ones with a {@link ResultCode} rather than an exception; the record
 * rejects only what is a programming error (a missing side or trader).
 *
 * @param id       caller-chosen id, unique among the orders resting in a book
 */
public record LimitOrder(long id, String trader, Side side, long price, long quantity) {
    public LimitOrder {
        if (side == null) {
            throw new IllegalArgumentException("order " + id + ": side must be BUY or SELL, got null");
        }
        if (trader == null || trader.isBlank()) {
            throw new IllegalArgumentException("order " + id + ": trader must be a non-empty string, got '"
                    + trader + "'");
        }
    }

    public static LimitOrder buy(long id, String trader, long price, long quantity) {
        return new LimitOrder(id, trader, Side.BUY, price, quantity);
    }

    public static LimitOrder sell(long id, String trader, long price, long quantity) {
        return new LimitOrder(id, trader, Side.SELL, price, quantity);
    }
}
