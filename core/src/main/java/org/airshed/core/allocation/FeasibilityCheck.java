package org.airshed.core.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * Explains infeasibility before solving. Every constraint is "enough abatement, weighted by
 * non-negative coefficients", so applying every control satisfies all constraints together
 * exactly when it satisfies each one alone: checking each row at full abatement is complete.
 */
final class FeasibilityCheck {
    /** Relative slack forgiven for rounding in the sums. */
    private static final double TOLERANCE = 1e-12;

    private FeasibilityCheck() {
    }

    static List<String> reasons(AllocationProblem p) {
        List<String> reasons = new ArrayList<>();
        double[] regionMax = new double[p.regionCount()];
        double totalMax = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            double max = p.maxAbatement(i);
            regionMax[p.sourceRegion(i)] += max;
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
        return reasons;
    }
}
