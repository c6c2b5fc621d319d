package org.airshed.market.study;

import java.util.OptionalDouble;
import org.airshed.core.model.Checks;
import org.airshed.market.permits.AllocationRule;

/**
 * A scenario's {@code market} section (docs/FORMAT.md, README): how permits are handed out, how they
 * then change hands, and the market's frictions and rules. Optional parts are null when absent.
 *
 * @param transactionCost money per mass unit bought, paid by the buyer on top of the price (≥ 0)
 * @param pollutant       the permits' pollutant, as the ledger labels them
 * @param vintage         the first period's vintage
 * @param ambient         trades between regions use offset ratios from the transfer matrix
 * @param priceFloor      no permit trades below it (money per mass); permits are withheld to hold it
 * @param priceCeiling    permits are sold without limit at this price (money per mass)
 */
public record MarketSpec(AllocationRule allocation, Mechanism mechanism, double transactionCost, String pollutant,
                         int vintage, ZoneSpec zones, boolean ambient, AuctionSpec auction,
                         DoubleAuctionSpec doubleAuction, PeriodsSpec periods, OptionalDouble priceFloor,
                         OptionalDouble priceCeiling) {
    public static final String DEFAULT_POLLUTANT = "emissions";
    public static final int DEFAULT_VINTAGE = 1;

    public MarketSpec {
        doubleAuction = doubleAuction == null ? DoubleAuctionSpec.DEFAULT : doubleAuction;
        pollutant = pollutant == null ? DEFAULT_POLLUTANT : pollutant;
        priceFloor = priceFloor == null ? OptionalDouble.empty() : priceFloor;
        priceCeiling = priceCeiling == null ? OptionalDouble.empty() : priceCeiling;
        Checks c = new Checks();
        c.require(allocation != null, "allocation", null, "is required");
        c.require(mechanism != null, "mechanism", null, "is required");
        c.finiteNonNegative("transactionCost", transactionCost).notBlank("pollutant", pollutant);
        priceFloor.ifPresent(v -> c.finiteNonNegative("priceFloor", v));
        priceCeiling.ifPresent(v -> c.finiteNonNegative("priceCeiling", v));
        // Settings the mechanism would ignore (the section reader names them at their JSON paths).
        c.require(transactionCost == 0 || mechanism != Mechanism.EQUILIBRIUM || allocation != AllocationRule.AUCTION,
                "transactionCost", transactionCost, "must be 0 with allocation auction: no trade between sources");
        c.require(transactionCost == 0 || zones == null, "transactionCost", transactionCost,
                "must be 0 with zones: zonal trading is priced without frictions");
        if (priceFloor.isPresent() && priceCeiling.isPresent()) {
            c.require(priceFloor.getAsDouble() <= priceCeiling.getAsDouble(), "priceCeiling",
                    priceCeiling.getAsDouble(), "is below the price floor " + priceFloor.getAsDouble());
        }
        c.throwIfAny();
    }

    /** A market with the given rule and mechanism and every other field at its default. */
    public static MarketSpec of(AllocationRule allocation, Mechanism mechanism, double transactionCost) {
        return new MarketSpec(allocation, mechanism, transactionCost, null, DEFAULT_VINTAGE, null, false, null, null,
                null, null, null);
    }
}
