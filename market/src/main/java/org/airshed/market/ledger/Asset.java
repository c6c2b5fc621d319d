package org.airshed.market.ledger;

import java.util.Comparator;

/**
 * What an account holds: permits of one pollutant, vintage and zone ({@link PermitAsset}, in
 * {@link org.airshed.market.ledger.Quantum#PERMIT}) or money of one currency ({@link Cash}, in {@link org.airshed.market.ledger.Quantum#MONEY}).
 */
public sealed interface Asset permits PermitAsset, Cash {
    /** Permits before money; permits by pollutant, vintage, zone; money by currency. */
    Comparator<Asset> ORDER = (a, b) -> {
        if (a instanceof PermitAsset p && b instanceof PermitAsset q) {
            return PermitAsset.ORDER.compare(p, q);
        }
        if (a instanceof Cash c && b instanceof Cash d) {
            return c.currency().compareTo(d.currency());
        }
        return a instanceof PermitAsset ? -1 : 1;
    };

    /** Checks a name field: present, not blank, no surrounding white space. */
    static String requireName(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        if (value.isBlank() || !value.strip().equals(value)) {
            throw new IllegalArgumentException(field + " must be non-blank without surrounding white space; got \""
                    + value + "\"");
        }
        return value;
    }
}
