package org.airshed.core.study;

import java.time.Duration;
import org.airshed.core.discrete.DiscreteSettings;

/**
 * Where the discrete local search stops ({@code $.discrete}; 0 and null switch a limit off).
 *
 * @param unimprovedSteps steps without a new best
 * @param steps           steps in all
 * @param timeLimit       wall-clock search time (not reproducible)
 */
public record DiscreteLimits(int unimprovedSteps, int steps, Duration timeLimit) {
    public static final DiscreteLimits DEFAULT = new DiscreteLimits(DiscreteSettings.DEFAULT_UNIMPROVED_STEP_LIMIT, 0,
            null);

    /** The solver's settings with {@code seed}. */
    public DiscreteSettings settings(long seed) {
        return new DiscreteSettings(seed, unimprovedSteps, steps, timeLimit);
    }
}
