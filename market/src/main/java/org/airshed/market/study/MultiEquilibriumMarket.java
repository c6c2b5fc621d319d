package org.airshed.market.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.market.ledger.ComplianceRecord;
import org.airshed.market.permits.AllocationRule;
import org.airshed.market.permits.PollutantBasis;
import org.airshed.market.settlement.CompliancePositions;
import org.airshed.market.settlement.MarketLedger;
import org.airshed.market.settlement.Trade;
import org.airshed.market.settlement.TradeMatcher;
import org.airshed.market.study.MultiClearing.Program;

/**
 * The competitive permit market with several pollutants. A source facing permit prices λ_p minimises
 * its cost minus Σ_p λ_p·a_p (options cut several pollutants at once), which is the by-source
 * decomposition of the cap-only program: the market clears at that program's cap prices, and trading
 * from any initial allocation reaches its least cost (Montgomery). Receptor limits are ignored by
 * design, as in the one-pollutant market, and a note names every receptor left above its limit.
 */
final class MultiEquilibriumMarket {
    private MultiEquilibriumMarket() {
    }

    /** Trades on {@code clearing}, the market's programs solved before (by the check stage of a run). */
    static MultiMarketReport run(MultiScenarioProblem problem, MarketSpec spec, long seed, MultiClearing clearing) {
        int pCount = problem.pollutantCount();
        List<String> notes = new ArrayList<>();
        if (clearing.planAtWrittenCaps) {
            notes.add("the caps rounded down to the permit quantum cannot all be met: the plan meets the caps as"
                    + " written, and sources surrender the permits issued (within a thousandth of the caps)");
        }
        Program plan = clearing.plan;
        Settlement settled = new Settlement(problem, spec, plan);
        List<PollutantMarket> markets = new ArrayList<>();
        for (int p : clearing.capped) {
            markets.add(settled.trade(p, clearing.writtenCaps[p], clearing.issued[p], clearing.price(p)));
        }
        settled.comply(clearing.capped);
        for (int p = 0; p < pCount; p++) {
            if (Double.isNaN(clearing.writtenCaps[p])) {
                notes.add(problem.pollutant(p) + " has no cap in policy.caps, so no permits: its emissions are what"
                        + " the capped pollutants' plan leaves");
            }
        }
        if (spec.allocation() == AllocationRule.AUCTION) {
            notes.add("every permit is sold by the regulator at its pollutant's clearing price");
        }
        List<ReceptorOutcome> receptors = MultiMarketReceptors.of(problem, plan.solution().abatement());
        MultiMarketReceptors.note(receptors, problem.scenario().units().concentration(), notes);
        return settled.report(seed, markets, clearing.least.cost(), receptors, notes);
    }

    /**
     * One pollutant's permits per source (PERMIT counts): given free, bought, sold, the emissions due
     * (counted in permits), and money paid for them net of received (MONEY counts).
     */
    private record Accounts(long[] free, long[] bought, long[] sold, long[] payment, long[] due) {
    }

    /** The ledger and every source's account of it, filled in pollutant by pollutant. */
    private static final class Settlement {
        private final MultiScenarioProblem problem;
        private final MarketSpec spec;
        private final Program plan;
        private final MarketLedger book;
        /** Every source, then the regulator, who sells the permits of an auction. */
        private final List<String> holders = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<Integer, Accounts> accounts = new HashMap<>();
        private final List<SourcePollutantPosition> positions = new ArrayList<>();
        private final int n;

        Settlement(MultiScenarioProblem problem, MarketSpec spec, Program plan) {
            this.problem = problem;
            this.spec = spec;
            this.plan = plan;
            this.n = problem.sourceCount();
            this.book = new MarketLedger(problem.pollutant(MultiMarketStudy.capped(problem)[0]),
                    problem.scenario().units().money());
            for (int i = 0; i < n; i++) {
                String id = problem.scenario().sources().get(i).id();
                book.open(id);
                holders.add(id);
                index.put(id, i);
            }
            holders.add(MarketLedger.REGULATOR);
        }

