package org.airshed.market.study;

import java.util.ArrayList;
import java.util.List;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.ledger.LargestRemainder;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.permits.AllocationRule;
import org.airshed.market.permits.ScenarioBasis;
import org.airshed.market.settlement.ExactSplit;
import org.airshed.market.settlement.MarketLedger;
import org.airshed.market.settlement.Trade;
import org.airshed.market.settlement.TradeMatcher;
import org.airshed.market.settlement.ZoneMatcher;
import org.airshed.market.trading.EquilibriumTrading;
import org.airshed.market.trading.TradingEquilibrium;
import org.airshed.market.trading.ZonalEquilibrium;
import org.airshed.market.trading.ZonalTrading;
import org.airshed.market.trading.ZoneRules;

/**
 * The competitive market in one period: one-for-one (Montgomery, with Stavins' transaction-cost
 * wedge), in zones with allowed directions, or with offset ratios ({@link AmbientMarket}).
 */
final class EquilibriumMarket {
    private EquilibriumMarket() {
    }

    static MarketReport run(ScenarioProblem sp, MarketSpec spec, long seed, double cap) {
        if (spec.ambient()) {
            return AmbientMarket.run(sp, spec, seed, cap);
        }
        MarketRun run = new MarketRun(sp, spec, seed, MarketStudy.assetZones(sp, spec));
        run.declareCap(spec.vintage(), cap, 0);
        long[] free = MarketStudy.freePermits(sp, spec, cap);
        run.issueFree(free, spec.vintage());
        if (spec.allocation() == AllocationRule.AUCTION) {
            return soldByTheRegulator(run, sp, cap);
        }
        double[] permits = MarketStudy.mass(free);
        if (spec.zones() != null) {
            return zonal(run, ZoneEquilibriumMemo.solve(sp, spec, free), permits, free);
        }
        TradingEquilibrium eq = solve(sp.problem(), permits, spec.transactionCost());
        TradingEquilibrium frictionless = spec.transactionCost() == 0 ? eq : solve(sp.problem(), permits, 0);
        long[] net = ExactSplit.netPositions(eq.netPurchase(), free);
        run.settleAll(TradeMatcher.match(run.holders, net, eq.sellerPrice(), spec.transactionCost(), "T", 0));
        emitAsTraded(run, eq.emissions());
        run.comply(0, run.emissions, spec.vintage());
        double fees = feesPaid(run.trades);
        return run.finish("cleared", eq.sellerPrice(), eq.buyerPrice(), fees, frictionless.totalCost(),
                frictionless.abatementCost(), null, null, null, List.of());
    }

    /**
     * Everything auctioned, competitively: Montgomery's equilibrium, the regulator selling each
     * source its emissions at λ. Transaction costs apply between sources only: a cost is refused here.
     */
    private static MarketReport soldByTheRegulator(MarketRun run, ScenarioProblem sp, double cap) {
        AllocationProblem p = sp.problem();
        long supply = MarketStudy.issuable(cap);
        // The permits issued, exactly: shares of the cap in doubles summed an ulp off the baseline (revG defect 2).
        long[] byBaseline = MarketStudy.freePermits(new ScenarioBasis(sp), AllocationRule.GRANDFATHERING, cap, "");
        TradingEquilibrium eq = solve(p, MarketStudy.mass(byBaseline), 0);
        double[] wanted = eq.emissions();
        run.issueToRegulator("issue-" + run.spec.vintage() + "-auction", supply, run.spec.vintage());
        double demand = 0;
        for (double e : wanted) {
            demand += Math.max(e, 0);
        }
        long sold = Math.min(supply, Quantum.PERMIT.of(demand));
        long[] buys = sold == 0 ? new long[wanted.length] : LargestRemainder.apportion(sold, nonNegative(wanted));
        List<String> holders = new ArrayList<>(run.holders);
        holders.add(MarketLedger.REGULATOR);
        long[] net = new long[buys.length + 1];
        System.arraycopy(buys, 0, net, 0, buys.length);
        net[buys.length] = -sold;
        run.settleAll(TradeMatcher.match(holders, net, eq.sellerPrice(), 0, "A", 0));
        emitAsTraded(run, wanted);
        run.comply(0, run.emissions, run.spec.vintage());
        return run.finish("cleared", eq.sellerPrice(), eq.sellerPrice(), 0, eq.totalCost(), eq.abatementCost(), null,
                null, null, List.of());
    }

    /** The rules of {@code spec}'s zones for sources in zones {@code assetZone} (names of spec's zones). */
    static ZoneRules zoneRules(ZoneSpec spec, String[] assetZone) {
        List<String> names = spec.zones();
        int[] zoneOf = new int[assetZone.length];
        for (int i = 0; i < zoneOf.length; i++) {
            zoneOf[i] = names.indexOf(assetZone[i]);
        }
        boolean[][] allowed = new boolean[names.size()][names.size()];
        for (ZoneSpec.Flow flow : spec.flows()) {
            allowed[names.indexOf(flow.from())][names.indexOf(flow.to())] = true;
        }
        return new ZoneRules(zoneOf, allowed);
    }

