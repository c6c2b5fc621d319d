package org.airshed.core.allocation.multi;

/** Where the scenario side gets its multi-pollutant solver. */
public final class MultiPollutantSolvers {
    /** Outer iterations (master solves) before a run stops with its certified gap. */
    public static final int DEFAULT_ITERATIONS = 2_000;

    private MultiPollutantSolvers() {
    }

    /** The exact solver (Dantzig–Wolfe over regions with a certified gap; see {@link MultiPollutantSolver}). */
    public static MultiPollutantSolver exact() {
        return new DantzigWolfeSolver(DEFAULT_ITERATIONS);
    }

    /** The exact solver stopping after {@code maxIterations} outer iterations. */
    public static MultiPollutantSolver exact(int maxIterations) {
        return new DantzigWolfeSolver(maxIterations);
    }
}
