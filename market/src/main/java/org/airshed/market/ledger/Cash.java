package org.airshed.market.ledger;

/** Money of one currency, e.g. {@code CNY}; amounts in {@link MoneyUnits}. */
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
