package org.airshed.core.discrete;

import java.util.List;

/**
 * The CoST trap, the anecdote in miniature: a 90 t target that the Control Strategy
 * Tool's average-cost prefix meets for 138k (A and B, 1,000 per t, overshooting by 48 t) where
 * two sources, C and D, meet it exactly for 108k. The hull relaxation mixes A and B at 1,000 per
 * t and bounds it at 90k, so the hull alone leaves a 16.7 % gap on the optimum.
 */
public final class CostTrap {
    /** The optimum: C and D with their only option. */
    public static final int[] OPTIMUM = {0, 0, 1, 1};
    public static final double OPTIMAL_COST = 108_000;
    public static final double GREEDY_COST = 138_000;
    public static final double HULL_BOUND = 90_000;

    private CostTrap() {
    }

    public static DiscreteProblem problem() {
        DiscreteProblemBuilder builder = DiscreteProblem.builder();
        builder.addRegion("basin");
        builder.addSource("A", 0, 100, List.of(ControlOption.of("FGD", 0.60, 60_000)));  // 1,000 per t
        builder.addSource("B", 0, 100, List.of(ControlOption.of("SCR", 0.78, 78_000)));  // 1,000 per t
        builder.addSource("C", 0, 50, List.of(ControlOption.of("SNCR", 0.90, 54_000)));  // 1,200 per t
        builder.addSource("D", 0, 50, List.of(ControlOption.of("fuel switch", 0.90, 54_000)));
        return builder.capRequirement(90).build();
    }
}
