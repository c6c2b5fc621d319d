package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.market.ledger.Conservation;
import org.airshed.market.ledger.PermitTotals;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.permits.AllocationRule;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the ledger counts permits in thousandths. A cap exactly at the most the sources can
 * abate was refused (short by a thousandth), and a cap that is not a whole number of thousandths
 * was issued rounded to nearest, so a market could emit above it. Issuance now rounds down.
 */
class CapQuantumTest {
    private static final List<AllocationRule> FREE = List.of(AllocationRule.GRANDFATHERING,
            AllocationRule.EQUAL_PROPORTIONAL, AllocationRule.PER_CAPITA, AllocationRule.GDP);

    @Test
    void aCapExactlyAtTheMaximumAbatementIsAccepted() {
        for (long seed = 0; seed < 40; seed++) {
            Scenario s = MarketScenarios.random(new SplittableRandom(seed), 2 + (int) (seed % 4), false);
            double floor = 0;
            for (Source source : s.sources()) {
                floor += source.baseline() - source.curve().maxAbatement();
            }
            Scenario atMax = MarketScenarios.withPolicy(s, new Policy(OptionalDouble.of(floor), Map.of(), Map.of()));
            for (AllocationRule rule : FREE) {
                for (double t : new double[] {0, 3}) {
                    String at = "seed " + seed + " cap " + floor + " " + rule.key() + " t " + t;
                    MarketReport r = MarketStudy.run(atMax, MarketSpec.of(rule, Mechanism.EQUILIBRIUM, t), seed);
                    Conservation.assertConserved(r.ledger().ledger());
                    assertEquals(List.of(), r.audit(), at);
                    assertTrue(issued(r).compareTo(BigInteger.valueOf(Quantum.PERMIT.floor(floor))) <= 0, at);
                    for (SourcePosition p : r.sources()) {
                        assertEquals(0, p.shortfall(), at + " " + p.id());
                    }
                }
            }
            MarketReport auction = MarketStudy.run(atMax, MarketSpec.of(AllocationRule.AUCTION,
                    Mechanism.EQUILIBRIUM, 0), seed);
            Conservation.assertConserved(auction.ledger().ledger());
        }
    }

    @Test
    void permitsIssuedForACapRoundDownToTheQuantum() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 60; k++) {
            Scenario s = MarketScenarios.random(random, 2 + random.nextInt(4), false);
            // A cap ending in ...0007 thousandths: nearest rounding would issue one kilogram more.
            double cap = Math.floor(s.policy().cap().getAsDouble()) + 0.0007;
            Scenario odd = MarketScenarios.withPolicy(s, new Policy(OptionalDouble.of(cap), Map.of(), Map.of()));
            long floor = Quantum.PERMIT.floor(cap);
            List<MarketSpec> specs = List.of(MarketSpec.of(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0),
                    MarketSpec.of(AllocationRule.AUCTION, Mechanism.EQUILIBRIUM, 0),
                    new MarketSpec(AllocationRule.AUCTION, Mechanism.UNIFORM_PRICE_AUCTION, 0, null, 1, null, false,
                            new AuctionSpec(1, 0, 0, 0, 0, 0, false, List.of(), 5), null, null, null, null),
                    new MarketSpec(AllocationRule.GDP, Mechanism.DOUBLE_AUCTION, 0, null, 1, null, false, null,
                            new DoubleAuctionSpec(200, 50, 0), null, null, null));
            for (MarketSpec spec : specs) {
                MarketReport r = MarketStudy.run(odd, spec, k);
                Conservation.assertConserved(r.ledger().ledger());
                assertEquals(BigInteger.valueOf(floor), issued(r), "cap " + cap + " " + spec.mechanism().key());
                double emitted = 0;
                for (SourcePosition p : r.sources()) {
                    emitted += p.emissions() - Quantum.PERMIT.toDouble(p.shortfall());
                }
                assertTrue(emitted <= cap + 1e-9 * cap, spec.mechanism().key() + " " + spec.allocation().key() + ": covered emissions " + emitted + " above the cap " + cap);
            }
            MarketReport periods = MarketStudy.run(odd, new MarketSpec(AllocationRule.GRANDFATHERING,
                    Mechanism.EQUILIBRIUM, 0, null, 1, null, false, null, null,
                    new PeriodsSpec(List.of(cap, cap - 1, cap - 2), 0.03, true, 0), null, null), k);
            for (PermitTotals t : periods.conservation().permits()) {
                long vintageCap = Quantum.PERMIT.floor(cap - (t.asset().vintage() - 1));
                assertEquals(BigInteger.valueOf(vintageCap), t.issued(), "vintage " + t.asset().vintage());
            }
        }
    }

    private static BigInteger issued(MarketReport r) {
        BigInteger total = BigInteger.ZERO;
        for (PermitTotals t : r.conservation().permits()) {
            total = total.add(t.issued());
        }
        return total;
    }
}
