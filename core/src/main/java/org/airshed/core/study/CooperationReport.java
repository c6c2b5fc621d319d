package org.airshed.core.study;

import java.util.List;

import org.airshed.core.allocation.AllocationStatus;

/**
 * Region-by-region duties (each region meets its own duty with its own sources) against joint
 * least-cost fulfilment of the same total by all sources (cost objective) that keeps every receptor
 * within its limit, or within the stand-alone concentration where the duties alone exceed the limit
 * ({@link DutyComparisonStudy}).
 *
 * @param totalDuty         Σ duties (mass)
 * @param status            whether the joint problem is feasible
 * @param reasons           why it is not (empty when it is)
 * @param cooperativePrice  λ of the joint problem: the common marginal cost where no receptor limit
 *                          binds (money per mass); NaN when infeasible
 * @param standaloneCost    Σ stand-alone costs (money); NaN when some region cannot meet its duty
 * @param cooperativeCost   Σ cooperative costs (money); NaN when the joint problem is infeasible
 * @param saving            standaloneCost − cooperativeCost (money, ≥ 0 up to rounding: joint
 *                          fulfilment can always copy the stand-alone choice)
 * @param regions           every region, in file order
 */
public record CooperationReport(double totalDuty, AllocationStatus status, List<Infeasibility> reasons,
                                double cooperativePrice, double standaloneCost, double cooperativeCost,
                                double saving, List<DutyComparison> regions) {
    public CooperationReport {
        reasons = List.copyOf(reasons);
        regions = List.copyOf(regions);
    }

    /** True when every region can meet its duty alone. */
    public boolean allStandaloneFeasible() {
        return regions.stream().allMatch(DutyComparison::standaloneFeasible);
    }
}
