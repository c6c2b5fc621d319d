package org.airshed.market.orderbook;

/**
 * A trade of the {@link DoubleAuctionMarket}: in round {@code round}, source {@code buyer} bought
 * {@code quantity} permits (quantity ticks) from source {@code seller} at {@code price} (price
 * ticks per mass unit). Sources are indices of the allocation problem.
 */
public record DoubleAuctionTrade(int round, int buyer, int seller, long price, long quantity) {
}
