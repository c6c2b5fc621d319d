package org.airshed.core.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * Explains infeasibility before solving. Every constraint is "enough abatement, weighted by
 * non-negative coefficients", so applying every control satisfies all constraints together
 * exactly when it satisfies each one alone: checking each row at full abatement is complete.
 */
record FeasibilityCheck(List<String> reasons, double totalMax) {
    /** Relative slack forgiven for rounding in the sums. */
    private static final double TOLERANCE = 1e-12;
    private static final int CHUNK_SOURCES = 16_384;

    /** Why the problem is infeasible (empty if it is not), and Σ_i max_i (mass) found on the way. */
    static FeasibilityCheck of(AllocationProblem p, Workers workers) {
        List<String> reasons = new ArrayList<>();
        double[] sourceMax = sourceMaxima(p, workers);
        // Summed in source order whatever the parallelism, so the verdict and message never change.
        double[] regionMax = new double[p.regionCount()];
        double totalMax = 0;
        boolean regional = p.receptorCount() > 0;
        for (int i = 0; i < sourceMax.length; i++) {
            double max = sourceMax[i];
            if (regional) {
                regionMax[p.sourceRegion(i)] += max;
            }
            totalMax += max;
        }
        if (p.hasCap() && totalMax < p.capRequirement() * (1 - TOLERANCE)) {
            reasons.add("maximum feasible reduction " + totalMax + " is less than required "
                    + p.capRequirement() + " (short by " + (p.capRequirement() - totalMax) + ")");
        }
        for (int k = 0; k < p.receptorCount(); k++) {
            double best = 0;
            for (int r = 0; r < p.regionCount(); r++) {
                best += p.transfer(k, r) * regionMax[r];
            }
            double required = p.receptorRequirement(k);
            if (best < required * (1 - TOLERANCE)) {
                reasons.add("receptor " + p.regionId(p.receptorRegion(k))
                        + " cannot be met even with every control applied: its concentration stays above the limit by "
                        + (required - best));
            }
        }
        return new FeasibilityCheck(List.copyOf(reasons), totalMax);
    }

    private static double[] sourceMaxima(AllocationProblem p, Workers workers) {
        int n = p.sourceCount();
        double[] max = new double[n];
        int chunks = (n + CHUNK_SOURCES - 1) / CHUNK_SOURCES;
        workers.forEach(chunks, (long) n + p.blockCost.length, (c, worker) -> {
            int to = Math.min(n, (c + 1) * CHUNK_SOURCES);
            for (int i = c * CHUNK_SOURCES; i < to; i++) {
                max[i] = p.maxAbatement(i);
            }
        });
        return max;
    }
}
