package org.airshed.market.ledger;

import java.util.Arrays;
import java.util.List;

/**
 * Movements applied together under one id, all or nothing: a trade is typically permits seller →
 * buyer, price buyer → seller and a fee buyer → exchange. Legs apply in order, and each must keep
 * its accounts within their limits. Applying the same transaction again is a no-op; another
 * transaction under a used id is rejected.
 */
public record Transaction(String id, List<Movement> movements) implements JournalEntry {
    public Transaction {
        Asset.requireName(id, "transaction id");
        if (movements == null) {
            throw new IllegalArgumentException("transaction " + id + ": movements must not be null");
        }
        for (int leg = 0; leg < movements.size(); leg++) {
            if (movements.get(leg) == null) {
                throw new IllegalArgumentException("transaction " + id + ": movement " + leg + " is null");
            }
        }
        movements = List.copyOf(movements);
    }

    public static Transaction of(String id, Movement... movements) {
        if (movements == null) {
            throw new IllegalArgumentException("transaction " + id + ": movements must not be null");
        }
        return new Transaction(id, Arrays.asList(movements));
    }

    /** The id of leg {@code leg}: {@code id#leg}, counting from 0. */
    public String movementId(int leg) {
        if (leg < 0 || leg >= movements.size()) {
            throw new IllegalArgumentException("transaction " + id + " has legs 0 to " + (movements.size() - 1)
                    + "; got " + leg);
        }
        return id + "#" + leg;
    }
}
