package org.airshed.scenarios.pipeline;

import java.util.List;
import org.airshed.core.allocation.AllocationStatus;
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
        return context.allocation() != null && context.allocation().status() == AllocationStatus.INFEASIBLE;
    }

    /** The allocation stopped at the iteration limit: results are written with a certified gap, and a warning. */
    public boolean stoppedAtIterationLimit() {
        return context.allocation() != null && context.allocation().status() == AllocationStatus.ITERATION_LIMIT;
    }
}
