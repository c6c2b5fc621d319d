package org.airshed.market.auction;

/** How an auction ended. */
public enum AuctionStatus {
    /** Demand at the reserve price covered the supply offered there; the price is set by the bids or a trigger. */
    CLEARED,
    /** Undersubscribed under {@link Undersubscription#CANCEL}: nothing sold. */
    CANCELLED,
    /** Undersubscribed under {@link Undersubscription#SELL_AT_RESERVE}: every bid at or above the reserve filled at it. */
    UNDERSUBSCRIBED_SOLD_AT_RESERVE
}
