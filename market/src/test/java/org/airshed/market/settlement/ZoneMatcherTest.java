package org.airshed.market.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneMatcherTest {
    /**
     * Regression: sellers in zones 1 and 0, buyers in zones 2 and 3; 0 may sell to 2 and 5, 1 to 2
     * and 3. Greedy matching sold zone 1's permits to zone 2 and stranded zone 3; following the
     * equilibrium's flows (0 → 2, 1 → 3) clears everyone.
     */
    @Test
    void followingTheFlowsClearsWhatGreedyMatchingStranded() {
        boolean[][] allowed = new boolean[6][6];
        allowed[0][2] = true;
        allowed[0][5] = true;
        allowed[1][2] = true;
        allowed[1][3] = true;
        allowed[4][3] = true;
        double[][] flows = new double[6][6];
        flows[0][2] = 5;
        flows[1][3] = 5;
        ZoneMatcher.Result r = ZoneMatcher.match(List.of("s1", "s0", "b2", "b3"), new long[] {-5_000, -5_000, 5_000, 5_000},
                new int[] {1, 0, 2, 3}, allowed, flows, new double[] {10, 10, 10, 10, 10, 10}, 0, "T", 0);
        assertEquals(0, r.unmatched());
        assertEquals(List.of(new Trade("T1", 0, "s0", "b2", 5_000, 10, 5_000, 0),
                new Trade("T2", 0, "s1", "b3", 5_000, 10, 5_000, 0)), r.trades());
    }

    @Test
    void withinAZoneTradesNeedNoFlow() {
        ZoneMatcher.Result r = ZoneMatcher.match(List.of("a", "b", "c"), new long[] {-3, 1, 2}, new int[] {0, 0, 1},
                new boolean[2][2], new double[2][2], new double[] {4, 9}, 0, "T", 0);
        assertEquals(2, r.unmatched(), "c cannot buy across a closed border");
        assertEquals(List.of(new Trade("T1", 0, "a", "b", 1, 4, 0, 0)), r.trades());
    }

    /**
     * Regression (reviewer's defect 1): permits flow 0 → 1 → 2, and zone 1's only holder neither
     * buys nor sells. No direct pair is allowed, so the buyer stayed short; the holder in zone 1
     * now passes the permits on and ends as it began.
     */
    @Test
    void permitsPassThroughAZoneWhoseHolderNeitherBuysNorSells() {
        boolean[][] allowed = new boolean[3][3];
        allowed[0][1] = true;
        allowed[1][2] = true;
        double[][] flows = new double[3][3];
        flows[0][1] = 4;
        flows[1][2] = 4;
        ZoneMatcher.Result r = ZoneMatcher.match(List.of("s", "m", "b"), new long[] {-4_000, 0, 4_000},
                new int[] {0, 1, 2}, allowed, flows, new double[] {7, 7, 7}, 0, "T", 0);
        assertEquals(0, r.unmatched());
        assertEquals(List.of(new Trade("T1", 0, "s", "m", 4_000, 7, 2_800, 0),
                new Trade("T2", 0, "m", "b", 4_000, 7, 2_800, 0)), r.trades());
    }
}
