package org.airshed.market.ledger;

import java.util.Comparator;

/**
 * Permits for one pollutant (e.g. {@code SO2}), of one vintage (the year or compliance period in
 * which they may first be used, ≥ 0), valid in one zone (e.g. a RECLAIM zone or a region).
 */
public record PermitAsset(String pollutant, int vintage, String zone) implements Asset {
    static final Comparator<PermitAsset> ORDER = Comparator.comparing(PermitAsset::pollutant)
            .thenComparingInt(PermitAsset::vintage).thenComparing(PermitAsset::zone);

    public PermitAsset {
        Asset.requireName(pollutant, "pollutant");
        Asset.requireName(zone, "zone");
        if (vintage < 0) {
            throw new IllegalArgumentException("vintage must be ≥ 0; got " + vintage);
        }
    }

    /** {@code pollutant/vintage/zone}, e.g. {@code SO2/2025/north}. */
    @Override
    public String toString() {
        return pollutant + "/" + vintage + "/" + zone;
    }
}
