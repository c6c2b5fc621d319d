package org.airshed.core.discrete.solver;

import org.airshed.core.discrete.domain.DiscretePlan;
import org.airshed.core.discrete.heuristic.CostGreedy;

/** Custom phase for solver configurations: starts from the Control Strategy Tool's greedy. */
public final class CostGreedyPhase extends InitialChoicePhase {
    @Override
    int[] choose(DiscretePlan plan) {
        return CostGreedy.solve(plan.getScaled()).choice();
    }
}