        /** Pollutant p: cap declared, permits issued, and the trades that cover every source's emissions. */
        PollutantMarket trade(int p, double cap, long issued, double price) {
            String pollutant = problem.pollutant(p);
            int vintage = spec.vintage();
            book.declareCap(pollutant, vintage, cap, 0);
            var asset = book.asset(pollutant, vintage, "all");
            long[] free = MarketStudy.freePermits(new PollutantBasis(problem, p), spec.allocation(), cap,
                    pollutant + " permits: ");
            long[] holdings = Arrays.copyOf(free, n + 1);
            if (spec.allocation() == AllocationRule.AUCTION) {
                book.issue("issue-" + pollutant + "-" + vintage + "-auction", MarketLedger.REGULATOR, asset, issued);
                holdings[n] = issued;
            } else {
                for (int i = 0; i < n; i++) {
                    book.issue("issue-" + pollutant + "-" + vintage + "-" + holders.get(i), holders.get(i), asset,
                            free[i]);
                }
            }
            double[] emissions = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                emissions[i] = plan.emissions(problem, i, p);
                total += emissions[i];
            }
            long[] due = Arrays.copyOf(CompliancePositions.due(emissions, issued), n + 1);
            long[] net = CompliancePositions.netPurchases(holdings, due);
            String prefix = (spec.allocation() == AllocationRule.AUCTION ? "A-" : "T-") + pollutant + "-";
            List<Trade> trades = TradeMatcher.match(holders, net, price, 0, prefix, 0);
            Accounts account = new Accounts(free, new long[n], new long[n], new long[n], Arrays.copyOf(due, n));
            for (Trade t : trades) {
                var result = book.settle(t, pollutant);
                if (!result.isApplied()) {
                    throw new IllegalStateException("trade " + t + " did not settle: " + result);
                }
                Integer buyer = index.get(t.buyer());
                Integer seller = index.get(t.seller());
                if (buyer != null) {
                    account.bought()[buyer] += t.quantity();
                    account.payment()[buyer] += t.payment();
                }
                if (seller != null) {
                    account.sold()[seller] += t.quantity();
                    account.payment()[seller] -= t.payment();
                }
            }
            accounts.put(p, account);
            return new PollutantMarket(pollutant, cap, issued, price, total, trades);
        }

        /** Every source hands in its emissions of each capped pollutant: one surrender and record per pollutant. */
        void comply(int[] capped) {
            for (int i = 0; i < n; i++) {
                String holder = holders.get(i);
                String region = problem.region(problem.sourceRegion(i));
                for (int c = 0; c < capped.length; c++) {
                    Accounts a = accounts.get(capped[c]);
                    String pollutant = problem.pollutant(capped[c]);
                    long due = a.due()[i];
                    long handed = book.comply("surrender-p0-" + pollutant + "-" + holder, holder, pollutant, 0,
                            spec.vintage(), due);
                    long shortfall = ComplianceRecord.shortfall(due, handed);
                    positions.add(new SourcePollutantPosition(holder, region, pollutant, a.free()[i],
                            a.bought()[i], a.sold()[i], handed, shortfall, a.payment()[i],
                            plan.emissions(problem, i, capped[c]),
                            problem.baseline(i, capped[c]) - plan.emissions(problem, i, capped[c])));
                }
            }
            book.close(1);
        }

        MultiMarketReport report(long seed, List<PollutantMarket> markets, double leastCost,
                                 List<ReceptorOutcome> receptors, List<String> notes) {
            double[] regionCost = new double[problem.regionCount()];
            double[] sourceCosts = new double[n];
            double abatementCost = 0;
            for (int i = 0; i < n; i++) {
                sourceCosts[i] = plan.sourceCost(i);
                regionCost[problem.sourceRegion(i)] += sourceCosts[i];
                abatementCost += sourceCosts[i];
            }
            List<MultiRegionPosition> regions = MultiRegionSums.of(problem, positions, markets, regionCost);
            return new MultiMarketReport(spec, seed, "cleared", markets, positions, regions,
                    plan.solution().abatement().clone(), plan.solution().optionShares().clone(), sourceCosts,
                    abatementCost, leastCost,
                    book.conservation(), book, book.audit(), receptors, notes);
        }
    }
}
