package org.airshed.core.discrete.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.airshed.core.discrete.CostTrap;
import org.airshed.core.discrete.DiscreteResult;
import org.airshed.core.discrete.DiscreteSettings;
import org.airshed.core.discrete.DiscreteSolver;
import org.airshed.core.discrete.bound.HullBound;
import org.junit.jupiter.api.Test;

/**
 * Regression (issue 13): discrete mode found the CoST trap's optimum but, bounded by the hull
 * alone, reported it as feasible with a 16.7 % gap. Branch and bound must prove it.
 */
class CostTrapOptimalityTest {
    @Test
    void theCostTrapIsProvenOptimalWithGapZero() {
        DiscreteResult r = DiscreteSolver.solve(CostTrap.problem(), DiscreteSettings.of(1).withUnimprovedStepLimit(100));
        assertEquals(CostTrap.HULL_BOUND, HullBound.compute(CostTrap.problem()).bound(), 1e-6);
        assertArrayEquals(CostTrap.OPTIMUM, r.choice());
        assertEquals(CostTrap.OPTIMAL_COST, r.cost(), 1e-9);
        assertEquals("optimal", r.status().key());
        assertEquals(0, r.relativeGap());
        assertEquals(r.cost(), r.bound());
    }
}
