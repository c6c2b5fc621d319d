package org.airshed.market.ledger;

import java.math.BigInteger;

/**
 * One permit asset's totals in {@link org.airshed.market.ledger.Quantum#PERMIT}, summed exactly: {@code issued} is minus the
 * issuer's balance, {@code held} the sum over participants. Conserved when
 * issued = held + surrendered + retired.
 */
public record PermitTotals(PermitAsset asset, BigInteger issued, BigInteger held, BigInteger surrendered,
                           BigInteger retired) {
    public PermitTotals {
        if (asset == null || issued == null || held == null || surrendered == null || retired == null) {
            throw new IllegalArgumentException("permit totals must not be null");
        }
    }

    public boolean isConserved() {
        return issued.equals(held.add(surrendered).add(retired));
    }
}
