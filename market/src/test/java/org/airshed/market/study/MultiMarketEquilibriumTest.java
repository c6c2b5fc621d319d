package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.airshed.core.allocation.multi.MultiPollutantSolution;
import org.airshed.core.allocation.multi.MultiPollutantSolvers;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.market.ledger.ComplianceRecord;
import org.airshed.market.ledger.Conservation;
import org.airshed.market.ledger.JournalEntry;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.permits.AllocationRule;
import org.airshed.market.settlement.MarketLedger;
import org.airshed.market.settlement.Trade;
import org.junit.jupiter.api.Test;

/**
 * The several-pollutant market on 200 seeded random scenarios (options and curves, 2–3 pollutants,
 * 2–3 caps) under every allocation rule: Montgomery (the cost is the cap-only least cost the exact
 * solver finds on its own, whatever the rule, and every cap is met), every source at its best
 * response to the clearing prices (a plain enumeration, {@link MultiMarketBestResponse}), prices
 * positive only where a cap binds, and the ledger: permits conserved per pollutant, money summing to
 * zero, the journal complete and rebuilding the same ledger.
 */
class MultiMarketEquilibriumTest {
    private static final int SCENARIOS = 200;

    @Test
    void everyRuleClearsAtTheCapOnlyLeastCostWithEverySourceAtItsBestResponse() {
        int binding = 0;
        for (long seed = 0; seed < SCENARIOS; seed++) {
            MultiScenarioProblem problem = MultiScenarioProblem.of(RandomMultiMarkets.draw(seed));
            double least = leastCost(problem);
            for (AllocationRule rule : AllocationRule.values()) {
                String what = "seed " + seed + ", " + rule.key();
                MultiMarketReport r = MultiMarketStudy.run(problem, MarketSpec.of(rule, Mechanism.EQUILIBRIUM, 0),
                        seed, MultiPollutantSolvers.exact());
                assertEquals("cleared", r.status(), what);
                binding += montgomery(problem, r, least, what);
                MultiMarketBestResponse.check(problem, r, what);
                ledger(problem, r, rule, what);
            }
        }
        assertTrue(binding > SCENARIOS, "too few binding caps to test anything: " + binding);
    }

    /** The least cost of meeting every cap at once, from the exact solver called here directly. */
    private static double leastCost(MultiScenarioProblem problem) {
        double[] requirement = new double[problem.pollutantCount()];
        for (int p = 0; p < requirement.length; p++) {
            Double cap = problem.scenario().policy().caps().get(problem.pollutant(p));
            requirement[p] = cap == null ? Double.NaN : problem.total(p) - cap;
        }
        MultiPollutantProblem program = problem.restricted(problem.allSources(), requirement, null);
        MultiPollutantSolution solution = MultiPollutantSolvers.exact().solve(program);
        assertEquals(AllocationStatus.OPTIMAL, solution.status(), solution.reasons().toString());
        double cost = 0;
        for (int i = 0; i < program.sourceCount(); i++) {
            cost += program.sourceCost(i, solution.abatement(), solution.optionShares());
        }
        return cost;
    }

    /** Cost = least cost (to the permits' rounding of the caps), each cap met, λ > 0 only where it binds. */
    private static int montgomery(MultiScenarioProblem problem, MultiMarketReport r, double least, String what) {
        double rounding = 0;
        int binding = 0;
        for (PollutantMarket m : r.pollutants()) {
            int p = problem.scenario().pollutants().indexOf(m.pollutant());
            double emitted = 0;
            for (int i = 0; i < problem.sourceCount(); i++) {
                emitted += problem.baseline(i, p) - r.abatement()[i * problem.pollutantCount() + p];
            }
            double tolerance = 1e-9 * (1 + problem.total(p));
            assertTrue(emitted <= m.cap() + tolerance, what + ": " + m.pollutant() + " emits " + emitted
                    + " above its cap " + m.cap());
            assertEquals(emitted, m.emissions(), tolerance, what);
            if (m.clearingPrice() > 1e-9) {
                binding++;
                assertTrue(emitted >= Quantum.PERMIT.toDouble(m.permits()) - 1e-6 * (1 + problem.total(p)), what + ": "
                        + m.pollutant() + " is priced at " + m.clearingPrice() + " but emits " + emitted
                        + " below the permits issued, " + m.permits());
            }
            rounding += m.clearingPrice() * (m.cap() - Quantum.PERMIT.toDouble(m.permits()));
        }
        assertEquals(least, r.leastCost(), 1e-9 * (1 + least), what);
        assertTrue(Math.abs(r.abatementCost() - least) <= 1e-8 * (1 + least) + rounding + 1e-9, what
                + ": the market costs " + r.abatementCost() + ", the least cost under the caps is " + least);
        return binding;
    }

