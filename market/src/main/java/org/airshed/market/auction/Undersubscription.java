package org.airshed.market.auction;

/** What an auction does when demand at the reserve price falls short of the supply offered there. */
public enum Undersubscription {
    /** Sell nothing (EU ETS practice). */
    CANCEL,
    /** Fill every bid at or above the reserve price, at the reserve price (RGGI practice). */
    SELL_AT_RESERVE
}
