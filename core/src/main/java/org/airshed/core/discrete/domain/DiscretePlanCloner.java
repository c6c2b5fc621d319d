package org.airshed.core.discrete.domain;

import org.optaplanner.core.api.domain.solution.cloner.SolutionCloner;

/**
 * Clones a {@link DiscretePlan} without reflection: OptaPlanner clones the plan at every new best
 * solution, and with 10⁴ entities the reflective cloner would cost more than the moves.
 */
public final class DiscretePlanCloner implements SolutionCloner<DiscretePlan> {
    @Override
    public DiscretePlan cloneSolution(DiscretePlan original) {
        return original.planningClone();
    }
}
