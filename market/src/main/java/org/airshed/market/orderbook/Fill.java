package org.airshed.market.orderbook;

/**
 * One execution: the incoming order {@code takerId} met the resting order {@code makerId}. It
 * executes at the maker's price (price ticks) for {@code quantity} (quantity ticks); {@code buyer}
 * pays price × quantity to {@code seller} and receives the permits.
 */
public record Fill(long takerId, long makerId, String buyer, String seller, long price, long quantity) {
}
