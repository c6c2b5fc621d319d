package org.airshed.core.study;

import java.time.Duration;
import org.airshed.core.discrete.DiscreteSettings;

/**
 * Where discrete mode stops ({@code $.discrete}; for the step limits 0 and null switch a limit off).
 *
 * @param unimprovedSteps steps without a new best (local search)
 * @param steps           steps in all (local search)
 * @param timeLimit       wall-clock time of branch and bound and the search together (not reproducible)
 * @param nodes           most branch-and-bound nodes (≥ 1)
 */
public record DiscreteLimits(int unimprovedSteps, int steps, Duration timeLimit, long nodes) {
    public static final DiscreteLimits DEFAULT = new DiscreteLimits(DiscreteSettings.DEFAULT_UNIMPROVED_STEP_LIMIT, 0,
            null, DiscreteSettings.DEFAULT_NODE_LIMIT);

    /** Limits with the default node limit. */
    public DiscreteLimits(int unimprovedSteps, int steps, Duration timeLimit) {
        this(unimprovedSteps, steps, timeLimit, DiscreteSettings.DEFAULT_NODE_LIMIT);
    }

    /** The solver's settings with {@code seed}. */
    public DiscreteSettings settings(long seed) {
        return new DiscreteSettings(seed, unimprovedSteps, steps, timeLimit, nodes);
    }
}
