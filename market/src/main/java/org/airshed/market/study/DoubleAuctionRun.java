package org.airshed.market.study;

import java.util.List;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.orderbook.DoubleAuctionMarket;
import org.airshed.market.orderbook.DoubleAuctionResult;
import org.airshed.market.orderbook.DoubleAuctionSettings;
import org.airshed.market.orderbook.DoubleAuctionTrade;
import org.airshed.market.settlement.Trade;

/**
 * The continuous double auction among holders of free permits: zero-intelligence traders
 * constrained by their cost curves (Gode and Sunder 1993) post one-lot orders in seeded rounds
 * on a price–time priority book; every fill is settled on the ledger, transaction cost included.
 */
final class DoubleAuctionRun {
    /** Lots per source the default lot size aims at. */
    private static final int LOTS_PER_SOURCE = 100;
    private static final int CLOSING_SHARE_PERCENT = 10;

    private DoubleAuctionRun() {
    }

    static MarketReport run(ScenarioProblem sp, MarketSpec spec, long seed, double cap) {
        AllocationProblem p = sp.problem();
        MarketRun run = new MarketRun(sp, spec, seed, MarketStudy.assetZones(sp, spec));
        run.declareCap(spec.vintage(), cap, 0);
        long[] free = MarketStudy.freePermits(sp, spec, cap);
        run.issueFree(free, spec.vintage());
        DoubleAuctionSpec d = spec.doubleAuction();
        long lot = d.lot() > 0 ? Quantum.PERMIT.of(d.lot())
                : Math.max(1, Quantum.PERMIT.of(cap) / ((long) LOTS_PER_SOURCE * Math.max(1, p.sourceCount())));
        double t = spec.transactionCost();
        DoubleAuctionResult result = DoubleAuctionMarket.run(p, free, new DoubleAuctionSettings(lot,
                Quantum.PRICE.ceil(run.highestMarginalCost() + 1), d.maxRounds(), d.idleRounds(), Quantum.PRICE.ceil(t)), seed);
        int count = 0;
        for (DoubleAuctionTrade fill : result.trades()) {
            double price = Quantum.PRICE.toDouble(fill.price());
            double mass = Quantum.PERMIT.toDouble(fill.quantity());
            run.settle(new Trade("T" + (++count), 0, run.holders.get(fill.seller()), run.holders.get(fill.buyer()),
                    fill.quantity(), price, Quantum.payment(fill.price(), fill.quantity()),
                    Quantum.MONEY.of(mass * t)));
        }
        run.emitWhatPermitsCover();
        run.comply(0, run.emissions, spec.vintage());
        run.notes.add("double auction: " + result.rounds() + " rounds, lot " + Quantum.PERMIT.toPlainString(lot) + " "
                + sp.scenario().units().mass() + "; price = volume-weighted mean of the last "
                + CLOSING_SHARE_PERCENT + " % of trades");
        double closing = closingPrice(run.trades);
        return run.finish("cleared", closing, closing + t, EquilibriumMarket.feesPaid(run.trades), Double.NaN,
                run.leastCost(cap), null, null, null, List.of());
    }

    /** Early trades happen far from equilibrium; the closing trades show where the market settled. */
    private static double closingPrice(List<Trade> trades) {
        int from = trades.size() - Math.max(1, trades.size() * CLOSING_SHARE_PERCENT / 100);
        double value = 0;
        double volume = 0;
        for (int k = Math.max(0, from); k < trades.size(); k++) {
            value += trades.get(k).price() * trades.get(k).quantity();
            volume += trades.get(k).quantity();
        }
        return volume > 0 ? value / volume : Double.NaN;
    }
}
