package org.airshed.market.ledger;

/**
 * What the ledger did with an operation: a {@link ResultCode} and, for a rejection, a message
 * naming the leg, accounts and amounts at fault.
 */
public record LedgerResult(ResultCode code, String message) {
    public LedgerResult {
        if (code == null || message == null) {
            throw new IllegalArgumentException("code and message must not be null; got " + code + ", " + message);
        }
    }

    /** True when the operation changed the ledger. */
    public boolean isApplied() {
        return code == ResultCode.APPLIED;
    }

    @Override
    public String toString() {
        return message.isEmpty() ? code.toString() : code + ": " + message;
    }
}
