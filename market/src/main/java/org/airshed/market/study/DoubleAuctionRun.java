package org.airshed.market.study;

import java.util.List;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.SectionInputException;
import org.airshed.market.auction.Ticks;
import org.airshed.market.ledger.MoneyUnits;
import org.airshed.market.ledger.PermitUnits;
import org.airshed.market.orderbook.DoubleAuctionMarket;
import org.airshed.market.orderbook.DoubleAuctionResult;
import org.airshed.market.orderbook.DoubleAuctionSettings;
import org.airshed.market.permits.AllocationRule;
import org.airshed.market.permits.InitialAllocation;
import org.airshed.market.settlement.Trade;

/**
 * The continuous double auction among holders of free permits: zero-intelligence traders
 * constrained by their cost curves (Gode and Sunder 1993) post one-lot orders in seeded rounds
 * on a price–time priority book; every fill is settled on the ledger, transaction cost included.
 */
final class DoubleAuctionRun {
    /** Lots per source the default lot size aims at. */
    private static final int LOTS_PER_SOURCE = 100;

    private DoubleAuctionRun() {
    }

    static MarketReport run(ScenarioProblem sp, MarketSpec spec, long seed, double cap) {
        AllocationProblem p = sp.problem();
        MarketRun run = new MarketRun(sp, spec, seed, MarketStudy.assetZones(sp, spec));
        long[] free = MarketStudy.freePermits(sp, spec, cap);
        run.issueFree(free, spec.vintage());
        DoubleAuctionSpec d = spec.doubleAuction();
        long lot = d.lot() > 0 ? PermitUnits.of(d.lot())
                : Math.max(1, PermitUnits.of(cap) / ((long) LOTS_PER_SOURCE * Math.max(1, p.sourceCount())));
        double highest = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            highest = Math.max(highest, p.marginalCost(i, p.maxAbatement(i)));
        }
        DoubleAuctionResult result;
        try {
            result = DoubleAuctionMarket.run(p, free, new DoubleAuctionSettings(lot, Ticks.priceCeil(highest + 1),
                    d.maxRounds(), d.idleRounds()), seed);
        } catch (IllegalArgumentException e) {
            throw new SectionInputException("$.market.allocation", "\"" + spec.allocation().key() + "\"",
                    "leaves a source unable to comply before trading, which the double auction needs: "
                            + e.getMessage());
        }
        double t = spec.transactionCost();
        double value = 0;
        long volume = 0;
        int count = 0;
        for (org.airshed.market.orderbook.Trade fill : result.trades()) {
            double price = Ticks.moneyPerMass(fill.price());
            double mass = PermitUnits.toDouble(fill.quantity());
            run.settle(new Trade("T" + (++count), 0, run.holders.get(fill.seller()), run.holders.get(fill.buyer()),
                    fill.quantity(), price, MoneyUnits.of(Ticks.money(Ticks.revenue(fill.price(), fill.quantity()))),
                    MoneyUnits.of(mass * t)));
            value += price * fill.quantity();
            volume += fill.quantity();
        }
        long[] held = result.finalHoldings();
        for (int i = 0; i < p.sourceCount(); i++) {
            double emissions = Math.min(p.baseline(i), Math.max(p.baseline(i) - p.maxAbatement(i),
                    PermitUnits.toDouble(held[i])));
            run.abate(i, p.baseline(i) - emissions);
        }
        run.comply("p0", run.emissions, spec.vintage());
        run.notes.add("double auction: " + result.rounds() + " rounds, lot " + PermitUnits.toPlainString(lot) + " "
                + sp.scenario().units().mass());
        double leastCost = EquilibriumMarket.solve(p, InitialAllocation.of(AllocationRule.GRANDFATHERING, sp, cap), 0)
                .abatementCost();
        double mean = volume > 0 ? value / volume : Double.NaN;
        return run.finish("cleared", mean, mean + t, EquilibriumMarket.feesPaid(run.trades), Double.NaN, leastCost,
                null, null, null, List.of());
    }
}
