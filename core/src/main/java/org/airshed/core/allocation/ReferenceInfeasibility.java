package org.airshed.core.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * Explains an infeasible allocation problem. Every row is Σ (non-negative coefficient)·a ≥ required,
 * so all sources at their maximum meet every row that can be met at all: a row whose maximum falls
 * short of its requirement is the reason. Package-private: the reference solver's plumbing.
 */
final class ReferenceInfeasibility {
    private ReferenceInfeasibility() {
    }

    /** One sentence per row that cannot be met; a fallback sentence if each row alone can be. */
    static List<String> explain(AllocationProblem p) {
        List<String> reasons = new ArrayList<>();
        double[] regionMax = new double[p.regionCount()];
        double totalMax = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            regionMax[p.sourceRegion(i)] += p.maxAbatement(i);
            totalMax += p.maxAbatement(i);
        }
        if (p.hasCap() && totalMax < p.capRequirement()) {
            reasons.add("maximum feasible reduction " + totalMax + " t is less than required "
                    + p.capRequirement() + " t");
        }
        for (int k = 0; k < p.receptorCount(); k++) {
            double reachable = 0;
            for (int r = 0; r < p.regionCount(); r++) {
                reachable += p.transfer(k, r) * regionMax[r];
            }
            if (reachable < p.receptorRequirement(k)) {
                reasons.add("receptor " + k + " (in region " + p.regionId(p.receptorRegion(k))
                        + ") cannot be met even with every control applied: largest reduction "
                        + reachable + " is less than required " + p.receptorRequirement(k));
            }
        }
        if (reasons.isEmpty()) {
            reasons.add("the simplex found no feasible point although every row alone is within reach:"
                    + " the instance is within rounding of infeasible");
        }
        return reasons;
    }
}
