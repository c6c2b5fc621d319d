package org.airshed.market.study;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.trading.ZonalEquilibrium;
import org.airshed.market.trading.ZonalTrading;
import org.airshed.market.trading.ZoneRules;

/**
 * A zone market's equilibrium, solved once per market problem: the check stage ({@code validate},
 * and {@code run} before solving) solves it to see that the zones clear, and the run settles the
 * same equilibrium instead of solving it again. Held per cap-only problem (the copy its scenario's
 * problem keeps), weakly, so it lives as long as the run's problem and no longer.
 */
final class ZoneEquilibriumMemo {
    /** The equilibrium of {@code zones} with {@code free} permits, or why it cannot clear. */
    record Solved(ZoneSpec zones, long[] free, ZonalEquilibrium equilibrium, IllegalArgumentException failure) {
        boolean solves(ZoneSpec zones, long[] free) {
            return this.zones.equals(zones) && Arrays.equals(this.free, free);
        }
    }

    private static final Map<ScenarioProblem, Solved> SOLVED = Collections.synchronizedMap(new WeakHashMap<>());

    private ZoneEquilibriumMemo() {
    }

    /**
     * The zonal equilibrium of {@code sp} under {@code spec}'s zones with the free permits {@code free}
     * (quanta per source): the one solved before for the same problem, zones and permits, else solved now.
     */
    static Solved solve(ScenarioProblem sp, MarketSpec spec, long[] free) {
        Solved known = SOLVED.get(sp);
        if (known != null && known.solves(spec.zones(), free)) {
            return known;
        }
        Solved solved = solveAgain(sp, spec, free);
        SOLVED.put(sp, solved);
        return solved;
    }

    /** The same without the memo: the route before it, for tests and benchmarks to compare with. */
    static Solved solveAgain(ScenarioProblem sp, MarketSpec spec, long[] free) {
        ZoneRules rules = EquilibriumMarket.zoneRules(spec.zones(), MarketStudy.assetZones(sp, spec));
        long[] permits = free.clone();
        try {
            return new Solved(spec.zones(), permits, ZonalTrading.solve(sp.problem(), MarketStudy.mass(permits), rules),
                    null);
        } catch (IllegalArgumentException e) {
            return new Solved(spec.zones(), permits, null, e);
        }
    }
}
