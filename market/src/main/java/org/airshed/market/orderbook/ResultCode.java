package org.airshed.market.orderbook;

/** Outcome of a submit or a cancel. Rejections leave the book unchanged. */
public enum ResultCode {
    /** The order was valid: it filled, rested, or both. */
    ACCEPTED,
    /** The quantity was zero or negative. */
    REJECTED_NON_POSITIVE_QUANTITY,
    /** The price was negative. */
    REJECTED_NEGATIVE_PRICE,
    /** An order with this id is resting in the book. */
    REJECTED_DUPLICATE_ID,
    /** The volume resting at the order's price and side would overflow a long. */
    REJECTED_VOLUME_OVERFLOW,
    /** The order was removed from the book. */
    CANCELLED,
    /** No order with this id rests in the book (never submitted, filled or already cancelled). */
    UNKNOWN_ORDER;

    public boolean isRejection() {
        return name().startsWith("REJECTED_");
    }
}
