package org.airshed.core.discrete;

import java.time.Duration;

/**
 * Wall-clock time spent per stage. Not deterministic: keep it out of reproducible outputs.
 *
 * @param bound          hull relaxation and its exact solve
 * @param construction   rounding, repair and trim, plus the CoST greedy baseline
 * @param branchAndBound branch and bound on the hull relaxation
 * @param search         OptaPlanner's local search, solver build included (zero when branch and bound proved optimality)
 */
public record DiscreteTiming(Duration bound, Duration construction, Duration branchAndBound, Duration search) {
    public static final DiscreteTiming NONE = new DiscreteTiming(Duration.ZERO, Duration.ZERO, Duration.ZERO,
            Duration.ZERO);

    public Duration total() {
        return bound.plus(construction).plus(branchAndBound).plus(search);
    }
}
