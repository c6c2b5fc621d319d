package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.ledger.Conservation;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.permits.AllocationRule;
import org.airshed.market.settlement.Trade;
import org.airshed.market.trading.OffsetRatios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The market's properties from docs/DOMAIN.md §3, end to end through the ledger: every report's ledger
 * is checked for conservation (and rebuilt from its journal) after every test.
 */
class MarketStudyTest {
    private static final List<AllocationRule> FREE = List.of(AllocationRule.GRANDFATHERING,
            AllocationRule.EQUAL_PROPORTIONAL, AllocationRule.PER_CAPITA, AllocationRule.GDP);
    private final List<MarketReport> reports = new ArrayList<>();

    @AfterEach
    void nothingWasCreatedOrLost() {
        for (MarketReport r : reports) {
            assertTrue(r.conservation().isConserved(), r.conservation().violations().toString());
            assertEquals(List.of(), r.audit(), "the journal's cap, compliance and closing checks");
            Conservation.assertConserved(r.ledger().ledger());
        }
    }

    private MarketReport run(Scenario s, MarketSpec spec, long seed) {
        MarketReport r = MarketStudy.run(s, spec, seed);
        reports.add(r);
        return r;
    }

    /** The ledger issues the cap to 1/1000 of a tonne; compare with the least cost of that cap. */
    private static Scenario quantizedCap(Scenario s) {
        double cap = Quantum.PERMIT.toDouble(Quantum.PERMIT.floor(s.policy().cap().getAsDouble()));
        return MarketScenarios.withPolicy(s, new Policy(OptionalDouble.of(cap), Map.of(), Map.of()));
    }

