package org.airshed.core.discrete;

import java.time.Duration;

/**
 * How long branch and bound and the local search run, and the search's seed. Branch and bound
 * ends when it has proven its incumbent optimal, after {@code nodeLimit} nodes, or at half the
 * time limit; the local search (only when optimality is not proven) ends at the first of its
 * limits, or as soon as the incumbent meets the proven bound. Node and step limits keep a run
 * deterministic for a given seed; a time limit does not (the work done depends on the machine),
 * so tests use node and step limits only.
 *
 * @param seed                seed of the local search's random choices (written to the output)
 * @param unimprovedStepLimit end each local search phase after this many steps without a new best
 *                            (0 = no such limit)
 * @param stepLimit           end each local search phase after this many steps (0 = no such limit)
 * @param timeLimit           stop branch and bound and the search after this much wall-clock time
 *                            in all, the tree taking at most half of it (null = no such limit)
 * @param nodeLimit           most branch-and-bound nodes (relaxations solved, ≥ 1)
 */
public record DiscreteSettings(long seed, int unimprovedStepLimit, int stepLimit, Duration timeLimit,
                               long nodeLimit) {
    /** Enough on the bundled and benchmark instances: the best is found within a few hundred steps. */
    public static final int DEFAULT_UNIMPROVED_STEP_LIMIT = 1_000;
    /** Proves the small and medium instances of benchmarks/README.md; a few seconds at most where it cannot. */
    public static final long DEFAULT_NODE_LIMIT = 20_000;

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
        if (nodeLimit < 1) {
            throw new IllegalArgumentException("invalid nodeLimit: " + nodeLimit + " (must be >= 1)");
        }
    }

    /** Settings with the default node limit, {@value #DEFAULT_NODE_LIMIT}. */
    public DiscreteSettings(long seed, int unimprovedStepLimit, int stepLimit, Duration timeLimit) {
        this(seed, unimprovedStepLimit, stepLimit, timeLimit, DEFAULT_NODE_LIMIT);
    }

    /** Default limits: {@value #DEFAULT_UNIMPROVED_STEP_LIMIT} unimproved steps, {@value #DEFAULT_NODE_LIMIT} nodes, no step or time limit. */
    public static DiscreteSettings of(long seed) {
        return new DiscreteSettings(seed, DEFAULT_UNIMPROVED_STEP_LIMIT, 0, null, DEFAULT_NODE_LIMIT);
    }

    public DiscreteSettings withUnimprovedStepLimit(int limit) {
        return new DiscreteSettings(seed, limit, stepLimit, timeLimit, nodeLimit);
    }

    public DiscreteSettings withStepLimit(int limit) {
        return new DiscreteSettings(seed, unimprovedStepLimit, limit, timeLimit, nodeLimit);
    }

    public DiscreteSettings withTimeLimit(Duration limit) {
        return new DiscreteSettings(seed, unimprovedStepLimit, stepLimit, limit, nodeLimit);
    }

    public DiscreteSettings withNodeLimit(long limit) {
        return new DiscreteSettings(seed, unimprovedStepLimit, stepLimit, timeLimit, limit);
    }
}
