package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.ledger.Conservation;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.permits.AllocationRule;
import org.airshed.market.settlement.Trade;
import org.airshed.market.trading.ZonalEquilibrium;
import org.airshed.market.trading.ZonalTrading;
import org.airshed.market.trading.ZoneRules;
import org.junit.jupiter.api.Test;

/**
 * A zone market settles the zonal equilibrium it computes: spare permits at price 0 stay unused in
 * their own zone, never taken from what a buyer of another zone needs (reviewer's defect 1).
 */
class ZoneMarketSettlementTest {
    /** The reviewer's zmin.json: A and B in zone x, C in zone y, no crossings, nobody can abate. */
    @Test
    void aBuyerGetsItsOwnZonesSparePermitsWhileAnotherZoneHasMore() {
        List<Region> regions = List.of(region("A", 1), region("B", 1), region("C", 2));
        List<Source> sources = List.of(new Source("A1", "A", null, null, 50, new StepCurve(List.of())),
                new Source("B1", "B", null, null, 10, new StepCurve(List.of())),
                new Source("C1", "C", null, null, 10, new StepCurve(List.of())));
        Scenario s = new Scenario("zmin", "", 0, Units.DEFAULT, Objective.COST, regions,
                new TransferMatrix(Map.of("A", Map.of("A", 0.01))), sources,
                new Policy(OptionalDouble.of(140), Map.of(), Map.of()));
        ZoneSpec zones = new ZoneSpec(Map.of("A", "x", "B", "x", "C", "y"), List.of());
        MarketReport r = checked(MarketStudy.run(s, spec(AllocationRule.PER_CAPITA, zones), 0));
        assertEquals("cleared", r.status());
        assertEquals(1, r.trades().size(), r.trades().toString());
        Trade t = r.trades().get(0);
        assertEquals("B1", t.seller());
        assertEquals("A1", t.buyer());
        assertEquals(Quantum.PERMIT.of(15), t.quantity());
        for (SourcePosition p : r.sources()) {
            assertEquals(0, p.shortfall(), p.id());
        }
    }

    /**
     * Permits may reach C only through zone b, which has no source: the equilibrium routes them
     * a → b → c, and with nobody in b to pass them on, A1 sells to C1 straight (no one in b could
     * hold them). Before, no trade was allowed, C1 (which cannot abate) ended 20 t short, and the
     * status still said cleared.
     */
    @Test
    void permitsCrossAZoneWithoutSourcesToTheBuyer() {
        List<Region> regions = List.of(region("A", 3), region("B", 1), region("C", 1));
        List<Source> sources = List.of(new Source("A1", "A", null, null, 10, new StepCurve(List.of())),
                new Source("C1", "C", null, null, 30, new StepCurve(List.of())));
        Scenario s = new Scenario("transit", "", 0, Units.DEFAULT, Objective.COST, regions,
                new TransferMatrix(Map.of("A", Map.of("A", 0.01))), sources,
                new Policy(OptionalDouble.of(40), Map.of(), Map.of()));
        ZoneSpec zones = new ZoneSpec(Map.of("A", "a", "B", "b", "C", "c"),
                List.of(new ZoneSpec.Flow("a", "b"), new ZoneSpec.Flow("b", "c")));
        MarketReport r = checked(MarketStudy.run(s, spec(AllocationRule.PER_CAPITA, zones), 0));
        assertEquals(List.of(new Trade("T1", 0, "A1", "C1", Quantum.PERMIT.of(20), 0, 0, 0)), r.trades());
        assertEquals(0, r.sources().stream().mapToLong(SourcePosition::shortfall).sum());
        assertEquals("cleared", r.status());
    }

