package org.airshed.market.ledger;

import java.math.BigInteger;

/**
 * One currency's totals in {@link org.airshed.market.ledger.Quantum#MONEY}, summed exactly: {@code participants} is the money
 * in the market (negative when credit is drawn), {@code external} the outside world's balance.
 * Conserved when they sum to zero.
 */
public record MoneyTotals(Cash currency, BigInteger participants, BigInteger external) {
    public MoneyTotals {
        if (currency == null || participants == null || external == null) {
            throw new IllegalArgumentException("money totals must not be null");
        }
    }

    public boolean isConserved() {
        return participants.add(external).signum() == 0;
    }
}
