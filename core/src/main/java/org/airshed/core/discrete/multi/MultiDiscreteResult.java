package org.airshed.core.discrete.multi;

import java.util.List;

/**
 * The several-pollutant discrete solver's answer; deterministic for a given problem when the run
 * ends on the node limit or a proof (a time limit makes the work depend on the machine). Arrays are
 * owned by the result.
 *
 * @param status      optimal (proven), feasible, infeasible (proven) or no-choice-found
 * @param reasons     why there is no choice (empty otherwise)
 * @param choice      option per source (0 = none); empty without a choice
 * @param cost        the choice's annual cost (money per year; NaN without one)
 * @param bound       best proven lower bound (money per year): {@code cost} when optimal, else the least
 *                    bound of the tree's open nodes; NaN when infeasible
 * @param relativeGap (cost − bound) / max(1, |cost|); 0 when optimal, NaN without a choice
 * @param hullBound   the root relaxation's optimum: the continuous version-2 optimum (shares Σ x ≤ 1) that
 *                    the continuous run reports as its objective; NaN when even shares cannot meet the rows
 * @param greedy      the Control Strategy Tool's least-cost greedy on the same problem
 * @param seed        the scenario's seed (recorded; the tree makes no random choice)
 * @param nodes       relaxations solved (the root included)
 */
public record MultiDiscreteResult(MultiDiscreteStatus status, List<String> reasons, int[] choice, double cost,
                                  double bound, double relativeGap, double hullBound, MultiCostGreedy.Result greedy,
                                  long seed, long nodes) {
    public MultiDiscreteResult {
        reasons = List.copyOf(reasons);
    }

    /** Whether a choice was found (optimal or not). */
    public boolean isFeasible() {
        return status == MultiDiscreteStatus.OPTIMAL || status == MultiDiscreteStatus.FEASIBLE;
    }

    public boolean isOptimal() {
        return status == MultiDiscreteStatus.OPTIMAL;
    }

    /** What the solver saves over the greedy (money per year); NaN when the greedy missed a row or there is no choice. */
    public double savingOverGreedy() {
        return greedy.met() && isFeasible() ? greedy.cost() - cost : Double.NaN;
    }

    /** {@link #savingOverGreedy()} as a fraction of the greedy's cost (NaN when the greedy cost is 0). */
    public double relativeSavingOverGreedy() {
        double saving = savingOverGreedy();
        return greedy.cost() > 0 ? saving / greedy.cost() : Double.NaN;
    }

    /** What the greedy pays above the choice, as a fraction of the choice's cost (its gap to the optimum when optimal). */
    public double greedyGap() {
        double saving = savingOverGreedy();
        return cost > 0 ? saving / cost : Double.NaN;
    }
}