    /**
     * Whether the zones of {@code spec} can clear with the free permits {@code free}: the problem at
     * $.market.zones, else null. The check stage runs it (validate as run); run settles the equilibrium
     * solved here ({@link ZoneEquilibriumMemo}).
     */
    static SectionInputException zonesProblem(ScenarioProblem sp, MarketSpec spec, long[] free) {
        ZoneEquilibriumMemo.Solved solved = ZoneEquilibriumMemo.solve(sp, spec, free);
        return solved.failure() == null ? null : cannotClear(spec.zones(), solved.failure());
    }

    /** The market cannot clear in zones: at $.market.zones, the zones named as the file names them. */
    private static SectionInputException cannotClear(ZoneSpec spec, IllegalArgumentException e) {
        if (!(e instanceof ZonalTrading.Uncovered u)) {
            return MarketStudy.cannotClear("$.market.zones", null, e);
        }
        List<String> names = new ArrayList<>();
        for (int z : u.zones()) {
            names.add(spec.zones().get(z));
        }
        String who = names.size() == 1 ? "zone " + names.get(0) + " may buy only from itself"
                : "zones " + String.join(", ", names) + " may buy only from each other";
        return MarketStudy.cannotClear("$.market.zones", null, new IllegalArgumentException(who + " and needs "
                + u.need() + " abated, but can abate at most " + u.most() + " (short by " + (u.need() - u.most())
                + "): allow a flow into it, or raise the cap"));
    }

    private static MarketReport zonal(MarketRun run, ZoneEquilibriumMemo.Solved solved, double[] permits,
                                      long[] free) {
        ZoneSpec spec = run.spec.zones();
        List<String> names = spec.zones();
        ZoneRules rules = zoneRules(spec, run.assetZone);
        int[] zoneOf = rules.zoneOfSource();
        boolean[][] allowed = rules.allowed();
        if (solved.failure() != null) {
            throw cannotClear(spec, solved.failure());
        }
        ZonalEquilibrium eq = solved.equilibrium();
        double[] wanted = eq.emissions();
        double[] net = new double[wanted.length];
        for (int i = 0; i < wanted.length; i++) {
            net[i] = wanted[i] - permits[i];
        }
        // At price 0 a zone may hold more than it emits: it sells only what its buyers and exports take.
        long[] exact = ExactSplit.netPositions(balancedByZone(net, zoneOf, eq.zoneUnusedPermits()), free);
        ZoneMatcher.Result matched = ZoneMatcher.match(run.holders, exact, zoneOf, allowed, eq.flow(), eq.zonePrice(), 0,
                "T", 0);
        run.settleAll(matched.trades());
        emitAsTraded(run, wanted);
        if (matched.unmatched() > 0) {
            run.notes.add(Quantum.PERMIT.toPlainString(matched.unmatched())
                    + " of the permits buyers need could not be matched along allowed zone directions");
        }
        run.comply(0, run.emissions, run.spec.vintage());
        TradingEquilibrium unrestricted = solve(run.problem, permits, 0);
        double volumeWeighted = 0;
        double volume = 0;
        boolean onePrice = true;
        for (Trade t : run.trades) {
            volumeWeighted += t.price() * t.quantity();
            volume += t.quantity();
            onePrice &= t.price() == run.trades.get(0).price();
        }
        // Trades at one price report it as it is: their weighted mean in doubles printed 5634.699999999999 for 5634.7.
        double price = volume == 0 ? eq.zonePrice()[0] : onePrice ? run.trades.get(0).price() : volumeWeighted / volume;
        return run.finish("cleared", price, price, 0, Double.NaN, unrestricted.abatementCost(), null,
                new MarketReport.ZoneOutcome(names, eq.zonePrice(), eq.flow()), null, List.of());
    }

    /** Each source emits its equilibrium emissions as far as the permits it ended with cover them. */
    private static void emitAsTraded(MarketRun run, double[] wanted) {
        for (int i = 0; i < wanted.length; i++) {
            run.emit(i, wanted[i]);
        }
    }

    /**
     * Net purchases with each zone's sells scaled down by the permits the equilibrium leaves unused
     * there (price 0 only): a zone's spare permits stay in it, and what its sellers sell is exactly
     * what its own buyers and its exports take. Scaling over the whole market instead took sells
     * from zones that may not sell to the buyers (reviewer's defect 1).
     */
    private static double[] balancedByZone(double[] net, int[] zoneOf, double[] unused) {
        double[] sells = new double[unused.length];
        for (int i = 0; i < net.length; i++) {
            sells[zoneOf[i]] += Math.max(-net[i], 0);
        }
        double[] out = net.clone();
        for (int i = 0; i < out.length; i++) {
            int z = zoneOf[i];
            if (out[i] < 0 && unused[z] > 0) {
                out[i] *= Math.max(sells[z] - unused[z], 0) / sells[z];
            }
        }
        return out;
    }

    static TradingEquilibrium solve(AllocationProblem p, double[] permits, double t) {
        try {
            return EquilibriumTrading.solve(p, permits, t);
        } catch (IllegalArgumentException e) {
            throw MarketStudy.cannotClear("$.policy.cap", null, e);
        }
    }

    static double feesPaid(List<Trade> trades) {
        long fees = 0;
        for (Trade t : trades) {
            fees += t.fee();
        }
        return Quantum.MONEY.toDouble(fees);
    }

    private static double[] nonNegative(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(values[i], 0);
        }
        return out;
    }
}
