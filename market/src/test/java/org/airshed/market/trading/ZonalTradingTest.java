package org.airshed.market.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;
import org.junit.jupiter.api.Test;

/** Zoned trading (RECLAIM): restricted cost ≥ unrestricted, zone price conditions, conservation (docs/DOMAIN.md §3). */
class ZonalTradingTest {
    /** Coastal source 0: MC = 2a; inland source 1: MC = a; at most 10 each, baseline 10 each. */
    private static AllocationProblem coastAndInland() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int r = b.addRegion("basin", 0);
        b.addQuadraticSource(r, 10, 0, 2, 10);
        b.addQuadraticSource(r, 10, 0, 1, 10);
        return b.build();
    }

    private static final int[] COAST_INLAND = {ZoneRules.COASTAL, ZoneRules.INLAND};

    @Test
    void reclaimCoastalShortfallCannotBeBoughtInland() {
        // Coastal needs 6 t, inland 0. Coastal may not buy inland permits: it abates 6 at MC 12.
        ZonalEquilibrium zoned = ZonalTrading.solve(coastAndInland(), new double[] {4, 10}, ZoneRules.reclaim(COAST_INLAND));
        assertEquals(12, zoned.zonePrice()[ZoneRules.COASTAL], 1e-12);
        assertEquals(0, zoned.zonePrice()[ZoneRules.INLAND], 1e-12);
        assertEquals(6, zoned.abatement()[0], 1e-12);
        assertEquals(0, zoned.abatement()[1], 1e-12);
        assertEquals(36, zoned.abatementCost(), 1e-12);
        assertEquals(0, zoned.flow()[ZoneRules.INLAND][ZoneRules.COASTAL], 0);
        // One market: 2a₀ = a₁, a₀ + a₁ = 6 ⇒ (2, 4) at λ = 4, cost 4 + 8 = 12.
        TradingEquilibrium one = EquilibriumTrading.solve(coastAndInland(), new double[] {4, 10}, 0);
        assertEquals(4, one.sellerPrice(), 1e-12);
        assertEquals(12, one.abatementCost(), 1e-12);
    }

    @Test
    void reclaimInlandShortfallBuysCoastalPermits() {
        // Inland needs 6 t and may buy coastal permits: the one-market outcome, 2 t flow inland.
        ZonalEquilibrium zoned = ZonalTrading.solve(coastAndInland(), new double[] {10, 4}, ZoneRules.reclaim(COAST_INLAND));
        assertEquals(4, zoned.zonePrice()[ZoneRules.COASTAL], 1e-12);
        assertEquals(4, zoned.zonePrice()[ZoneRules.INLAND], 1e-12);
        assertEquals(2, zoned.abatement()[0], 1e-12);
        assertEquals(4, zoned.abatement()[1], 1e-12);
        assertEquals(2, zoned.flow()[ZoneRules.COASTAL][ZoneRules.INLAND], 1e-12);
        assertEquals(2, zoned.zoneNetImport()[ZoneRules.INLAND], 1e-12);
        assertEquals(-2, zoned.zoneNetImport()[ZoneRules.COASTAL], 1e-12);
        assertEquals(12, zoned.abatementCost(), 1e-12);
    }

    @Test
    void restrictedCostIsAtLeastUnrestrictedAndEqualWhenAllDirectionsAreAllowed() {
        for (long seed = 0; seed < 200; seed++) {
            SplittableRandom random = new SplittableRandom(3000 + seed);
            int zones = 1 + random.nextInt(5);
            Instance x = Instance.draw(random, zones, 0.5, seed % 4 == 3);
            String at = "seed " + seed;
            TradingEquilibrium one = EquilibriumTrading.solve(x.problem, x.permits, 0);
            ZonalEquilibrium zoned = ZonalTrading.solve(x.problem, x.permits, x.rules);
            ZoneRules all = ZoneRules.unrestricted(x.zoneOf, zones);
            ZonalEquilibrium open = ZonalTrading.solve(x.problem, x.permits, all);
            double tol = 1e-9 * Math.max(1, Math.abs(one.abatementCost()));
            assertTrue(zoned.abatementCost() >= one.abatementCost() - tol, at);
            assertEquals(one.abatementCost(), open.abatementCost(), tol, at);
            for (double p : open.zonePrice()) {
                assertEquals(one.sellerPrice(), p, 1e-9 * Math.max(1, one.sellerPrice()), at);
            }
            assertEquilibrium(x, x.rules, zoned, at);
            assertEquilibrium(x, all, open, at + " unrestricted");
        }
    }

    @Test
    void matchesTheLinearProgramOnStepCurves() {
        for (long seed = 0; seed < 120; seed++) {
            SplittableRandom random = new SplittableRandom(4000 + seed);
            int zones = 2 + random.nextInt(3);
            Instance x = Instance.draw(random, zones, 0, seed % 3 == 2);
            ZonalEquilibrium zoned = ZonalTrading.solve(x.problem, x.permits, x.rules);
            double reference = referenceCost(x);
            assertEquals(reference, zoned.abatementCost(), 1e-7 * Math.max(1, Math.abs(reference)), "seed " + seed);
            assertEquilibrium(x, x.rules, zoned, "seed " + seed);
        }
    }

    @Test
    void zonesThatCannotCoverThemselvesAreNamed() {
        // Coastal emits 12 t with no permits but can abate at most 10, and may not buy inland permits.
        AllocationProblemBuilder b = AllocationProblem.builder();
        int r = b.addRegion("basin", 0);
        b.addQuadraticSource(r, 12, 0, 2, 10);
        b.addQuadraticSource(r, 10, 0, 1, 10);
        AllocationProblem p = b.build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ZonalTrading.solve(p, new double[] {0, 10}, ZoneRules.reclaim(COAST_INLAND)));
        assertTrue(e.getMessage().contains("zones {0}") && e.getMessage().contains("need 12.0")
                && e.getMessage().contains("at most 10.0"), e.getMessage());
        // With every direction allowed the inland permits cover it.
        ZonalEquilibrium open = ZonalTrading.solve(p, new double[] {0, 10}, ZoneRules.unrestricted(COAST_INLAND, 2));
        assertEquals(12, open.abatement()[0] + open.abatement()[1], 1e-12);
    }

    /**
     * Every allowed direction z → z': p_z ≥ p_z', equal when permits flow; flows only along allowed
     * directions; every source's abatement supported by its zone's price; every zone's permits,
     * after flows, cover its emissions, with none left unused unless its price is 0.
     */
    private static void assertEquilibrium(Instance x, ZoneRules rules, ZonalEquilibrium e, String at) {
        int zones = rules.zoneCount();
        double[] price = e.zonePrice();
        double[][] flow = e.flow();
        double priceTol = 1e-9 * (1 + max(price));
        double massTol = 1e-9 * (1 + x.size());
        double totalImport = 0;
        for (int u = 0; u < zones; u++) {
            totalImport += e.zoneNetImport()[u];
            for (int v = 0; v < zones; v++) {
                assertTrue(flow[u][v] >= 0, at);
                if (u == v) {
                    continue;
                }
                if (rules.allows(u, v)) {
                    assertTrue(price[u] >= price[v] - priceTol, at + " price " + u + " below " + v);
                    if (flow[u][v] > massTol) {
                        assertEquals(price[u], price[v], priceTol, at + " flow " + u + "→" + v);
                    }
                } else {
                    assertEquals(0, flow[u][v], 0, at + " forbidden flow " + u + "→" + v);
                }
            }
        }
        assertEquals(0, totalImport, massTol, at + " Σ net imports");
        double[] a = e.abatement();
        double[] held = new double[zones];
        double[] emitted = new double[zones];
        for (int i = 0; i < x.permits.length; i++) {
            int z = x.zoneOf[i];
            assertTrue(Subgradient.supports(x.problem, i, a[i], price[z], priceTol), at + " source " + i);
            held[z] += x.permits[i];
            emitted[z] += e.emissions()[i];
        }
        for (int z = 0; z < zones; z++) {
            double unused = e.zoneUnusedPermits()[z];
            assertEquals(held[z] + e.zoneNetImport()[z], emitted[z] + unused, massTol, at + " zone " + z);
            assertTrue(unused >= -massTol, at + " zone " + z);
            if (price[z] > priceTol) {
                assertEquals(0, unused, massTol, at + " zone " + z + " unused at a positive price");
            }
        }
    }

    /** min Σ c·y over blocks y ≤ amount and arc flows f ≥ 0, each zone abating its shortfall after flows. */
    private static double referenceCost(Instance x) {
        RandomSources s = x.sources;
        int zones = x.rules.zoneCount();
        int blocks = 0;
        for (double[] amounts : s.amounts) {
            blocks += amounts.length;
        }
        int arcs = zones * zones;
        ReferenceLp lp = new ReferenceLp(blocks + arcs);
        double[] objective = new double[blocks + arcs];
        double[][] zoneRow = new double[zones][blocks + arcs];
        double[] shortfall = new double[zones];
        int k = 0;
        for (int i = 0; i < s.size(); i++) {
            int z = x.zoneOf[i];
            shortfall[z] += s.baseline[i] - x.permits[i];
            for (int b = 0; b < s.amounts[i].length; b++, k++) {
                objective[k] = s.costs[i][b];
                lp.upperBound(k, s.amounts[i][b]);
                zoneRow[z][k] = 1;
            }
        }
        for (int u = 0; u < zones; u++) {
            for (int v = 0; v < zones; v++) {
                int j = blocks + u * zones + v;
                if (u == v || !x.rules.allows(u, v)) {
                    lp.upperBound(j, 0);
                } else {
                    zoneRow[u][j] -= 1;
                    zoneRow[v][j] += 1;
                }
            }
        }
        for (int z = 0; z < zones; z++) {
            lp.atLeast(zoneRow[z], shortfall[z]);
        }
        return lp.minimum(objective);
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** A random zoned market whose zones can always cover themselves (every zone's shortfall ≤ its maximum). */
    private record Instance(RandomSources sources, AllocationProblem problem, double[] permits, int[] zoneOf,
                            ZoneRules rules) {
        int size() {
            return permits.length;
        }

        static Instance draw(SplittableRandom random, int zones, double quadraticShare, boolean palette) {
            RandomSources s = RandomSources.draw(random, zones + random.nextInt(8), 1, quadraticShare, palette);
            int[] zoneOf = new int[s.size()];
            for (int i = 0; i < zoneOf.length; i++) {
                zoneOf[i] = i < zones ? i : random.nextInt(zones);
            }
            double[] permits = new double[s.size()];
            for (int i = 0; i < permits.length; i++) {
                // Own shortfall in [−0.3, 1] of the source's maximum abatement: some zones long, some short.
                double own = (-0.3 + 1.3 * random.nextDouble()) * s.maxAbatement(i);
                permits[i] = Math.max(s.baseline[i] - own, 0);
            }
            boolean[][] allowed = new boolean[zones][zones];
            double density = random.nextDouble();
            for (int u = 0; u < zones; u++) {
                for (int v = 0; v < zones; v++) {
                    allowed[u][v] = u == v || random.nextDouble() < density;
                }
            }
            return new Instance(s, s.build(), permits, zoneOf, new ZoneRules(zoneOf, allowed));
        }
    }
}
