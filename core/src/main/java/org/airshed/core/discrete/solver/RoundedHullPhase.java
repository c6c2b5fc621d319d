package org.airshed.core.discrete.solver;

import org.airshed.core.discrete.ScaledProblem;
import org.airshed.core.discrete.bound.HullBound;
import org.airshed.core.discrete.domain.DiscretePlan;
import org.airshed.core.discrete.heuristic.LagrangianCore;
import org.airshed.core.discrete.heuristic.RoundedHull;

/**
 * Custom phase for solver configurations: starts from the rounded hull relaxation, and gives
 * the plan the relaxation's core for the subset moves.
 */
public final class RoundedHullPhase extends InitialChoicePhase {
    @Override
    int[] choose(DiscretePlan plan) {
        ScaledProblem scaled = plan.getScaled();
        HullBound hull = HullBound.compute(scaled.problem());
        plan.setCore(LagrangianCore.of(scaled.problem(), hull, LagrangianCore.defaultSize(scaled.problem().sourceCount())));
        return RoundedHull.construct(scaled, hull);
    }
}
