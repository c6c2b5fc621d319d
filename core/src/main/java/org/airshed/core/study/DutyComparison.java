package org.airshed.core.study;

import java.util.Optional;

/**
 * One region in the comparison of region-by-region duties with joint least-cost fulfilment.
 *
 * @param duty                   the region's stand-alone reduction duty (mass; 0 when it has none)
 * @param standaloneReason       why the region cannot meet its duty with its own sources; empty
 *                               when it can
 * @param standaloneReduction    abatement of its own sources when it meets the duty alone (mass)
 * @param standaloneCost         cost of meeting the duty alone (money); NaN when it cannot
 * @param standaloneMarginalCost its marginal cost there, λ of its own problem (money per mass); NaN
 *                               when it cannot meet the duty or has none
 * @param cooperativeReduction   abatement of its sources when all sources jointly meet the sum of
 *                               the duties at least cost within the receptor limits in force
 *                               ({@link DutyComparisonStudy}) (mass); NaN when that is infeasible
 * @param cooperativeCost        its cost there (money); NaN when that is infeasible
 * @param saving                 standaloneCost − cooperativeCost (money). Negative means the region
 *                               abates more under cooperation than alone and would need
 *                               compensation from the others to agree; NaN when either side is
 *                               infeasible
 */
public record DutyComparison(String region, double duty, Optional<Infeasibility> standaloneReason,
                             double standaloneReduction, double standaloneCost, double standaloneMarginalCost,
                             double cooperativeReduction, double cooperativeCost, double saving) {
    public boolean standaloneFeasible() {
        return standaloneReason.isEmpty();
    }
}
