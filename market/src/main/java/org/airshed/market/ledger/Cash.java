package org.airshed.market.ledger;

/** Money of one currency, e.g. {@code CNY}; amounts in {@link org.airshed.market.ledger.Quantum#MONEY}. */
public record Cash(String currency) implements Asset {
    public Cash {
        Asset.requireName(currency, "currency");
    }

    /** The currency code. */
    @Override
    public String toString() {
        return currency;
    }
}
