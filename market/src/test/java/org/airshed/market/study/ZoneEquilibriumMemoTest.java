package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.permits.AllocationRule;
import org.airshed.market.trading.ZonalEquilibrium;
import org.junit.jupiter.api.Test;

/**
 * A zone market's equilibrium is solved once, by the check, and run settles that one: the memo gives
 * the equilibrium a fresh solve gives (the route before it), and a run after the check writes what a
 * run on a problem never checked writes, trade for trade and to the journal's hash.
 */
class ZoneEquilibriumMemoTest {
    @Test
    void theCheckedEquilibriumIsTheOneAFreshSolveGivesAndRunSettlesIt() {
        int cleared = 0;
        for (long seed = 0; seed < 40; seed++) {
            SplittableRandom random = new SplittableRandom(7300 + seed);
            int regionCount = 3 + random.nextInt(4);
            Scenario s = MarketScenarios.random(random, regionCount, false);
            MarketSpec spec = spec(random, regionCount);
            String at = "seed " + seed + " " + spec.zones();
            double cap = s.policy().cap().getAsDouble();
            ScenarioProblem sp = MarketStudy.capOnly(s, cap);
            long[] free = MarketStudy.freePermits(sp, spec, cap);

            ZoneEquilibriumMemo.Solved once = ZoneEquilibriumMemo.solve(sp, spec, free);
            assertSame(once, ZoneEquilibriumMemo.solve(sp, spec, free), at);
            ZoneEquilibriumMemo.Solved fresh = ZoneEquilibriumMemo.solveAgain(sp, spec, free);
            assertNotSame(once, fresh, at);
            assertEquals(fresh.failure() == null, once.failure() == null, at);
            if (fresh.failure() != null) {
                assertEquals(fresh.failure().getMessage(), once.failure().getMessage(), at);
                continue;
            }
            sameEquilibrium(fresh.equilibrium(), once.equilibrium(), at);

            ScenarioProblem own = ScenarioProblem.of(s);
            assertEquals(List.of(), MarketStudy.problems(own, spec), at);
            MarketReport afterCheck = MarketStudy.run(own, spec, seed);
            MarketReport unchecked = MarketStudy.run(ScenarioProblem.of(s), spec, seed);
            assertEquals(unchecked.trades(), afterCheck.trades(), at);
            assertEquals(unchecked.ledger().ledger().journalHead(), afterCheck.ledger().ledger().journalHead(), at);
            assertEquals(unchecked.clearingPrice(), afterCheck.clearingPrice(), at);
            cleared++;
        }
        assertTrue(cleared > 20, "zone markets that cleared: " + cleared);
    }

    @Test
    void otherPermitsAreSolvedAgain() {
        SplittableRandom random = new SplittableRandom(7299);
        Scenario s = MarketScenarios.random(random, 4, false);
        MarketSpec spec = spec(random, 4);
        double cap = s.policy().cap().getAsDouble();
        ScenarioProblem sp = MarketStudy.capOnly(s, cap);
        long[] free = MarketStudy.freePermits(sp, spec, cap);
        ZoneEquilibriumMemo.Solved first = ZoneEquilibriumMemo.solve(sp, spec, free);
        long[] moved = free.clone();
        moved[0] += 1;
        moved[1] -= 1;
        assertNotSame(first, ZoneEquilibriumMemo.solve(sp, spec, moved));
    }

    private static void sameEquilibrium(ZonalEquilibrium expected, ZonalEquilibrium actual, String at) {
        assertArrayEquals(expected.zonePrice(), actual.zonePrice(), at);
        assertArrayEquals(expected.emissions(), actual.emissions(), at);
        assertArrayEquals(expected.abatement(), actual.abatement(), at);
        assertArrayEquals(expected.zoneUnusedPermits(), actual.zoneUnusedPermits(), at);
        for (int z = 0; z < expected.flow().length; z++) {
            assertArrayEquals(expected.flow()[z], actual.flow()[z], at);
        }
        assertEquals(expected.abatementCost(), actual.abatementCost(), at);
    }

    /** Two or three zones over the regions R0…, each direction allowed with probability 1/3. */
    private static MarketSpec spec(SplittableRandom random, int regionCount) {
        int zoneCount = 2 + random.nextInt(2);
        Map<String, String> of = new LinkedHashMap<>();
        for (int r = 0; r < regionCount; r++) {
            of.put("R" + r, "z" + (r < zoneCount ? r : random.nextInt(zoneCount)));
        }
        List<ZoneSpec.Flow> flows = new ArrayList<>();
        for (int u = 0; u < zoneCount; u++) {
            for (int v = 0; v < zoneCount; v++) {
                if (u != v && random.nextInt(3) == 0) {
                    flows.add(new ZoneSpec.Flow("z" + u, "z" + v));
                }
            }
        }
        return new MarketSpec(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0, null, 2020,
                new ZoneSpec(of, flows), false, null, null, null, null, null);
    }
}
