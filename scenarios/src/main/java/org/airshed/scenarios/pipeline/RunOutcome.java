package org.airshed.scenarios.pipeline;

import java.util.List;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.study.Infeasibility;
import org.airshed.core.study.AllocationReport;

/**
 * What a run produced: its context, holding every section's result ({@link RunContext#result}).
 *
 * @param sections the sections that produced a result, in order
 */
public record RunOutcome(RunContext context, List<Section<?, ?>> sections) {
    public RunOutcome {
        sections = List.copyOf(sections);
    }

    public AllocationReport allocation() {
        return context.allocation();
    }

    /** No allocation meets the policy: the run writes its summary and exits 2. */
    public boolean isInfeasible() {
        return status() == AllocationStatus.INFEASIBLE;
    }

    /** The allocation stopped at the iteration limit: results are written with a certified gap, and a warning. */
    public boolean stoppedAtIterationLimit() {
        return status() == AllocationStatus.ITERATION_LIMIT;
    }

    /** The allocation's status, of either version; null when none ran. */
    public AllocationStatus status() {
        if (context.allocation() != null) {
            return context.allocation().status();
        }
        return context.multiAllocation() == null ? null : context.multiAllocation().status();
    }

    /** Why the allocation (of either version) is infeasible or stopped short; empty when optimal. */
    public List<Infeasibility> reasons() {
        if (context.allocation() != null) {
            return context.allocation().reasons();
        }
        return context.multiAllocation() == null ? List.of() : context.multiAllocation().reasons();
    }

    /** The allocation's certified relative gap, of either version; NaN when none ran. */
    public double relativeGap() {
        if (context.allocation() != null) {
            return context.allocation().relativeGap();
        }
        return context.multiAllocation() == null ? Double.NaN : context.multiAllocation().relativeGap();
    }
}
