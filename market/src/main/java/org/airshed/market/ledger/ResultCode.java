package org.airshed.market.ledger;

/**
 * The outcome of an operation on the {@link Ledger}. Only {@link #APPLIED} changes the ledger;
 * every other code leaves it exactly as it was.
 */
public enum ResultCode {
    /** Done and journaled. */
    APPLIED,
    /** The same transaction or opening again: nothing to do (a safe retry). */
    DUPLICATE_IGNORED,
    /** The id (transaction id, or account for an opening) was used before with different content. */
    ID_CONFLICT,
    /** A transaction with no movements. */
    EMPTY_TRANSACTION,
    /** An account that has not been opened. */
    UNKNOWN_ACCOUNT,
    /** A movement of zero or a negative amount. */
    NON_POSITIVE_AMOUNT,
    /** A movement from an account to itself. */
    SAME_ACCOUNT,
    /** A movement between accounts that hold different assets. */
    ASSET_MISMATCH,
    /** A movement whose accounts do not fit its kind, e.g. an ISSUE between participants. */
    KIND_MISMATCH,
    /** A payer would go below zero (permits) or below minus its credit limit (money). */
    OVERDRAFT,
    /** A balance would leave the range of a long. */
    BALANCE_OVERFLOW,
    /** An opening of a system account (holder starting with {@code @}); those open themselves. */
    RESERVED_HOLDER,
    /** A negative credit limit, or credit on a permit account. */
    INVALID_CREDIT_LIMIT,
    /** Anything after the closing record: a closed journal takes no more entries. */
    LEDGER_CLOSED
}
