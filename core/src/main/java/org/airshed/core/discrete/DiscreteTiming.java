package org.airshed.core.discrete;

import java.time.Duration;

/**
 * Wall-clock time spent per stage. Not deterministic: keep it out of reproducible outputs.
 *
 * @param bound        hull relaxation and its exact solve
 * @param construction rounding, repair and trim, plus the CoST greedy baseline
 * @param search       OptaPlanner's local search, solver build included
 */
public record DiscreteTiming(Duration bound, Duration construction, Duration search) {
    public static final DiscreteTiming NONE = new DiscreteTiming(Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public Duration total() {
        return bound.plus(construction).plus(search);
    }
}