    /**
     * Random zoned markets where some zones hold more permits than they emit (per capita and by GDP,
     * few crossings): the market's abatement cost is its zonal equilibrium's (which
     * ZonalTradingTest pins to a linear program), nobody is short, and the status says cleared.
     */
    @Test
    void theMarketSettlesItsZonalEquilibriumWhenSomeZonesHaveSparePermits() {
        int spare = 0;
        for (long seed = 0; seed < 80; seed++) {
            SplittableRandom random = new SplittableRandom(9100 + seed);
            int regionCount = 3 + random.nextInt(4);
            Scenario s = MarketScenarios.random(random, regionCount, false);
            int zoneCount = 2 + random.nextInt(2);
            Map<String, String> of = new LinkedHashMap<>();
            for (int r = 0; r < regionCount; r++) {
                of.put("R" + r, "z" + (r < zoneCount ? r : random.nextInt(zoneCount)));
            }
            List<ZoneSpec.Flow> flows = new ArrayList<>();
            for (int u = 0; u < zoneCount; u++) {
                for (int v = 0; v < zoneCount; v++) {
                    if (u != v && random.nextInt(4) == 0) {
                        flows.add(new ZoneSpec.Flow("z" + u, "z" + v));
                    }
                }
            }
            ZoneSpec zones = new ZoneSpec(of, flows);
            AllocationRule rule = random.nextBoolean() ? AllocationRule.PER_CAPITA : AllocationRule.GDP;
            MarketSpec spec = spec(rule, zones);
            String at = "seed " + seed + " " + rule + " " + of + " " + flows;
            double cap = s.policy().cap().getAsDouble();
            ScenarioProblem sp = MarketStudy.capOnly(s, cap);
            long[] free = MarketStudy.freePermits(sp, spec, cap);
            ZonalEquilibrium eq;
            try {
                eq = ZonalTrading.solve(sp.problem(), MarketStudy.mass(free), rules(sp.problem(), zones));
            } catch (IllegalArgumentException e) {
                continue;
            }
            for (double unused : eq.zoneUnusedPermits()) {
                spare += unused > 1e-6 ? 1 : 0;
            }
            MarketReport r = checked(MarketStudy.run(s, spec, 1));
            assertEquals("cleared", r.status(), at);
            for (SourcePosition p : r.sources()) {
                assertEquals(0, p.shortfall(), at + " " + p.id());
            }
            double tol = 0.003 * sp.problem().sourceCount() * highestUnitCost(sp.problem()) + 1e-9 * eq.abatementCost();
            assertEquals(eq.abatementCost(), r.abatementCost(), tol, at);
            for (Trade t : r.trades()) {
                String from = of.get(t.seller().substring(0, t.seller().indexOf('-')));
                String to = of.get(t.buyer().substring(0, t.buyer().indexOf('-')));
                assertTrue(from.equals(to) || flows.contains(new ZoneSpec.Flow(from, to)), at + " trade " + t);
            }
        }
        assertTrue(spare > 20, "zones with spare permits at price 0: " + spare);
    }

    private static MarketReport checked(MarketReport r) {
        assertTrue(r.conservation().isConserved(), r.conservation().violations().toString());
        assertEquals(List.of(), r.audit());
        Conservation.assertConserved(r.ledger().ledger());
        return r;
    }

    private static ZoneRules rules(AllocationProblem p, ZoneSpec zones) {
        List<String> names = zones.zones();
        int[] zoneOf = new int[p.sourceCount()];
        for (int i = 0; i < zoneOf.length; i++) {
            zoneOf[i] = names.indexOf(zones.zoneOfRegion().get(p.regionId(p.sourceRegion(i))));
        }
        boolean[][] allowed = new boolean[names.size()][names.size()];
        for (ZoneSpec.Flow f : zones.flows()) {
            allowed[names.indexOf(f.from())][names.indexOf(f.to())] = true;
        }
        return new ZoneRules(zoneOf, allowed);
    }

    private static double highestUnitCost(AllocationProblem p) {
        double highest = 1;
        for (int i = 0; i < p.sourceCount(); i++) {
            if (p.maxAbatement(i) > 0) {
                highest = Math.max(highest, p.marginalCost(i, p.maxAbatement(i)));
            }
        }
        return highest;
    }

    private static MarketSpec spec(AllocationRule rule, ZoneSpec zones) {
        return new MarketSpec(rule, Mechanism.EQUILIBRIUM, 0, null, 2020, zones, false, null, null, null, null, null);
    }

    private static Region region(String id, double population) {
        return new Region(id, id, OptionalDouble.of(population), OptionalDouble.empty(), 0, 0, 0);
    }
}
