package org.airshed.market.study;

import java.util.List;
import org.airshed.market.auction.AuctionResult;
import org.airshed.market.ledger.ConservationReport;
import org.airshed.market.ledger.JournalAudit;
import org.airshed.market.ledger.JournalFinding;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.settlement.MarketLedger;
import org.airshed.market.settlement.Trade;

/**
 * What a market run produced. Prices in money per mass unit, quantities in mass, money in the
 * scenario's money unit; per-source and per-trade figures exact in ledger units.
 *
 * @param status           {@code cleared}, or the auction's status when it did not clear
 * @param clearingPrice    the seller's price (equilibrium), the auction's uniform price, or the
 *                         volume-weighted mean trade price (double auction); NaN when nothing cleared
 * @param buyerPrice       what a buyer pays per unit including the transaction cost
 * @param volume           permits that changed hands (mass), auction sales included
 * @param frictionlessCost total cost of the same market without transaction costs (NaN when not computed)
 * @param leastCost        abatement cost of the least-cost allocation of the same cap (NaN when not computed)
 * @param ledger           the settled ledger, whose journal is written beside the results
 * @param auction          the auction's result, or null
 * @param zones            zone prices and flows, or null
 * @param ambient          receptor prices and permit values, or null
 * @param periods          one entry per compliance period, or empty
 * @param audit            what {@link JournalAudit} finds in the journal: the cap, compliance and closing
 *                         checks (empty when the journal is complete)
 * @param receptors        every receptor limit of the policy against the concentration after trading
 * @param presentValueAbatementCost abatement cost with period t's divided by (1 + r)^t, period 0 as is
 *                         (equal to abatementCost with one period or r = 0)
 */
public record MarketReport(MarketSpec spec, long seed, String status, double clearingPrice, double buyerPrice,
                           double volume, double abatementCost, double transactionCosts, double frictionlessCost,
                           double leastCost, List<SourcePosition> sources, List<RegionPosition> regions,
                           List<Trade> trades, ConservationReport conservation, MarketLedger ledger,
                           AuctionResult auction, ZoneOutcome zones, AmbientOutcome ambient,
                           List<PeriodOutcome> periods, List<String> notes, List<JournalFinding> audit,
                           List<ReceptorOutcome> receptors, double presentValueAbatementCost) {
    public MarketReport {
        receptors = List.copyOf(receptors);
        audit = List.copyOf(audit);
        sources = List.copyOf(sources);
        regions = List.copyOf(regions);
        trades = List.copyOf(trades);
        periods = List.copyOf(periods);
        notes = List.copyOf(notes);
    }

    /** Abatement cost plus transaction costs (money). */
    public double totalCost() {
        return abatementCost + transactionCosts;
    }

    /**
     * The present value of the total cost (money): abatement discounted by period; transaction costs
     * arise only in one-period markets here, so they enter undiscounted.
     */
    public double presentValueTotalCost() {
        return presentValueAbatementCost + transactionCosts;
    }

    /**
     * What frictions cost against the frictionless market (Stavins), to the ledger's money
     * resolution; NaN when the frictionless market was not computed.
     */
    public double lossVsFrictionless() {
        return Double.isNaN(frictionlessCost) ? Double.NaN
                : Quantum.MONEY.toDouble(Quantum.MONEY.of(totalCost() - frictionlessCost));
    }

    /** Zone prices (money per mass) and permits moved between zones (mass). */
    public record ZoneOutcome(List<String> zones, double[] prices, double[][] flows) {
    }

    /**
     * Ambient trading: the ambient least cost's receptor prices μ (money per concentration unit) by
     * receptor id, its permit values by region and cap price λ (money per mass), and its abatement
     * cost; what the offset trades did: permits the regulator held back for the limits before trading
     * and retired unused at the end (mass), pairs with a gain that the limits stopped, passes made, and
     * the penalty per unit a source emits beyond its permits (money per mass).
     */
    public record AmbientOutcome(List<String> receptors, double[] receptorPrices, List<String> regions,
                                 double[] permitValues, double leastCost, double retired, int rejectedTrades,
                                 double capPrice, double withheld, int rounds, double shortfallPenalty) {
    }

    /**
     * One compliance period: price (money per mass), abatement and emissions (mass), the bank
     * carried out of the period (mass), permits sold at the ceiling and withheld at the floor, the
     * period's abatement cost and its present value, cost / (1 + r)^period (money). Off the valves
     * the price is π·(1 + r)^period and the present value that quotient, each the double nearest its
     * exact value at the rate as written ({@link org.airshed.market.trading.CompoundGrowth}).
     */
    public record PeriodOutcome(int period, int vintage, double cap, double price, double abatement, double emissions,
                                double bank, double soldAtCeiling, double withheldAtFloor, double abatementCost,
                                double presentValueAbatementCost) {
    }
}
