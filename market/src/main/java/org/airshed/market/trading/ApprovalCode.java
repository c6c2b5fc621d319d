package org.airshed.market.trading;

/** Outcome of a trade submitted for approval under trading ratios; rejections are codes, not exceptions. */
public enum ApprovalCode {
    APPROVED,
    /** A source index outside the problem. */
    UNKNOWN_SOURCE,
    /** Seller and buyer are the same source. */
    SAME_SOURCE,
    /** The amount offered is not a positive finite number. */
    INVALID_AMOUNT,
    /** The seller holds fewer permits than it offers. */
    SELLER_SHORT,
    /** The seller's emissions do not reach a receptor the buyer's do: no amount would be offset. */
    ZERO_RATIO,
    /** Neither a receptor nor the cap limits the buyer's emissions: no finite ratio. */
    UNBOUNDED_RATIO
}
