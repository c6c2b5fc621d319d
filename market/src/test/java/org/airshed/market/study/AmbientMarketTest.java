package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.ledger.Conservation;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.permits.AllocationRule;
import org.airshed.market.settlement.MarketLedger;
import org.airshed.market.settlement.Trade;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: ambient trading ignored {@code transactionCost}, and its sellers could lose money (the
 * buyer paid its own, lower, permit value). Trades must be voluntary: no source ends worse off than
 * by emitting the permits it was given, transaction costs included, and the cost is paid per permit
 * traded. Seeded random scenarios with receptor limits.
 */
class AmbientMarketTest {
    @Test
    void noSourceLosesByTradingAndTheTransactionCostIsPaid() {
        int trades = 0;
        int feesPaid = 0;
        for (long seed = 0; seed < 60; seed++) {
            Scenario s = MarketScenarios.random(new SplittableRandom(seed), 2 + (int) (seed % 4), true);
            if (s.policy().receptorLimits().isEmpty()
                    || !new ExactAllocationSolver().solve(ScenarioProblem.of(s).problem()).isOptimal()) {
                continue;
            }
            AllocationProblem p = MarketStudy.capOnly(s, s.policy().cap().getAsDouble()).problem();
            for (double t : new double[] {0, 3}) {
                MarketSpec spec = new MarketSpec(seed % 2 == 0 ? AllocationRule.GRANDFATHERING
                        : AllocationRule.EQUAL_PROPORTIONAL, Mechanism.EQUILIBRIUM, t, null, 1, null, true, null, null,
                        null, null, null);
                MarketReport r = MarketStudy.run(s, spec, seed);
                Conservation.assertConserved(r.ledger().ledger());
                assertEquals(List.of(), r.audit());
                String at = "seed " + seed + " t " + t;
                for (int i = 0; i < r.sources().size(); i++) {
                    SourcePosition pos = r.sources().get(i);
                    // Without trading: abate what the free permits do not cover, and pay the penalty for what it cannot.
                    double held = Quantum.PERMIT.toDouble(pos.initialPermits());
                    double floor = p.baseline(i) - p.maxAbatement(i);
                    double emitted = Math.min(p.baseline(i), Math.max(floor, held));
                    double penalty = r.ambient().shortfallPenalty();
                    double alone = p.cost(i, p.baseline(i) - emitted) + penalty * Math.max(0, emitted - held);
                    double paid = Quantum.MONEY.toDouble(pos.payment());
                    double after = pos.abatementCost() + paid + penalty * Quantum.PERMIT.toDouble(pos.shortfall());
                    assertTrue(after <= alone + 1e-9 * (1 + alone) + penalty * 2 * Quantum.PERMIT.size(),
                            at + ": " + pos.id() + " abates for " + pos.abatementCost() + " and pays " + paid
                                    + ", but would spend " + alone + " without trading");
                }
                long fees = 0;
                long expected = 0;
                for (Trade trade : r.trades()) {
                    fees += trade.fee();
                    if (trade.seller().equals(MarketLedger.REGULATOR) || trade.buyer().equals(MarketLedger.REGULATOR)) {
                        // The reserve's sales and purchases at λ: no transaction cost.
                        assertEquals(0, trade.fee(), at);
                        continue;
                    }
                    expected += Quantum.MONEY.of(t * Quantum.PERMIT.toDouble(trade.quantity()));
                }
                assertEquals(expected, fees, at + ": fees are t per permit traded");
                assertEquals(Quantum.MONEY.toDouble(fees), r.transactionCosts(), 1e-9, at);
                trades += r.trades().size();
                feesPaid += t > 0 && fees > 0 ? 1 : 0;
                for (ReceptorOutcome o : r.receptors()) {
                    assertTrue(!o.exceeded() || r.sources().stream().anyMatch(x -> x.shortfall() > 0),
                            at + ": " + o + " above its limit without a shortfall");
                }
            }
        }
        assertTrue(trades > 100, "trades " + trades);
        assertTrue(feesPaid > 5, "runs that paid transaction costs: " + feesPaid);
    }
}
