package org.airshed.market.study;

import java.util.ArrayList;
import java.util.List;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.settlement.Trade;
import org.airshed.market.trading.AmbientEquilibrium;
import org.airshed.market.trading.AmbientTrading;
import org.airshed.market.trading.OffsetRatios;
import org.airshed.market.trading.TradeApproval;

/**
 * Ambient trading: the least-cost allocation under the cap and the receptor limits sets each
 * source's target emissions and permit value λ + Σ_k μ_k T_k,region (DOMAIN.md §3); sources then
 * trade towards their targets in bilateral offset trades, each approved only with the ratio that
 * keeps any limit from being broken (one for one where a limit has room, the offset ratio where it
 * binds). The buyer pays its own permit value for each permit it receives; the permits a ratio
 * below 1 does not pass on are retired. Where ratios keep
 * a buyer from its target, it abates the difference itself, at a cost above the ambient optimum.
 */
final class AmbientMarket {
    private AmbientMarket() {
    }

    /** An approved trade of {@code give} (mass, exact to the ledger's units) from s to b, or null. */
    private static TradeApproval approve(OffsetRatios ratios, double[] holdings, int s, int b, double give,
                                         MarketRun run) {
        long units = Math.min(Quantum.PERMIT.of(give), run.book.permitsHeld(run.holders.get(s)));
        if (units <= 0) {
            return null;
        }
        TradeApproval approval = ratios.approveAtBindingReceptors(holdings, s, b, Quantum.PERMIT.toDouble(units));
        return approval.approved() ? approval : null;
    }

    static MarketReport run(ScenarioProblem sp, MarketSpec spec, long seed, double cap) {
        AllocationProblem p = sp.problem();
        MarketRun run = new MarketRun(sp, spec, seed, MarketStudy.assetZones(sp, spec));
        run.declareCap(spec.vintage(), cap, 0);
        long[] free = MarketStudy.freePermits(sp, spec, cap);
        run.issueFree(free, spec.vintage());
        AmbientEquilibrium eq;
        try {
            eq = AmbientTrading.equilibrium(p);
        } catch (IllegalArgumentException e) {
            throw MarketStudy.cannotClear("$.policy.receptorLimits", null, e);
        }
        double[] target = eq.emissions();
        double[] value = eq.permitValue();
        OffsetRatios ratios = OffsetRatios.of(p);
        int n = p.sourceCount();
        double[] holdings = MarketStudy.mass(free);
        double retired = 0;
        int rejected = 0;
        int count = 0;
        for (int b = 0; b < n; b++) {
            for (int s = 0; s < n && holdings[b] < target[b] - 1e-9; s++) {
                double spare = holdings[s] - Math.max(target[s], 0);
                if (s == b || spare <= 1e-9) {
                    continue;
                }
                double need = target[b] - holdings[b];
                TradeApproval approval = approve(ratios, holdings, s, b, Math.min(spare, need), run);
                if (approval != null && approval.ratio() < 1) {
                    // The ratio binds: give more, so that what arrives covers the need.
                    TradeApproval larger = approve(ratios, holdings, s, b, Math.min(spare, need / approval.ratio()), run);
                    approval = larger != null ? larger : approval;
                }
                if (approval == null) {
                    rejected++;
                    continue;
                }
                long giveUnits = Quantum.PERMIT.of(approval.sellerReduction());
                long getUnits = Math.min(giveUnits, Quantum.PERMIT.of(approval.buyerIncrease()));
                // The buyer pays its own permit value for what it receives: what the permits save it.
                long payment = Quantum.MONEY.of(Quantum.PERMIT.toDouble(getUnits) * value[b]);
                Trade trade = new Trade("T" + (++count), 0, run.holders.get(s), run.holders.get(b), giveUnits,
                        Quantum.MONEY.toDouble(payment) / Quantum.PERMIT.toDouble(giveUnits), payment, 0);
                run.settle(trade);
                long lost = giveUnits - getUnits;
                if (lost > 0) {
                    run.book.retire("offset-loss-" + trade.id(), run.holders.get(b), run.asset(s, spec.vintage()), lost);
                    retired += Quantum.PERMIT.toDouble(lost);
                }
                holdings = approval.applyTo(holdings);
            }
        }
        for (int i = 0; i < n; i++) {
            double permitted = Quantum.PERMIT.toDouble(run.book.permitsHeld(run.holders.get(i)));
            double emissions = Math.max(Math.min(target[i], permitted), p.baseline(i) - p.maxAbatement(i));
            run.abate(i, p.baseline(i) - emissions);
        }
        run.comply(0, run.emissions, spec.vintage());
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
                regionValue, eq.abatementCost(), retired, rejected);
        return run.finish("cleared", eq.capPrice(), eq.capPrice(), 0, Double.NaN, eq.abatementCost(), null, null,
                ambient, List.of());
    }
}
