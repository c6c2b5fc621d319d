package org.airshed.core.allocation;

/** The objective Σ C_i(a_i) − Σ w_r a_i of a solution, and the scale to compare it on. */
final class Objectives {
    private Objectives() {
    }

    /** Σ C_i(a_i) − Σ w_{r(i)} a_i (money). */
    static double of(AllocationProblem p, AllocationSolution s) {
        double value = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            value += p.cost(i, s.abatement()[i]) - p.regionWeight(p.sourceRegion(i)) * s.abatement()[i];
        }
        return value;
    }

    /**
     * Σ |C_i(a_i)| + Σ |w a_i| + P·Σ |a_i| (money), P the largest |unit cost|, |marginal cost| or |w|
     * of the problem: the magnitude of the terms the objective sums, plus what rounding the
     * abatements moves it by, so that an objective near zero (by cancellation, or because every
     * block used is free) is still compared on the problem's scale.
     */
    static double scale(AllocationProblem p, AllocationSolution s) {
        double price = priceScale(p);
        double scale = Double.MIN_NORMAL;
        for (int i = 0; i < p.sourceCount(); i++) {
            double a = s.abatement()[i];
            scale += Math.abs(p.cost(i, a)) + Math.abs(p.regionWeight(p.sourceRegion(i)) * a) + price * Math.abs(a);
        }
        return scale;
    }

    private static double priceScale(AllocationProblem p) {
        double scale = 0;
        for (int r = 0; r < p.regionCount(); r++) {
            scale = Math.max(scale, Math.abs(p.regionWeight(r)));
        }
        for (int i = 0; i < p.sourceCount(); i++) {
            for (int b = 0; b < p.blockCount(i); b++) {
                scale = Math.max(scale, Math.abs(p.blockCost(i, b)));
            }
            if (p.isQuadratic(i)) {
                scale = Math.max(scale, Math.abs(p.quadLinear(i)));
                scale = Math.max(scale, Math.abs(p.marginalCost(i, p.maxAbatement(i))));
            }
        }
        return scale;
    }
}
