package org.airshed.market.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.ReadableNumbers;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.ledger.LargestRemainder;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.permits.AllocationRule;
import org.airshed.market.settlement.MarketLedger;
import org.airshed.market.settlement.TradeMatcher;
import org.airshed.market.trading.BankingEquilibrium;
import org.airshed.market.trading.BankingPath;
import org.airshed.market.trading.BankingPolicy;
import org.airshed.market.trading.CompliancePeriod;
import org.airshed.market.trading.CompoundGrowth;

/**
 * Compliance periods with banking, borrowing, a price floor and a ceiling: the Hotelling price
 * path ({@link BankingPath}) settled period by period. Each period's permits are issued as a new
 * vintage; the regulator withholds what the floor keeps back and sells at the ceiling what the
 * ceiling releases; when sources borrow, part of the next vintage is issued early, by the same
 * rule, and the next period issues that much less. Sources keep the bank
 * in proportion to their abatement in the period, and surrender the oldest vintages first.
 */
final class BankingMarket {
    private BankingMarket() {
    }

    static MarketReport run(Scenario scenario, MarketSpec spec, long seed) {
        PeriodsSpec ps = spec.periods();
        List<Double> caps = ps != null ? ps.caps() : List.of(MarketStudy.cap(scenario));
        ScenarioProblem sp = MarketStudy.capOnly(scenario, caps.get(0));
        BankingPolicy policy = policy(spec);
        BankingEquilibrium eq = path(sp, spec, caps);
        MarketRun run = new MarketRun(sp, spec, seed, MarketStudy.assetZones(sp, spec));
        int n = run.sources();
        List<String> holders = new ArrayList<>(run.holders);
        holders.add(MarketLedger.REGULATOR);
        CompoundGrowth growth = CompoundGrowth.of(policy.discountRate());
        double[] ones = new double[caps.size()];
        Arrays.fill(ones, 1);
        // Sources' and regions' present values are floating sums; each term is discounted by the nearest double.
        double[] discount = growth.discount(ones);
        double[] periodCost = new double[caps.size()];
        for (int t = 0; t < caps.size(); t++) {
            // Every vintage's cap is declared first: borrowing issues part of the next vintage early.
            run.declareCap(spec.vintage() + t, caps.get(t), Quantum.PERMIT.of(eq.ceilingSales()[t]));
        }
        long advanced = 0;
        for (int t = 0; t < caps.size(); t++) {
            int vintage = spec.vintage() + t;
            long issue = MarketStudy.issuable(caps.get(t)) - advanced;
            long withheld = Math.min(Quantum.PERMIT.of(eq.floorWithheld()[t]), Math.max(issue, 0));
            long toSources = Math.max(issue - withheld, 0);
            if (spec.allocation() == AllocationRule.AUCTION) {
                run.issueToRegulator("issue-" + vintage + "-auction", toSources, vintage);
            } else {
                run.issueFree(MarketStudy.freePermits(sp, spec, Quantum.PERMIT.toDouble(toSources)), vintage);
            }
            run.issueToRegulator("issue-" + vintage + "-floor", withheld, vintage);
            run.book.retire("withhold-" + vintage, MarketLedger.REGULATOR, run.book.asset(vintage, "all"), withheld);
            run.issueToRegulator("issue-" + vintage + "-ceiling", Quantum.PERMIT.of(eq.ceilingSales()[t]), vintage);
            long borrow = t + 1 < caps.size() ? Math.max(0, Quantum.PERMIT.of(-eq.bank()[t])) : 0;
            if (spec.allocation() == AllocationRule.AUCTION) {
                run.issueToRegulator("advance-" + (vintage + 1) + "-auction", borrow, vintage + 1);
            } else {
                // Borrowing draws the next vintage forward: it goes to the sources by the same rule.
                run.issueFree(MarketStudy.freePermits(sp, spec, Quantum.PERMIT.toDouble(borrow)), vintage + 1, "advance");
            }
            advanced = borrow;
            double[] a = eq.sourceAbatement()[t];
            double[] e = new double[n];
            double bank = Math.max(eq.bank()[t], 0);
            double[] weights = new double[n + 1];
            for (int i = 0; i < n; i++) {
                e[i] = sp.problem().baseline(i) - a[i];
                weights[i] = Math.max(e[i], 0) + (eq.abatement()[t] > 0 ? bank * a[i] / eq.abatement()[t] : 0);
            }
            long[] current = new long[n + 1];
            long total = 0;
            for (int i = 0; i <= n; i++) {
                current[i] = run.book.permitsHeld(holders.get(i));
                total += current[i];
            }
            long[] target = weightsAllZero(weights) ? new long[n + 1] : LargestRemainder.apportion(total, weights);
            long[] net = new long[n + 1];
            for (int i = 0; i <= n; i++) {
                net[i] = target[i] - current[i];
            }
            run.settleAll(TradeMatcher.match(holders, net, eq.price()[t], 0, "T" + t + "-", t));
            for (int i = 0; i < n; i++) {
                // The exact holdings bound the period's emissions, as in every mechanism.
                e[i] = run.emissionsWithin(i, e[i]);
                periodCost[t] += run.abateInPeriod(i, sp.problem().baseline(i) - e[i], discount[t]);
            }
            run.comply(t, e, vintage + (borrow > 0 ? 1 : 0));
        }
        double[] presentValue = growth.discount(periodCost);
        List<MarketReport.PeriodOutcome> outcomes = new ArrayList<>();
        for (int t = 0; t < caps.size(); t++) {
            outcomes.add(new MarketReport.PeriodOutcome(t, spec.vintage() + t, caps.get(t), eq.price()[t],
                    eq.abatement()[t], eq.emissions()[t], eq.bank()[t], eq.ceilingSales()[t], eq.floorWithheld()[t],
                    periodCost[t], presentValue[t]));
        }
        return run.finish("cleared", eq.price()[0], eq.price()[0], 0, Double.NaN, Double.NaN, null, null, null,
                outcomes);
    }

    private static BankingPolicy policy(MarketSpec spec) {
        PeriodsSpec ps = spec.periods();
        return new BankingPolicy(ps == null ? 0 : ps.discountRate(), ps != null && ps.banking(),
                ps == null ? 0 : ps.borrowingLimit(), spec.priceFloor().orElse(0),
                spec.priceCeiling().orElse(Double.POSITIVE_INFINITY));
    }

    /**
     * The price path of {@code caps} over the sources of {@code sp}; the check stage solves it too, so
     * validate refuses periods the sources cannot meet with run's words (review revH item 1).
     *
     * @throws SectionInputException at the caps, with their values, when some periods cannot clear
     */
    static BankingEquilibrium path(ScenarioProblem sp, MarketSpec spec, List<Double> caps) {
        List<CompliancePeriod> periods = new ArrayList<>();
        for (double cap : caps) {
            periods.add(new CompliancePeriod(sp.problem(), cap));
        }
        try {
            return BankingPath.solve(periods, policy(spec));
        } catch (IllegalArgumentException e) {
            boolean several = spec.periods() != null;
            throw MarketStudy.cannotClear(several ? "$.market.periods.caps" : "$.policy.cap",
                    several ? LedgerRange.list(caps) : ReadableNumbers.of(caps.get(0)), e);
        }
    }

    private static boolean weightsAllZero(double[] weights) {
        for (double w : weights) {
            if (w > 0) {
                return false;
            }
        }
        return true;
    }
}
