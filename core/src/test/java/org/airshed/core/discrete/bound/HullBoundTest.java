package org.airshed.core.discrete.bound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.airshed.core.discrete.ControlOption;
import org.airshed.core.discrete.DiscreteProblem;
import org.airshed.core.discrete.DiscreteProblemBuilder;
import org.junit.jupiter.api.Test;

class HullBoundTest {
    /** Baseline 100, so abatement = 100 × removal. */
    private static DiscreteProblem oneSource(double cap, ControlOption... options) {
        DiscreteProblemBuilder builder = DiscreteProblem.builder();
        builder.addRegion("r");
        builder.addSource("s", 0, 100, List.of(options));
        return builder.capRequirement(cap).build();
    }

    @Test
    void lowerHullDropsDominatedAndNonConvexOptionsAndKeepsCollinearOnes() {
        DiscreteProblem p = oneSource(10,
                ControlOption.of("above", 0.2, 500),     // (20, 500): above the chord (0,0)–(40, 400)
                ControlOption.of("kink", 0.4, 400),      // (40, 400): slope 10
                ControlOption.of("dominated", 0.3, 450), // (30, 450): less abatement, more cost than kink
                ControlOption.of("edge", 0.6, 800),      // (60, 800): slope 20 after kink
                ControlOption.of("collinear", 0.8, 1200), // (80, 1200): slope 20 again
                ControlOption.of("top", 1.0, 2000));     // (100, 2000): slope 40
        assertArrayEquals(new int[] {0, 2, 4, 5, 6}, LowerHull.of(p, 0));
    }

    @Test
    void boundInterpolatesTheHullAndNamesTheFractionalSource() {
        DiscreteProblem p = oneSource(50, ControlOption.of("kink", 0.4, 400), ControlOption.of("edge", 0.6, 800));
        HullBound hull = HullBound.compute(p);
        assertTrue(hull.isFeasible());
        // 40 t at 10 per t, then 10 of the next 20 t at 20 per t.
        assertEquals(600, hull.bound(), 1e-9);
        assertEquals(20, hull.capPrice(), 1e-9);
        assertEquals(50, hull.abatement(0), 1e-9);
        assertTrue(hull.isFractional(0));
        assertEquals(2, hull.hullOption(0, hull.roundedUpPoint(0)));
        assertEquals(1, hull.fractionalCount());
    }

    @Test
    void fixingASourceMovesItsAbatementOffTheRequirement() {
        DiscreteProblemBuilder builder = DiscreteProblem.builder();
        builder.addRegion("r");
        builder.addSource("a", 0, 100, List.of(ControlOption.of("x", 0.5, 100)));
        builder.addSource("b", 0, 100, List.of(ControlOption.of("y", 0.5, 300)));
        DiscreteProblem p = builder.capRequirement(60).build();
        HullBound fixed = HullBound.compute(p, new int[] {-1, 1});
        // b's 50 t cost 300; a covers the remaining 10 t at 2 per t.
        assertEquals(320, fixed.relaxationCost(), 1e-9);
        assertTrue(fixed.isFixed(1));
        assertFalse(fixed.isFractional(1));
        assertEquals(1, fixed.hullOption(1, fixed.roundedUpPoint(1)));
    }

    @Test
    void infeasibleWhenEveryStrongestOptionFallsShort() {
        HullBound hull = HullBound.compute(oneSource(101, ControlOption.of("top", 1.0, 10)));
        assertFalse(hull.isFeasible());
        assertTrue(Double.isNaN(hull.bound()));
        assertFalse(hull.reasons().isEmpty());
    }
}
