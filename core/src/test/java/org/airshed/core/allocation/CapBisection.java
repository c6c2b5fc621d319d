package org.airshed.core.allocation;

/**
 * Brute-force optimum of a cap-only problem (no receptors), independent of any LP: bisection on
 * the cap price λ for the smallest λ ≥ 0 at which the sources' largest responses reach the
 * requirement, then the Lagrangian dual value at that λ, which equals the optimum (strong
 * duality; the dual function is concave with its maximum at λ*).
 */
final class CapBisection {
    private static final int STEPS = 200;

    private CapBisection() {
    }

    /** Optimal value of Σ C_i − Σ w a_i (money), or NaN when the cap cannot be met. */
    static double optimalValue(AllocationProblem p) {
        if (p.receptorCount() != 0) {
            throw new IllegalArgumentException("cap-only problems only, got " + p.receptorCount() + " receptors");
        }
        double total = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            total += p.maxAbatement(i);
        }
        double required = p.hasCap() ? p.capRequirement() : Double.NEGATIVE_INFINITY;
        if (total < required) {
            return Double.NaN;
        }
        double lambda = 0;
        if (largestResponse(p, 0) < required) {
            double low = 0;
            double high = 1;
            while (largestResponse(p, high) < required) {
                low = high;
                high *= 2;
            }
            for (int step = 0; step < STEPS && high - low > Math.ulp(high); step++) {
                double middle = (low + high) / 2;
                if (largestResponse(p, middle) >= required) {
                    high = middle;
                } else {
                    low = middle;
                }
            }
            lambda = high;
        }
        double value = p.hasCap() ? lambda * required : 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            double g = p.regionWeight(p.sourceRegion(i)) + lambda;
            double a = response(p, i, g, false);
            value += p.cost(i, a) - g * a;
        }
        return value;
    }

    private static double largestResponse(AllocationProblem p, double lambda) {
        double sum = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            sum += response(p, i, p.regionWeight(p.sourceRegion(i)) + lambda, true);
        }
        return sum;
    }

    /** A minimiser of C_i(a) − g·a: the largest one if {@code largest}, else the smallest. */
    private static double response(AllocationProblem p, int i, double g, boolean largest) {
        if (p.isQuadratic(i)) {
            return Math.min(Math.max((g - p.quadLinear(i)) / p.quadSlope(i), 0), p.maxAbatement(i));
        }
        double a = 0;
        for (int b = 0; b < p.blockCount(i); b++) {
            double c = p.blockCost(i, b);
            if (c < g || (largest && c == g)) {
                a += p.blockAmount(i, b);
            }
        }
        return a;
    }
}
