package org.airshed.core.allocation.multi;

/**
 * Builds a {@link MultiPollutantProblem}. Sources are added in order; after
 * {@link #curveSource} come that source's curves ({@link #steps}, {@link #quadratic}, at most
 * one per pollutant; a pollutant without a curve cannot be abated), after {@link #optionSource}
 * its options ({@link #option}). Every argument is checked (finite, within range) with the bad
 * value in the message: the scenario side validates first, so a throw here is a programming error.
 */
public final class MultiPollutantProblemBuilder {
    MultiPollutantProblemBuilder(String[] pollutantIds, String[] regionIds) {
        throw new UnsupportedOperationException("issue 16: solver engineer");
    }

    /** Adds a source abating by per-pollutant curves; {@code emissions[p]} ≥ 0 its baseline. Returns its index. */
    public int curveSource(int region, double[] emissions) {
        throw new UnsupportedOperationException("issue 16: solver engineer");
    }

    /** Blocks of pollutant p of the last curve source: {@code amounts[b]} at {@code unitCosts[b]} (non-decreasing). */
    public MultiPollutantProblemBuilder steps(int pollutant, double[] amounts, double[] unitCosts) {
        throw new UnsupportedOperationException("issue 16: solver engineer");
    }

    /** A quadratic curve {@code linear·a + slope·a²/2} on [0, max] for pollutant p of the last curve source. */
    public MultiPollutantProblemBuilder quadratic(int pollutant, double linear, double slope, double max) {
        throw new UnsupportedOperationException("issue 16: solver engineer");
    }

    /** Adds a source abating by control options (shares Σ x_o ≤ 1); returns its index. */
    public int optionSource(int region, double[] emissions) {
        throw new UnsupportedOperationException("issue 16: solver engineer");
    }

    /** An option of the last option source: annual cost at full application and removal fraction per pollutant. */
    public MultiPollutantProblemBuilder option(double annualCost, double[] removal) {
        throw new UnsupportedOperationException("issue 16: solver engineer");
    }

    /** Requires Σ_i a_ip ≥ requirement (a cap: requirement = total baseline − cap, when positive). */
    public MultiPollutantProblemBuilder cap(int pollutant, double requirement) {
        throw new UnsupportedOperationException("issue 16: solver engineer");
    }

    /**
     * Adds receptor row k (in call order): Σ_p Σ_r {@code transfer[p * R + r]} · A_rp ≥ requirement,
     * where requirement = baseline concentration − limit. Coefficients may be negative.
     */
    public MultiPollutantProblemBuilder receptor(double[] transfer, double requirement) {
        throw new UnsupportedOperationException("issue 16: solver engineer");
    }

    /** Welfare weights {@code weight[p * R + r]}: damage avoided per unit of p abated in r (0 for the cost objective). */
    public MultiPollutantProblemBuilder weights(double[] weight) {
        throw new UnsupportedOperationException("issue 16: solver engineer");
    }

    public MultiPollutantProblem build() {
        throw new UnsupportedOperationException("issue 16: solver engineer");
    }
}
