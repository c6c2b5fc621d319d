package org.airshed.core.discrete;

import java.time.Duration;

/**
 * How long the local search runs, and its seed. The search ends at the first limit reached, or
 * as soon as the incumbent meets the hull bound (then it is optimal). Step limits keep a run
 * deterministic for a given seed; a time limit does not (the number of steps done depends on the
 * machine), so tests use step limits only.
 *
 * @param seed                seed of the local search's random choices (written to the output)
 * @param unimprovedStepLimit end each local search phase after this many steps without a new best
 *                            (0 = no such limit)
 * @param stepLimit           end each local search phase after this many steps (0 = no such limit)
 * @param timeLimit           stop after this much wall-clock search time (null = no such limit)
 */
public record DiscreteSettings(long seed, int unimprovedStepLimit, int stepLimit, Duration timeLimit) {
    /** Enough on the bundled and benchmark instances: the best is found within a few hundred steps. */
    public static final int DEFAULT_UNIMPROVED_STEP_LIMIT = 1_000;

    public DiscreteSettings {
        if (unimprovedStepLimit < 0) {
            throw new IllegalArgumentException("invalid unimprovedStepLimit: " + unimprovedStepLimit
                    + " (must be >= 0)");
        }
        if (stepLimit < 0) {
            throw new IllegalArgumentException("invalid stepLimit: " + stepLimit + " (must be >= 0)");
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("invalid timeLimit: " + timeLimit + " (must be positive)");
        }
        if (unimprovedStepLimit == 0 && stepLimit == 0 && timeLimit == null) {
            throw new IllegalArgumentException("invalid settings: no unimprovedStepLimit, stepLimit or timeLimit;"
                    + " the search would never end");
        }
    }

    /** Default limits: {@value #DEFAULT_UNIMPROVED_STEP_LIMIT} unimproved steps, no step or time limit. */
    public static DiscreteSettings of(long seed) {
        return new DiscreteSettings(seed, DEFAULT_UNIMPROVED_STEP_LIMIT, 0, null);
    }

    public DiscreteSettings withUnimprovedStepLimit(int limit) {
        return new DiscreteSettings(seed, limit, stepLimit, timeLimit);
    }

    public DiscreteSettings withStepLimit(int limit) {
        return new DiscreteSettings(seed, unimprovedStepLimit, limit, timeLimit);
    }

    public DiscreteSettings withTimeLimit(Duration limit) {
        return new DiscreteSettings(seed, unimprovedStepLimit, stepLimit, limit);
    }
}
