package org.airshed.market.study;

import java.util.ArrayList;
import java.util.List;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.settlement.MarketLedger;
import org.airshed.market.settlement.Trade;
import org.airshed.market.trading.AmbientEquilibrium;
import org.airshed.market.trading.AmbientTrading;
import org.airshed.market.trading.OffsetOutcome;
import org.airshed.market.trading.OffsetTrade;
import org.airshed.market.trading.VoluntaryOffsets;

/**
 * Ambient trading ({@code "ambient": true}) as voluntary offset trades ({@link VoluntaryOffsets}):
 * the regulator holds back what the free permits would put above a receptor limit, approves only
 * trades that keep every limit and the cap, and sources trade pair by pair when both gain, the
 * buyer paying the transaction cost on top. The ambient least cost (Montgomery's equilibrium of
 * receptor permits, λ and μ, docs/DOMAIN.md §3) is reported beside the outcome: bilateral offsets can stop above it.
 * The reserve's flows are journaled as permit transfers to and from the regulator; what it still
 * holds at the end is retired.
 */
final class AmbientMarket {
    private AmbientMarket() {
    }

    static MarketReport run(ScenarioProblem sp, MarketSpec spec, long seed, double cap) {
        AllocationProblem p = sp.problem();
        MarketRun run = new MarketRun(sp, spec, seed, MarketStudy.assetZones(sp, spec));
        run.declareCap(spec.vintage(), cap, 0);
        long[] free = MarketStudy.freePermits(sp, spec, cap);
        AmbientEquilibrium eq;
        try {
            eq = AmbientTrading.equilibrium(p);
        } catch (IllegalArgumentException e) {
            throw MarketStudy.cannotClear("$.policy.receptorLimits", null, e);
        }
        OffsetOutcome offsets = VoluntaryOffsets.trade(p, free, spec.transactionCost(), eq.capPrice());
        run.issueFree(offsets.kept(), spec.vintage());
        run.issueToRegulator("issue-" + spec.vintage() + "-reserve", offsets.withheld(), spec.vintage());
        int count = 0;
        for (OffsetTrade o : offsets.trades()) {
            String id = "T" + (++count);
            String seller = run.holders.get(o.seller());
            String buyer = run.holders.get(o.buyer());
            double price = Quantum.MONEY.toDouble(o.payment()) / Quantum.PERMIT.toDouble(o.given());
            run.settle(new Trade(id, 0, seller, buyer, o.given(), price, o.payment(), o.fee()));
            // The offset ratio sends part of the permits to the reserve, or the reserve tops them up, at λ.
            if (o.fromReserve() < 0) {
                run.settle(new Trade("R" + count, 0, buyer, MarketLedger.REGULATOR, -o.fromReserve(), eq.capPrice(),
                        -o.reservePayment(), 0));
            } else if (o.fromReserve() > 0) {
                run.settle(new Trade("R" + count, 0, MarketLedger.REGULATOR, buyer, o.fromReserve(), eq.capPrice(),
                        o.reservePayment(), 0));
            }
        }
        run.book.retire("reserve-" + spec.vintage() + "-retired", MarketLedger.REGULATOR,
                run.asset(-1, spec.vintage()), offsets.reserve());
        run.emitWhatPermitsCover();
        run.comply(0, run.emissions, spec.vintage());
        if (offsets.withheld() > 0) {
            run.notes.add("the free permits would put a receptor above its limit: the regulator held back "
                    + Quantum.PERMIT.toPlainString(offsets.withheld()) + " " + sp.scenario().units().mass()
                    + " (the same share of what every source could still abate) in a reserve that trades release,"
                    + " at the ambient cap price, where the limits allow");
        }
        double frictionless = Double.NaN;
        if (spec.transactionCost() > 0) {
            frictionless = abatementCost(p, VoluntaryOffsets.trade(p, free, 0, eq.capPrice()).holdings());
        }
        List<String> regions = new ArrayList<>();
        double[] regionValue = new double[p.regionCount()];
        for (int r = 0; r < p.regionCount(); r++) {
            regions.add(p.regionId(r));
            regionValue[r] = p.regionPrice(r, eq.capPrice(), eq.receptorPrices());
        }
        List<String> receptors = new ArrayList<>();
        for (int k = 0; k < p.receptorCount(); k++) {
            receptors.add(sp.receptorId(k));
        }
        MarketReport.AmbientOutcome ambient = new MarketReport.AmbientOutcome(receptors, eq.receptorPrices(), regions,
                regionValue, eq.abatementCost(), Quantum.PERMIT.toDouble(offsets.reserve()), offsets.stopped(),
                eq.capPrice(), Quantum.PERMIT.toDouble(offsets.withheld()), offsets.rounds(),
                VoluntaryOffsets.shortfallPenalty(p, eq.capPrice()));
        double value = 0;
        double volume = 0;
        for (Trade t : run.trades) {
            if (!t.seller().equals(MarketLedger.REGULATOR) && !t.buyer().equals(MarketLedger.REGULATOR)) {
                value += Quantum.MONEY.toDouble(t.payment());
                volume += Quantum.PERMIT.toDouble(t.quantity());
            }
        }
        double price = volume > 0 ? value / volume : Double.NaN;
        double fees = EquilibriumMarket.feesPaid(run.trades);
        return run.finish("cleared", price, volume > 0 ? price + spec.transactionCost() : Double.NaN, fees,
                Double.isNaN(frictionless) ? Double.NaN : frictionless, eq.abatementCost(), null, null, ambient,
                List.of());
    }

    /** Abatement cost when each source emits what its permits cover (money). */
    private static double abatementCost(AllocationProblem p, long[] holdings) {
        double total = 0;
        for (int i = 0; i < holdings.length; i++) {
            double emit = Math.min(p.baseline(i), Math.max(p.baseline(i) - p.maxAbatement(i),
                    Quantum.PERMIT.toDouble(holdings[i])));
            total += p.cost(i, p.baseline(i) - emit);
        }
        return total;
    }
}