    /** Permits per pollutant and money through the ledger, each source covering its emissions. */
    private static void ledger(MultiScenarioProblem problem, MultiMarketReport r, AllocationRule rule, String what) {
        assertTrue(r.conservation().isConserved(), what + ": " + r.conservation().violations());
        assertEquals(List.of(), r.audit(), what);
        if (rule == AllocationRule.GRANDFATHERING || rule == AllocationRule.AUCTION) {
            // The replay is the slow part: once with free permits, once with the regulator selling.
            Conservation.assertConserved(r.ledger().ledger());
        }
        // Issue 16: the journal has one compliance record per source and capped pollutant, as in market-sources.csv.
        Map<String, ComplianceRecord> records = new HashMap<>();
        for (JournalEntry e : r.ledger().ledger().journal()) {
            if (e instanceof ComplianceRecord c) {
                assertEquals(null, records.put(c.holder() + "/" + c.pollutant(), c), what + ": twice " + c);
            }
        }
        assertEquals(r.sources().size(), records.size(), what + ": compliance records");
        Map<String, long[]> sums = new HashMap<>();
        long payments = 0;
        for (SourcePollutantPosition s : r.sources()) {
            ComplianceRecord c = records.get(s.id() + "/" + s.pollutant());
            assertEquals(List.of(s.surrendered(), s.shortfall()), List.of(c.surrendered(), c.shortfall()),
                    what + ": " + c);
            long[] sum = sums.computeIfAbsent(s.pollutant(), k -> new long[3]);
            sum[0] += s.initialPermits();
            sum[1] += s.surrendered();
            sum[2] += s.netPurchase();
            payments += s.payment();
            assertEquals(0, s.shortfall(), what + ": " + s.id());
            assertTrue(s.initialPermits() + s.netPurchase() >= s.surrendered(), what + ": " + s.id());
            assertTrue(Math.abs(s.surrendered() - 1000 * s.emissions()) <= 3, what + ": " + s.id() + " surrenders "
                    + s.surrendered() + " for emissions " + s.emissions() + " of " + s.pollutant());
        }
        assertEquals(-r.ledger().money(MarketLedger.REGULATOR), -payments, what + ": money sums to zero");
        for (PollutantMarket m : r.pollutants()) {
            long[] sum = sums.get(m.pollutant());
            assertEquals(rule == AllocationRule.AUCTION ? 0 : m.permits(), sum[0], what + ": free " + m.pollutant());
            assertEquals(Math.min(m.permits(), Quantum.PERMIT.of(m.emissions())), sum[1], what + ": surrendered");
            assertEquals(rule == AllocationRule.AUCTION ? sum[1] : 0, sum[2], what + ": bought net");
            for (Trade t : m.trades()) {
                // The exact product, rounded once ties to even: 6.355 t at 71 = 451.205 pays 451.20.
                long exact = Quantum.MONEY.ofExact(Quantum.PERMIT.toDecimal(t.quantity())
                        .multiply(java.math.BigDecimal.valueOf(m.clearingPrice()))
                        .setScale(2, java.math.RoundingMode.HALF_EVEN));
                assertEquals(exact, t.payment(), what + ": " + t);
                assertEquals(m.clearingPrice(), t.price(), what);
            }
        }
    }
}