    private static double highestUnitCost(Scenario s) {
        AllocationProblem p = MarketStudy.capOnly(s, s.policy().cap().getAsDouble()).problem();
        double highest = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            if (p.maxAbatement(i) > 0) {
                highest = Math.max(highest, p.marginalCost(i, p.maxAbatement(i)));
            }
        }
        return highest;
    }

    private static AllocationSolution leastCost(Scenario s) {
        return new ExactAllocationSolver().solve(MarketStudy.capOnly(s, s.policy().cap().getAsDouble()).problem());
    }

    @Test
    void montgomeryTheEquilibriumIsTheLeastCostAllocationWhateverTheInitialAllocation() {
        for (long seed = 0; seed < 60; seed++) {
            Scenario s = quantizedCap(MarketScenarios.random(new SplittableRandom(seed), 2 + (int) (seed % 5), false));
            AllocationSolution exact = leastCost(s);
            for (AllocationRule rule : FREE) {
                MarketReport r = run(s, MarketSpec.of(rule, Mechanism.EQUILIBRIUM, 0), 1);
                String at = "seed " + seed + " " + rule.key();
                assertEquals(exact.capPrice(), r.clearingPrice(), 1e-9 * (1 + exact.capPrice()), at + " price = λ");
                // Exact holdings bound emissions: each source may abate up to two quanta more than the real-valued optimum.
                double resolution = s.sources().size() * 2 * Quantum.PERMIT.size() * highestUnitCost(s);
                assertEquals(exact.cost(), r.abatementCost(), 1e-9 * (1 + exact.cost()) + resolution, at + " least cost");
                for (SourcePosition p : r.sources()) {
                    assertEquals(0, p.shortfall(), at + " " + p.id() + " compliant");
                }
            }
        }
    }

    /** Issue 15: every market reports each receptor's concentration after trading against its limit. */
    @Test
    void receptorsAfterTradingAreTheEmissionsThroughTheTransferMatrix() {
        int exceeded = 0;
        for (long seed = 0; seed < 40; seed++) {
            Scenario s = MarketScenarios.random(new SplittableRandom(seed), 2 + (int) (seed % 4), true);
            if (s.policy().receptorLimits().isEmpty()
                    || !new ExactAllocationSolver().solve(ScenarioProblem.of(s).problem()).isOptimal()) {
                continue;
            }
            for (MarketSpec spec : List.of(MarketSpec.of(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0),
                    new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0, null, 1, null, true, null,
                            null, null, null, null))) {
                MarketReport r = run(s, spec, 1);
                assertEquals(s.policy().receptorLimits().keySet(), r.receptors().stream()
                        .map(ReceptorOutcome::receptor).collect(java.util.stream.Collectors.toSet()));
                for (ReceptorOutcome o : r.receptors()) {
                    double z = s.region(o.receptor()).background();
                    for (SourcePosition p : r.sources()) {
                        z += s.transfer().coefficient(o.receptor(), p.region()) * p.emissions();
                    }
                    String at = "seed " + seed + (spec.ambient() ? " ambient " : " ") + o.receptor();
                    assertEquals(z, o.concentration(), 1e-9 * Math.abs(z), at);
                    assertEquals(s.policy().receptorLimits().get(o.receptor()), o.limit(), 0, at);
                    boolean noted = r.notes().stream().anyMatch(n -> n.contains(o.receptor() + " ends at"));
                    assertEquals(o.exceeded(), noted, at + " " + r.notes());
                    if (o.exceeded()) {
                        exceeded++;
                        assertTrue(spec.ambient() || r.notes().stream().anyMatch(n -> n.contains("by design")), at);
                    }
                }
            }
        }
        assertTrue(exceeded > 5, "limits exceeded in " + exceeded + " runs");
    }

    @Test
    void onlyTheMoneyFlowsDependOnWhoGotThePermits() {
        Scenario s = MarketScenarios.random(new SplittableRandom(3), 4, false);
        MarketReport a = run(s, MarketSpec.of(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0), 1);
        MarketReport b = run(s, MarketSpec.of(AllocationRule.PER_CAPITA, Mechanism.EQUILIBRIUM, 0), 1);
        for (int r = 0; r < a.regions().size(); r++) {
            assertEquals(a.regions().get(r).emissions(), b.regions().get(r).emissions(), 1e-6);
        }
        assertNotEquals(a.regions().get(0).payment(), b.regions().get(0).payment());
    }

    @Test
    void stavinsATransactionCostOpensAWedgeCutsVolumeAndRaisesCost() {
        for (long seed = 0; seed < 40; seed++) {
            Scenario s = MarketScenarios.random(new SplittableRandom(100 + seed), 3 + (int) (seed % 4), false);
            double previousVolume = Double.POSITIVE_INFINITY;
            double previousCost = 0;
            for (double t : new double[] {0, 1, 3, 10, 30}) {
                MarketReport r = run(s, MarketSpec.of(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, t), 1);
                String at = "seed " + seed + " t " + t;
                assertEquals(t, r.buyerPrice() - r.clearingPrice(), 1e-9 * (1 + r.buyerPrice()), at + " wedge");
                assertTrue(r.volume() <= previousVolume + 1e-9, at + " volume falls");
                assertTrue(r.totalCost() >= previousCost - 1e-6 * (1 + previousCost), at + " cost rises");
                assertTrue(r.lossVsFrictionless() >= -0.01, at + " loss >= 0");
                double fees = 0;
                for (Trade trade : r.trades()) {
                    fees += trade.fee() / 100.0;
                }
                assertEquals(t * r.volume(), fees, 0.01 * (1 + r.trades().size()), at + " fees = t · volume");
                previousVolume = r.volume();
                previousCost = r.totalCost();
            }
        }
    }

    @Test
    void withFrictionsTheInitialAllocationMatters() {
        Scenario s = MarketScenarios.random(new SplittableRandom(7), 4, false);
        MarketReport a = run(s, MarketSpec.of(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 20), 1);
        MarketReport b = run(s, MarketSpec.of(AllocationRule.GDP, Mechanism.EQUILIBRIUM, 20), 1);
        assertNotEquals(a.totalCost(), b.totalCost(), 1e-6);
    }

    @Test
    void zoneRestrictionsNeverLowerTheCost() {
        int restricted = 0;
        for (long seed = 0; seed < 40; seed++) {
            Scenario s = MarketScenarios.random(new SplittableRandom(200 + seed), 4, false);
            ZoneSpec zones = new ZoneSpec(Map.of("R0", "coastal", "R1", "coastal", "R2", "inland", "R3", "inland"),
                    List.of(new ZoneSpec.Flow("coastal", "inland")));
            MarketSpec spec = new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0, null, 1, zones,
                    false, null, null, null, null, null);
            MarketReport r = run(s, spec, 1);
            assertTrue(r.abatementCost() >= r.leastCost() - 1e-6 * (1 + r.leastCost()), "seed " + seed);
            double coastal = r.zones().prices()[0];
            double inland = r.zones().prices()[1];
            assertTrue(coastal >= inland - 1e-9 * (1 + coastal), "permits flow coastal → inland only");
            if (r.abatementCost() > r.leastCost() * (1 + 1e-9)) {
                restricted++;
            }
            for (SourcePosition p : r.sources()) {
                assertEquals(0, p.shortfall(), "seed " + seed + " " + p.id());
            }
            for (Trade t : r.trades()) {
                boolean fromInland = t.seller().startsWith("R2") || t.seller().startsWith("R3");
                boolean toCoastal = t.buyer().startsWith("R0") || t.buyer().startsWith("R1");
                assertTrue(!(fromInland && toCoastal), "seed " + seed + " trade " + t);
            }
        }
        assertTrue(restricted > 5, "the restriction binds in some instances: " + restricted);
    }

    @Test
    void ambientTradesKeepEveryReceptorWithinItsLimit() {
        int tested = 0;
        for (long seed = 0; seed < 40; seed++) {
            Scenario s = MarketScenarios.random(new SplittableRandom(300 + seed), 4, true);
            if (s.policy().receptorLimits().isEmpty()) {
                continue;
            }
            ScenarioProblem sp = ScenarioProblem.of(s);
            if (!new ExactAllocationSolver().solve(sp.problem()).isOptimal()) {
                continue;
            }
            MarketSpec spec = new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0, null, 1, null,
                    true, null, null, null, null, null);
            MarketReport r = run(s, spec, 1);
            OffsetRatios ratios = OffsetRatios.of(sp.problem());
            double[] initial = new double[r.sources().size()];
            double[] emitted = new double[initial.length];
            for (int i = 0; i < initial.length; i++) {
                initial[i] = Quantum.PERMIT.toDouble(r.sources().get(i).initialPermits());
                emitted[i] = r.sources().get(i).emissions();
            }
            for (int k = 0; k < sp.problem().receptorCount(); k++) {
                double limit = Math.max(ratios.limit(k), ratios.concentration(initial, k));
                assertTrue(ratios.concentration(emitted, k) <= limit + 1e-6 * (1 + Math.abs(limit)),
                        "seed " + seed + " receptor " + sp.receptorId(k));
            }
            long short_ = r.sources().stream().mapToLong(SourcePosition::shortfall).sum();
            assertTrue(r.abatementCost() >= r.ambient().leastCost() - 1e-6 * (1 + r.leastCost()) || short_ > 0,
                    "seed " + seed + ": cost " + r.abatementCost() + " below the ambient least cost "
                            + r.ambient().leastCost() + ", shortfall " + short_ + ", notes " + r.notes());
            tested++;
        }
        assertTrue(tested > 10, "instances with receptor limits: " + tested);
    }

    @Test
    void anAuctionOfCurveBidsClearsAtTheCapPrice() {
        for (long seed = 0; seed < 30; seed++) {
            Scenario s = MarketScenarios.random(new SplittableRandom(400 + seed), 3, false);
            AllocationSolution exact = leastCost(s);
            MarketSpec spec = new MarketSpec(AllocationRule.AUCTION, Mechanism.UNIFORM_PRICE_AUCTION, 0, null, 1, null,
                    false, new AuctionSpec(1, 0, 0, 0, 0, 0, true, List.of(), 200), null, null, null, null);
            MarketReport r = run(s, spec, seed);
            assertEquals("cleared", r.status());
            assertEquals(exact.capPrice(), r.clearingPrice(), 0.02 * exact.capPrice() + 0.01, "seed " + seed);
            assertEquals(exact.cost(), r.abatementCost(), 0.01 * exact.cost(), "seed " + seed);
        }
    }

    @Test
    void theDoubleAuctionEndsNearTheLeastCostAndIsReproducible() {
        Scenario s = MarketScenarios.random(new SplittableRandom(9), 3, false);
        MarketSpec spec = new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.DOUBLE_AUCTION, 0, null, 1, null,
                false, null, new DoubleAuctionSpec(20_000, 500, 0), null, null, null);
        MarketReport a = run(s, spec, 5);
        MarketReport b = run(s, spec, 5);
        assertEquals(a.trades(), b.trades());
        assertTrue(a.abatementCost() <= a.leastCost() * 1.05, a.abatementCost() + " vs " + a.leastCost());
        for (SourcePosition p : a.sources()) {
            assertEquals(0, p.shortfall(), p.id());
        }
    }

    @Test
    void bankingPricesRiseWithTheDiscountRateWhileTheBankIsPositive() {
        Scenario s = MarketScenarios.random(new SplittableRandom(11), 3, false);
        double cap = s.policy().cap().getAsDouble();
        double r = 0.05;
        MarketSpec spec = new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0, null, 2025, null,
                false, null, null, new PeriodsSpec(List.of(cap * 1.2, cap, cap * 0.8, cap * 0.7), r, true, 0), null,
                null);
        MarketReport report = run(s, spec, 1);
        List<MarketReport.PeriodOutcome> periods = report.periods();
        boolean banked = false;
        for (int t = 0; t + 1 < periods.size(); t++) {
            MarketReport.PeriodOutcome p = periods.get(t);
            assertTrue(p.bank() >= -1e-9, "no borrowing");
            if (p.bank() > 1e-9) {
                banked = true;
                assertEquals(p.price() * (1 + r), periods.get(t + 1).price(), 1e-9 * (1 + p.price()), "period " + t);
            } else {
                assertTrue(periods.get(t + 1).price() <= p.price() * (1 + r) + 1e-9);
            }
        }
        assertTrue(banked, "a falling cap makes firms bank");
        for (SourcePosition p : report.sources()) {
            assertEquals(0, p.shortfall(), p.id());
        }
        assertEquals(2028, periods.get(3).vintage());
    }

    @Test
    void borrowedPermitsReachTheSourcesByTheRuleNotThroughTheRegulator() {
        Scenario s = MarketScenarios.random(new SplittableRandom(15), 3, false);
        double cap = s.policy().cap().getAsDouble();
        MarketSpec spec = new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0, null, 1, null,
                false, null, null, new PeriodsSpec(List.of(cap * 0.8, cap * 1.3), 0.05, true, cap * 0.3), null, null);
        MarketReport r = run(s, spec, 1);
        assertTrue(r.periods().get(0).bank() < -1e-6, "a tight first period borrows: " + r.periods().get(0).bank());
        assertEquals(0, r.ledger().money(org.airshed.market.settlement.MarketLedger.REGULATOR),
                "the regulator sells nothing under a free allocation");
        long free = 0;
        for (SourcePosition p : r.sources()) {
            free += p.initialPermits();
            assertEquals(0, p.shortfall(), p.id());
        }
        assertEquals(Quantum.PERMIT.of(cap * 0.8) + Quantum.PERMIT.of(cap * 1.3), free, 2, "every permit given away once");
    }

    @Test
    void aTransactionCostKeepsDoubleAuctionBuyersFromPayingAboveTheirValue() {
        Scenario s = MarketScenarios.random(new SplittableRandom(16), 3, false);
        DoubleAuctionSpec d = new DoubleAuctionSpec(20_000, 300, 0);
        MarketReport free = run(s, new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.DOUBLE_AUCTION, 0, null, 1,
                null, false, null, d, null, null, null), 3);
        MarketReport costly = run(s, new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.DOUBLE_AUCTION, 15, null,
                1, null, false, null, d, null, null, null), 3);
        assertTrue(costly.volume() < free.volume(), costly.volume() + " vs " + free.volume());
    }

    @Test
    void aCeilingSellsExtraPermitsAndAFloorWithholdsThem() {
        Scenario s = MarketScenarios.random(new SplittableRandom(12), 3, false);
        double lambda = leastCost(s).capPrice();
        MarketSpec ceiling = new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0, null, 1, null,
                false, null, null, null, null, OptionalDouble.of(lambda / 2));
        MarketReport c = run(s, ceiling, 1);
        assertEquals(lambda / 2, c.clearingPrice(), 1e-9 * lambda);
        assertTrue(c.periods().get(0).soldAtCeiling() > 0);
        MarketSpec floor = new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0, null, 1, null,
                false, null, null, null, OptionalDouble.of(lambda * 1.5), null);
        MarketReport f = run(s, floor, 1);
        assertEquals(lambda * 1.5, f.clearingPrice(), 1e-9 * lambda);
        assertTrue(f.periods().get(0).withheldAtFloor() > 0);
        assertTrue(f.conservation().permits().get(0).retired().signum() > 0, "withheld permits are retired");
    }

    @Test
    void sameScenarioAndSeedGiveIdenticalTradesAndJournals() {
        Scenario s = MarketScenarios.random(new SplittableRandom(13), 4, false);
        MarketSpec spec = MarketSpec.of(AllocationRule.PER_CAPITA, Mechanism.EQUILIBRIUM, 2);
        MarketReport a = run(s, spec, 1);
        MarketReport b = run(s, spec, 1);
        assertEquals(a.trades(), b.trades());
        assertEquals(a.ledger().ledger().journal(), b.ledger().ledger().journal());
    }

    @Test
    void badMarketInputNamesItsPath() {
        Scenario s = MarketScenarios.random(new SplittableRandom(14), 2, false);
        Scenario noCap = MarketScenarios.withPolicy(s, Policy.NONE);
        SectionInputException e = assertThrows(SectionInputException.class,
                () -> MarketStudy.run(noCap, MarketSpec.of(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0), 1));
        assertEquals("$.policy.cap", e.path());
        MarketSpec bids = new MarketSpec(AllocationRule.AUCTION, Mechanism.UNIFORM_PRICE_AUCTION, 0, null, 1, null,
                false, new AuctionSpec(1, 0, 0, 0, 0, 0, true, List.of(new AuctionSpec.BidSpec("nobody", 5, 10)), 10),
                null, null, null, null);
        e = assertThrows(SectionInputException.class, () -> MarketStudy.run(s, bids, 1));
        assertEquals("$.market.auction.bids[0].bidder", e.path());
        e = assertThrows(SectionInputException.class, () -> MarketStudy.check(s, bids));
        assertEquals("$.market.auction.bids[0].bidder", e.path());
        MarketSpec ambient = new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0, null, 1, null,
                true, null, null, null, null, null);
        e = assertThrows(SectionInputException.class, () -> MarketStudy.run(s, ambient, 1));
        assertEquals("$.market.ambient", e.path());
    }
}
