package org.airshed.core.discrete.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;

import org.airshed.core.discrete.ControlOption;
import org.airshed.core.discrete.DiscreteProblem;
import org.airshed.core.discrete.DiscreteProblemBuilder;
import org.airshed.core.discrete.ScaledProblem;
import org.junit.jupiter.api.Test;

/** A node's hull by hand: from the cheapest allowed point, dominated and above-chord points out. */
class NodeHullTest {
    /** Baseline 100: A (10 t, 100), B (20 t, 150), D (25 t, 90, cheaper than A and B), C (30 t, 400). */
    private static OptionTable table() {
        DiscreteProblemBuilder builder = DiscreteProblem.builder();
        builder.addRegion("basin");
        builder.addSource("p", 0, 100, List.of(ControlOption.of("A", 0.10, 100), ControlOption.of("B", 0.20, 150),
                ControlOption.of("C", 0.30, 400), ControlOption.of("D", 0.25, 90)));
        return OptionTable.of(ScaledProblem.of(builder.capRequirement(10).build()));
    }

    @Test
    void optionsSitByAbatement() {
        assertArrayEquals(new int[] {0, 1, 2, 4, 3}, table().option, "none, A, B, D, C");
    }

    @Test
    void theWholeRunStartsAtNoControlAndSkipsWhatLiesAboveTheChord() {
        OptionTable t = table();
        assertArrayEquals(new int[] {0, 3, 4}, NodeHull.of(t, 0, 4), "none, D, C: A and B lie above none–D");
    }

    @Test
    void withoutNoControlTheHullStartsAtTheCheapestAllowedOption() {
        OptionTable t = table();
        assertArrayEquals(new int[] {3, 4}, NodeHull.of(t, 1, 4), "D is cheaper than A and B and abates more");
        assertArrayEquals(new int[] {1, 2}, NodeHull.of(t, 1, 2), "A then B");
        assertArrayEquals(new int[] {2}, NodeHull.of(t, 2, 2));
    }

    @Test
    void pointsOnAStraightEdgeStay() {
        DiscreteProblemBuilder builder = DiscreteProblem.builder();
        builder.addRegion("basin");
        builder.addSource("p", 0, 100, List.of(ControlOption.of("A", 0.10, 100), ControlOption.of("B", 0.20, 200)));
        OptionTable t = OptionTable.of(ScaledProblem.of(builder.capRequirement(10).build()));
        assertArrayEquals(new int[] {0, 1, 2}, NodeHull.of(t, 0, 2), "A is on the edge none–B: rounding may stop there");
    }
}
