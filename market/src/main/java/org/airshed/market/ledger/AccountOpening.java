package org.airshed.market.ledger;

/**
 * A participant account opened with a zero balance. {@code creditLimit} (in
 * {@link org.airshed.market.ledger.Quantum#MONEY}) is how far a money account may go below zero: 0 for none,
 * {@link #UNLIMITED_CREDIT} for no limit. Permit accounts take no credit. Opening the first
 * account of an asset also opens that asset's system accounts.
 */
public record AccountOpening(AccountId account, long creditLimit) implements JournalEntry {
    /** No floor on a money account's balance (beyond the range of a long). */
    public static final long UNLIMITED_CREDIT = Long.MAX_VALUE;

    public AccountOpening {
        if (account == null) {
            throw new IllegalArgumentException("account must not be null");
        }
    }

    /** An account without credit. */
    public static AccountOpening of(AccountId account) {
        return new AccountOpening(account, 0);
    }
}
